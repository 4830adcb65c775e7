package dev.quiz.core.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text rules of Anki's collection format (README §5): field escaping, the field cache ({@code
 * sfld}, {@code csum}) and stable guids. Stateless, thread-safe.
 */
final class AnkiText {
  /** Anki's field separator; never allowed inside a field. */
  static final char FIELD_SEPARATOR = '\u001f';

  private static final String BASE91 =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

  // Anki 2.1.16 utils.py: reMedia, reComment, reStyle, reScript, reTag, reEnts (README §5.3).
  private static final Pattern IMG =
      Pattern.compile("<img[^>]+src=[\"']?([^\"'>]+)[\"']?[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern STYLE =
      Pattern.compile("<style.*?>.*?</style>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern SCRIPT =
      Pattern.compile("<script.*?>.*?</script>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("<.*?>", Pattern.DOTALL);
  private static final Pattern ENTITY = Pattern.compile("&#?[\\p{L}\\p{N}_]+;");

  private AnkiText() {}

  /**
   * Plain text as an HTML field value: control characters (but tab and newline) removed, NFC,
   * {@code & < > "} escaped, line breaks as {@code <br>}.
   */
  static String field(String plain) {
    return escapeHtml(clean(plain)).replace("\n", "<br>");
  }

  /**
   * Removes control characters except tab and newline (so no U+001F or NUL survives), turns CR and
   * CRLF into newlines, and normalizes to NFC, as modern Anki does on import.
   */
  static String clean(String s) {
    String unified = s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder b = null;
    for (int i = 0; i < unified.length(); i++) {
      char c = unified.charAt(i);
      boolean drop = Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n';
      if (drop && b == null) {
        b = new StringBuilder(unified.length()).append(unified, 0, i);
      } else if (!drop && b != null) {
        b.append(c);
      }
    }
    String kept = b == null ? unified : b.toString();
    return Normalizer.isNormalized(kept, Normalizer.Form.NFC)
        ? kept
        : Normalizer.normalize(kept, Normalizer.Form.NFC);
  }

  /** Escapes {@code & < > "} as entities. */
  static String escapeHtml(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Anki's "strip HTML but keep media file names" (README §5.3): images become their file name with
   * a space either side; comments, style and script blocks and tags are removed; {@code &nbsp;} and
   * entities are decoded once. No trimming.
   */
  static String stripHtmlMedia(String html) {
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
      return html; // every step needs a tag or an entity
    }
    String s = IMG.matcher(html).replaceAll(" $1 ");
    s = COMMENT.matcher(s).replaceAll("");
    s = STYLE.matcher(s).replaceAll("");
    s = SCRIPT.matcher(s).replaceAll("");
    s = TAG.matcher(s).replaceAll("");
    return decodeEntities(s.replace("&nbsp;", " "));
  }

  private static String decodeEntities(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder b = new StringBuilder(s.length());
    int last = 0;
    while (m.find()) {
      b.append(s, last, m.start()).append(decodeEntity(m.group()));
      last = m.end();
    }
    return b.append(s, last, s.length()).toString();
  }

  private static String decodeEntity(String entity) {
    String body = entity.substring(1, entity.length() - 1);
    int codePoint;
    if (body.startsWith("#x")) {
      codePoint = parse(body.substring(2), 16);
    } else if (body.startsWith("#")) {
      codePoint = parse(body.substring(1), 10);
    } else {
      codePoint = HtmlEntities.codePoint(body);
    }
    return codePoint < 0 ? entity : new String(Character.toChars(codePoint));
  }

  private static int parse(String digits, int radix) {
    try {
      int v = Integer.parseInt(digits, radix);
      return v >= 0 && v <= Character.MAX_CODE_POINT ? v : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The {@code csum} of a note: SHA-1 of the stripped first field, first 4 bytes, unsigned. */
  static long checksum(String firstField) {
    byte[] d = digest("SHA-1", stripHtmlMedia(firstField));
    return ((d[0] & 0xffL) << 24) | ((d[1] & 0xffL) << 16) | ((d[2] & 0xffL) << 8) | (d[3] & 0xffL);
  }

  /**
   * A stable 10-or-fewer character guid: the first 8 bytes of SHA-256 of {@code key}, unsigned, in
   * Anki's base-91 alphabet, most significant digit first (README §5.1).
   */
  static String guid(String key) {
    long n = leading64(digest("SHA-256", key));
    if (n == 0) {
      return "a";
    }
    StringBuilder b = new StringBuilder(11);
    while (n != 0) {
      b.append(BASE91.charAt((int) Long.remainderUnsigned(n, BASE91.length())));
      n = Long.divideUnsigned(n, BASE91.length());
    }
    return b.reverse().toString();
  }

  /** The first 8 bytes of SHA-256 of {@code key} as a big-endian number (any sign). */
  static long hash64(String key) {
    return leading64(digest("SHA-256", key));
  }

  private static long leading64(byte[] d) {
    long n = 0;
    for (int i = 0; i < 8; i++) {
      n = (n << 8) | (d[i] & 0xffL);
    }
    return n;
  }

  private static byte[] digest(String algorithm, String text) {
    try {
      return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has " + algorithm, e);
    }
  }
}
