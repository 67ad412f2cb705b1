package org.hausdesk.notify.control;

import java.util.List;
import org.hausdesk.platform.control.Html;

/**
 * One e-mail in both forms, plain text and HTML, built from the same parts so they always say the
 * same. Everything that came from a person (names, subjects, messages) is escaped in the HTML.
 */
public record Mail(String subject, String text, String html) {

    /**
     * @param quote a message to show set apart (e.g. the helper's reply), or {@code null}
     * @param linkLabel what the link is for, or {@code null} for no link
     */
    public static Mail of(String subject, String greeting, List<String> paragraphs, String quote,
                          String linkLabel, String link, String footer) {
        var text = new StringBuilder(greeting).append("\n\n");
        var html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif;font-size:18px;"
                + "line-height:1.5;color:#1a1a1a\">");
        html.append("<p>").append(Html.escape(greeting)).append("</p>");
        for (var paragraph : paragraphs) {
            text.append(paragraph).append("\n\n");
            html.append("<p>").append(Html.escape(paragraph).replace("\n", "<br>")).append("</p>");
        }
        if (quote != null) {
            quote.lines().forEach(line -> text.append("> ").append(line).append('\n'));
            text.append('\n');
            html.append("<blockquote style=\"border-left:4px solid #004f9f;margin:0;padding:0 1em\">")
                    .append(Html.escape(quote).replace("\n", "<br>")).append("</blockquote>");
        }
        if (linkLabel != null) {
            text.append(linkLabel).append(":\n").append(link).append("\n\n");
            html.append("<p><a href=\"").append(Html.escape(link)).append("\">").append(Html.escape(linkLabel))
                    .append("</a></p>");
        }
        text.append("-- \n").append(footer).append('\n');
        html.append("<p style=\"color:#555;font-size:14px\">").append(Html.escape(footer)).append("</p></body></html>");
        return new Mail(subject, text.toString(), html.toString());
    }
}
