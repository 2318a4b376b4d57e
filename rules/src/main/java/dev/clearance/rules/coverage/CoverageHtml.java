package dev.clearance.rules.coverage;

import java.util.List;

/**
 * Writes a coverage report as one self-contained HTML page (styles inline, no scripts, no
 * links out), so a lawyer can open it from an e-mail or a shared drive.
 */
public final class CoverageHtml {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2em;color:#222}
            h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em}
            table{border-collapse:collapse;width:100%;font-size:.9em}
            th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
            th{background:#f3f3f3}tr.missing td{background:#fde8e8}
            .ok{color:#1a7f37;font-weight:bold}.no{color:#b42318;font-weight:bold}
            code{font-size:.95em}details summary{cursor:pointer}
            """;

    private CoverageHtml() {
    }

    public static String render(CoverageReport report, String title) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title><style>").append(STYLE).append("</style></head><body>\n")
                .append("<h1>").append(escape(title)).append("</h1>\n<p>").append(escape(report.summary()))
                .append(". Rows in red are exercised by no golden case; percentages are rounded down.</p>\n");
        table(html, "Rules (" + report.ruleRatio() + ")", "Rule", report.rules());
        table(html, "Cited articles (" + report.articleRatio() + ")", "Instrument, article", report.articles());
        table(html, "Table rows (" + report.rowRatio() + ")", "Row", report.rows());
        return html.append("</body></html>\n").toString();
    }

    private static void table(StringBuilder html, String heading, String idColumn, List<CoverageReport.Item> items) {
        html.append("<h2>").append(escape(heading)).append("</h2>\n<table><tr><th></th><th>").append(escape(idColumn))
                .append("</th><th>About</th><th>Where</th><th>Cases</th></tr>\n");
        for (CoverageReport.Item item : items) {
            html.append(item.exercised() ? "<tr>" : "<tr class=\"missing\">")
                    .append(item.exercised() ? "<td class=\"ok\">&#10003;</td>" : "<td class=\"no\">&#10007;</td>")
                    .append("<td><code>").append(escape(item.id())).append("</code></td><td>")
                    .append(escape(item.label())).append("</td><td><code>").append(escape(item.where()))
                    .append("</code></td><td>");
            if (item.exercised()) {
                html.append("<details><summary>").append(item.cases().size()).append("</summary><ul>");
                item.cases().stream().sorted().forEach(c -> html.append("<li>").append(escape(c)).append("</li>"));
                html.append("</ul></details>");
            } else {
                html.append('0');
            }
            html.append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
