package dev.quiz.core.render;

/**
 * The sheets' one inline style sheet: print first (the page size, page breaks, no question split
 * across pages), then a screen view with pages drawn on grey. Only local fonts; no {@code url(..)}.
 */
final class HtmlStyle {
  private HtmlStyle() {}

  static String css(Paper paper) {
    // no page numbers: they would run on across versions and the key (a student's sheet B would
    // start at "page 3"), and a page's place is clear from the question numbers
    return "@page { size: "
        + paper.cssSize()
        + "; margin: 16mm 15mm 16mm 15mm; }\n"
        + "html { font-family: 'DejaVu Sans', 'Noto Sans', 'Liberation Sans', Arial, sans-serif;"
        + " font-size: 10.5pt; line-height: 1.35; color: #000; }\n"
        + "body { margin: 0; }\n"
        + "h1 { font-size: 16pt; margin: 0; }\n"
        + "h2 { font-size: 12.5pt; margin: 14pt 0 5pt 0; border-bottom: 1px solid #888; }\n"
        + ".newpage { page-break-before: always; break-before: page; }\n"
        + "table { border-collapse: collapse; }\n"
        + "table.head { width: 100%; margin-bottom: 8pt; }\n"
        + "td.version { text-align: right; font-weight: bold; font-size: 12pt; white-space: nowrap;"
        + " vertical-align: top; }\n"
        + "table.who { width: 100%; margin: 4pt 0 10pt 0; }\n"
        + "table.who td { padding: 0; vertical-align: bottom; height: 1.6em; }\n"
        + "td.label { width: 1%; white-space: nowrap; padding-right: 4pt !important; }\n"
        + "td.line { border-bottom: 1px solid #000; }\n"
        + "td.name { width: 52%; } td.class { width: 16%; } td.date { width: 20%; }\n"
        + "td.line + td.label { padding-left: 14pt !important; }\n"
        + ".fill { display: inline-block; border-bottom: 1px solid #000; width: 70%; height: 1.1em;"
        + " vertical-align: baseline; }\n"
        + ".instructions { font-style: italic; font-size: 9.5pt; margin: 0 0 10pt 0; }\n"
        + "div.q { margin: 0 0 10pt 0; page-break-inside: avoid; break-inside: avoid; }\n"
        + "table.q { width: 100%; }\n"
        + "table.q td { vertical-align: top; padding: 0; }\n"
        + "td.n { width: 2em; padding-right: 0.4em !important; font-weight: bold; text-align:"
        + " right; }\n"
        + ".prompt { margin: 0 0 4pt 0; }\n"
        + ".blank { display: inline-block; width: 11em; border-bottom: 1px solid #000; height: 1em;"
        + " margin: 0 2pt; }\n"
        + "table.choices { margin-left: 1pt; }\n"
        + "table.choices td { padding: 1.5pt 6pt 1.5pt 0; vertical-align: middle; }\n"
        + ".bubble { display: inline-block; width: 1.4em; height: 1.4em; line-height: 1.4em;"
        + " text-align: center; border: 1px solid #000; border-radius: 50%; font-size: 8.5pt; }\n"
        + ".gap { display: inline-block; width: 3em; }\n"
        + ".tf { margin: 2pt 0; }\n"
        + ".write { margin: 8pt 0 0 0; }\n"
        + ".answer-line { width: 75%; }\n"
        + ".key h1 { margin-bottom: 2pt; }\n"
        + ".teacher { font-size: 9pt; color: #444; margin: 0 0 6pt 0; }\n"
        + "table.grid { width: 100%; font-size: 9.5pt; margin-bottom: 6pt; }\n"
        + "table.grid th, table.grid td { border: 1px solid #999; padding: 2pt 4pt; text-align:"
        + " left; vertical-align: top; }\n"
        + "table.grid th { background: #eee; }\n"
        + "table.grid td.num, table.grid th.num { width: 2.4em; text-align: right; }\n"
        + "tr { page-break-inside: avoid; break-inside: avoid; }\n"
        + ".src { margin: 0 0 7pt 0; font-size: 9.5pt; page-break-inside: avoid; break-inside:"
        + " avoid; }\n"
        + ".src .where { color: #333; }\n"
        + ".src blockquote { margin: 1pt 0 0 1.2em; font-style: italic; }\n"
        + "@media screen {\n"
        + "  body { background: #ddd; padding: 12px 0; }\n"
        + "  section { background: #fff; width: 180mm; margin: 0 auto 12px auto; padding: 16mm"
        + " 15mm; box-shadow: 0 1px 4px #999; }\n"
        + "}\n";
  }
}
