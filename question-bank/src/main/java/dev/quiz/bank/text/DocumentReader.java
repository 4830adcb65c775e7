package dev.quiz.bank.text;

import dev.quiz.core.FileOpException;
import dev.quiz.core.InvalidInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a document file: UTF-8 with or without a byte-order mark, CRLF, CR or LF line ends, plain
 * text, Markdown, MediaWiki source or simple HTML. Stateless, thread-safe.
 *
 * <p>Line ends become {@code \n} (as Python's universal newlines do, so offsets agree with tools
 * that read the file that way). HTML tags, Markdown and wiki marks are blanked with spaces of the
 * same length, so offsets in the text are offsets in the original file; a word hyphenated at a line
 * end is joined within the same length ({@link LineEndHyphens}).
 */
public final class DocumentReader {
  /** Largest document accepted, in bytes (16 MiB): bigger inputs are rejected, not loaded. */
  public static final long MAX_BYTES = 16L * 1024 * 1024;

  private static final int BINARY_PROBE = 8192;

  /**
   * Reads one file.
   *
   * @throws InvalidInputException when it is empty, binary, not UTF-8 or larger than {@link
   *     #MAX_BYTES}
   * @throws FileOpException when it cannot be read
   */
  public Document read(Path file) {
    String name = file.getFileName().toString();
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new InvalidInputException(
            name
                + ": document too large: "
                + size
                + " bytes, limit "
                + MAX_BYTES
                + "; split it into smaller files");
      }
      return read(name, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new FileOpException("read", file, String.valueOf(e.getMessage()), e);
    }
  }

  /**
   * Decodes a document from its bytes.
   *
   * @param name the file name, without folders
   * @throws InvalidInputException when the bytes are empty, binary, not UTF-8 or too many
   */
  public Document read(String name, byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw new InvalidInputException(
          name
              + ": document too large: "
              + bytes.length
              + " bytes, limit "
              + MAX_BYTES
              + "; split it into smaller files");
    }
    int bom = hasBom(bytes) ? 3 : 0;
    if (bytes.length - bom == 0) {
      throw new InvalidInputException(name + ": empty document");
    }
    checkNotBinary(name, bytes);
    String text = normalizeNewlines(decode(name, bytes, bom));
    if (text.trim().isEmpty()) {
      throw new InvalidInputException(name + ": empty document (whitespace only)");
    }
    String source = text;
    if (Html.looksLikeHtml(name, text)) {
      text = Html.blankTags(text);
    } else if (Markdown.looksLikeMarkdown(name, text)) {
      text = Html.blankTags(Markdown.blankMarks(text));
    } else if (Subtitles.looksLikeSubtitles(name, text)) {
      text = Subtitles.blankCues(text);
    } else if (Wikitext.looksLikeWikitext(name, text)) {
      text = Html.blankTags(Wikitext.blankMarks(text));
    }
    text = LineEndHyphens.join(text);
    return new Document(
        name,
        text,
        bom > 0 ? 1 : 0,
        Optional.empty(),
        source.length() == text.length() ? source : text);
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  private static void checkNotBinary(String name, byte[] bytes) {
    int n = Math.min(bytes.length, BINARY_PROBE);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        throw new InvalidInputException(
            name
                + ": binary file, not text (NUL byte at "
                + i
                + "); give a UTF-8 text, Markdown or HTML file");
      }
    }
  }

  private static String decode(String name, byte[] bytes, int from) {
    CharsetDecoder dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    try {
      String text = dec.decode(in).toString();
      if (text.indexOf('\0') >= 0) {
        throw new InvalidInputException(name + ": binary file, not text (NUL character)");
      }
      return text;
    } catch (MalformedInputException e) {
      throw new InvalidInputException(
          name
              + ": not valid UTF-8 at byte "
              + in.position()
              + "; save it as UTF-8 (e.g. iconv -f latin1 -t utf-8)",
          e);
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(name + ": not valid UTF-8: " + e.getMessage(), e);
    }
  }

  /** CRLF and lone CR become LF. */
  static String normalizeNewlines(String s) {
    if (s.indexOf('\r') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        sb.append('\n');
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
