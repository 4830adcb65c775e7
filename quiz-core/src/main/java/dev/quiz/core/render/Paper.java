package dev.quiz.core.render;

/**
 * The paper a printable sheet is laid out for; its {@link #cssSize()} goes into CSS {@code @page}.
 */
public enum Paper {
  /** ISO A4, 210 x 297 mm. */
  A4("A4"),
  /** US Letter, 8.5 x 11 in. */
  LETTER("letter");

  private final String cssSize;

  Paper(String cssSize) {
    this.cssSize = cssSize;
  }

  /** The CSS {@code size} value, {@code "A4"} or {@code "letter"}. */
  public String cssSize() {
    return cssSize;
  }
}
