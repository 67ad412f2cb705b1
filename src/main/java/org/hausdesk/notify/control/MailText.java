package org.hausdesk.notify.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

/**
 * What a person wrote in an e-mail, without what their mail program added: the quoted earlier mails ("Am ...
 * schrieb ...:", "On ... wrote:", "> ..." lines, Outlook's "-----Ursprüngliche Nachricht-----" and "Von: ...
 * Gesendet: ..." headers) and the signature ("-- ", "Gesendet von meinem iPhone"). HTML-only mails become plain
 * text; nothing of their markup or scripts survives.
 */
public final class MailText {

    private static final List<Pattern> QUOTE_STARTS = List.of(
            // "Am 02.12.2026 um 10:15 schrieb Hausdesk <...>:" (also broken over two lines)
            Pattern.compile("^\\s*Am\\s.{4,200}?schrieb.{0,200}:\\s*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*On\\s.{4,200}?wrote:\\s*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*-{2,}\\s*(Ursprüngliche Nachricht|Original Message|Weitergeleitete Nachricht|Forwarded message)\\s*-{2,}\\s*$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*_{10,}\\s*$"),
            Pattern.compile("^\\s*(Von|From):\\s.+$"));
    private static final Pattern OUTLOOK_HEADER_NEXT = Pattern.compile("^\\s*(Gesendet|Sent|Datum|Date|An|To):\\s.*$",
            Pattern.CASE_INSENSITIVE);
    private static final List<Pattern> SIGNATURE_STARTS = List.of(
            Pattern.compile("^-- ?$"),
            Pattern.compile("^\\s*(Gesendet|Von meinem|Sent) (von|mit|from) (meinem|my) .{0,40}$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*Von meinem .{0,40} gesendet\\s*$", Pattern.CASE_INSENSITIVE));
    private static final Pattern WRAPPED_GERMAN = Pattern.compile("^\\s*Am\\s.{4,200}$", Pattern.CASE_INSENSITIVE);

    private MailText() {
    }

    /** The new text of a reply: up to the first quoted mail or signature, trimmed. */
    public static String newPart(String text) {
        if (text == null) {
            return "";
        }
        var lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        var kept = new ArrayList<String>();
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i];
            if (line.startsWith(">")) {
                break;
            }
            if (startsQuote(line, i + 1 < lines.length ? lines[i + 1] : "")) {
                break;
            }
            if (SIGNATURE_STARTS.stream().anyMatch(p -> p.matcher(line).matches())) {
                break;
            }
            kept.add(line.stripTrailing());
        }
        return String.join("\n", kept).strip().replaceAll("\n{3,}", "\n\n");
    }

    private static boolean startsQuote(String line, String next) {
        for (var pattern : QUOTE_STARTS) {
            if (pattern.matcher(line).matches()) {
                // "Von: ..." is a quote only when an Outlook header follows it
                return !pattern.pattern().contains("(Von|From)") || OUTLOOK_HEADER_NEXT.matcher(next).matches();
            }
        }
        // a German quote line broken in two: "Am 02.12.2026 um 10:15 schrieb" / "Hausdesk <...>:"
        return WRAPPED_GERMAN.matcher(line).matches() && (line + " " + next).matches("(?is)^\\s*Am\\s.{4,300}?schrieb.{0,300}:\\s*$");
    }

    /** An HTML mail as plain text: paragraphs and line breaks kept, everything else (scripts, styles, markup) gone. */
    public static String fromHtml(String html) {
        if (html == null) {
            return "";
        }
        Document document = Jsoup.parse(html);
        document.select("script, style, head, title").remove();
        document.outputSettings(new Document.OutputSettings().prettyPrint(false));
        document.select("br").before("\\n");
        document.select("p, div, li, tr, h1, h2, h3, h4, blockquote").before("\\n\\n");
        // blockquotes are quoted earlier mails
        document.select("blockquote").remove();
        var marked = document.body() == null ? "" : document.body().html().replace("\\n", "\n");
        var text = Jsoup.clean(marked, "", Safelist.none(), new Document.OutputSettings().prettyPrint(false));
        return Parser.unescapeEntities(text, false).replace('\u00a0', ' ').replaceAll("[ \t]+\n", "\n")
                .replaceAll("\n{3,}", "\n\n").strip();
    }
}
