package dev.quiz.bank.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Subtitles (SubRip ".srt", WebVTT ".vtt") to text that keeps offsets, as {@link Markdown} does: a
 * cue's number and timing line, tags in brackets ("[NARRATOR]", "[explosions]"), music notes and
 * dialogue dashes are replaced by spaces of the same length. A sentence broken across cues is
 * mended: the line breaks between two cues become spaces but one, so the cues read as the wrapped
 * lines of one paragraph, unless the next cue opens with a new speaker, a sound or a dash.
 * Stateless.
 */
final class Subtitles {
  private static final Pattern TIMING =
      Regexes.compile(
          "(?:\\d{1,2}:)?\\d{2}:\\d{2}[,.]\\d{3}\\s+-->\\s+(?:\\d{1,2}:)?\\d{2}:\\d{2}[,.]\\d{3}.*");

  private static final Pattern CUE_NUMBER = Regexes.compile("\\d{1,6}");

  /** A tag in brackets, a music note or a dialogue dash at a line's start. */
  private static final Pattern MARKS = Regexes.compile("\\[[^\\]\\n]{0,80}\\]|♪|(?m)^-\\s");

  private Subtitles() {}

  /**
   * Whether a document is subtitles: by its name (".srt", ".vtt"), or by a cue number (or "WEBVTT")
   * and a timing line as its first two lines.
   */
  static boolean looksLikeSubtitles(String name, String text) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".srt") || lower.endsWith(".vtt")) {
      return true;
    }
    String[] first = text.strip().split("\n", 3);
    return first.length >= 2
        && (CUE_NUMBER.matcher(first[0].strip()).matches() || first[0].startsWith("WEBVTT"))
        && TIMING.matcher(first[1].strip()).matches();
  }

  /** {@code text} with its cue furniture blanked and its cues joined (see the class comment). */
  static String blankCues(String text) {
    StringBuilder sb = new StringBuilder(text);
    String[] lines = text.split("\n", -1);
    int pos = 0;
    boolean cueOpens = false;
    int lastTextEnd = -1; // where the last line of a cue's text ends
    for (int k = 0; k < lines.length; k++) {
      String line = lines[k].strip();
      int start = pos;
      int end = pos + lines[k].length();
      pos = end + 1;
      if (TIMING.matcher(line).matches()) {
        blank(sb, start, end);
        cueOpens = true;
      } else if (k == 0 && line.startsWith("WEBVTT")
          || CUE_NUMBER.matcher(line).matches()
              && k + 1 < lines.length
              && TIMING.matcher(lines[k + 1].strip()).matches()) {
        blank(sb, start, end);
      } else if (!line.isEmpty()) {
        if (cueOpens && lastTextEnd >= 0 && joinsCue(line)) {
          for (int i = lastTextEnd + 1; i < start; i++) {
            if (sb.charAt(i) == '\n') {
              sb.setCharAt(i, ' ');
            }
          }
        }
        cueOpens = false;
        lastTextEnd = end;
      }
    }
    Matcher m = MARKS.matcher(text);
    while (m.find()) {
      blank(sb, m.start(), m.end());
    }
    return sb.toString();
  }

  /** Whether a cue opening with {@code line} goes on the sentence of the cue before. */
  private static boolean joinsCue(String line) {
    return !line.startsWith("[") && !line.startsWith("-") && !line.startsWith("♪");
  }

  private static void blank(StringBuilder sb, int from, int to) {
    for (int i = from; i < to; i++) {
      if (sb.charAt(i) != '\n') {
        sb.setCharAt(i, ' ');
      }
    }
  }
}
