package org.hausdesk.notify.control;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One e-mail as Hausdesk reads it: who sent it, to which of the mailbox's addresses, its new text (quotes and
 * signature cut, HTML made plain text), its pictures and PDFs, and whether a machine sent it (RFC 3834
 * auto-replies, bounces, lists), which is never answered or added to a ticket.
 */
public record IncomingMail(String key, String sender, String senderName, Set<String> recipients, String subject,
                           String text, List<File> files, boolean automatic) {

    /** An attached file, before the upload checks. */
    public record File(String name, byte[] bytes) {
    }

    /** Files larger than this are left out (the upload checks would refuse them anyway). */
    static final int MAX_FILE = 10 * 1024 * 1024;

    public static IncomingMail of(MimeMessage message) throws MessagingException, IOException {
        return of(message, true);
    }

    /** @param withContent false: headers only (a mail too large to be read; it only gets an answer) */
    public static IncomingMail of(MimeMessage message, boolean withContent) throws MessagingException, IOException {
        var from = message.getFrom() == null || message.getFrom().length == 0 ? null
                : message.getFrom()[0] instanceof InternetAddress a ? a : null;
        var recipients = new LinkedHashSet<String>();
        for (var header : List.of("Delivered-To", "X-Original-To", "Envelope-To")) {
            var values = message.getHeader(header);
            if (values != null) {
                for (var value : values) {
                    recipients.add(value.strip().replaceAll("^<|>$", "").toLowerCase(Locale.ROOT));
                }
            }
        }
        var all = message.getAllRecipients();
        for (Address address : all == null ? new Address[0] : all) {
            if (address instanceof InternetAddress a && a.getAddress() != null) {
                recipients.add(a.getAddress().toLowerCase(Locale.ROOT));
            }
        }
        var parts = new Parts();
        if (withContent) {
            parts.walk(message);
        }
        var text = parts.plain != null ? parts.plain : MailText.fromHtml(parts.html);
        return new IncomingMail(key(message), from == null ? null : from.getAddress().toLowerCase(Locale.ROOT),
                from == null ? null : from.getPersonal(), recipients,
                message.getSubject() == null ? "" : message.getSubject().strip(), MailText.newPart(text),
                List.copyOf(parts.files), automatic(message));
    }

    /** The Message-ID, or (without one) a digest of the headers that make a mail: handled once either way. */
    static String key(MimeMessage message) throws MessagingException {
        var id = message.getMessageID();
        var basis = id != null && !id.isBlank() ? "id:" + id.strip()
                : "headers:" + String.join("|", String.valueOf(message.getHeader("From", ",")),
                String.valueOf(message.getHeader("Date", ",")), String.valueOf(message.getSubject()),
                String.valueOf(message.getHeader("To", ",")));
        return sha256(basis);
    }

    /** SHA-256 in hex: what is kept of a Message-ID or a sender's address. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 3834 and the usual other signs that a machine wrote it: auto-replies, bounces, mailing lists. */
    static boolean automatic(MimeMessage message) throws MessagingException {
        var submitted = message.getHeader("Auto-Submitted", ",");
        if (submitted != null && !submitted.strip().equalsIgnoreCase("no")) {
            return true;
        }
        var precedence = message.getHeader("Precedence", ",");
        if (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|junk|list|auto_reply")) {
            return true;
        }
        for (var header : List.of("X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress", "List-Id", "List-Unsubscribe",
                "X-Failed-Recipients")) {
            var value = message.getHeader(header, ",");
            if (value != null && !(header.equals("X-Auto-Response-Suppress") && !value.toLowerCase(Locale.ROOT).contains("oof"))) {
                return true;
            }
        }
        var returnPath = message.getHeader("Return-Path", ",");
        if (returnPath != null && returnPath.strip().equals("<>")) {
            return true;
        }
        var type = message.getContentType() == null ? "" : message.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/report")) {
            return true;
        }
        var from = message.getHeader("From", ",");
        return from != null && from.toLowerCase(Locale.ROOT).matches("(?s).*(mailer-daemon|postmaster)@.*");
    }

    /** The first plain text, else the first HTML, and the attached files, through nested multiparts. */
    private static final class Parts {
        String plain;
        String html;
        final List<File> files = new ArrayList<>();

        void walk(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                var multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    walk(multipart.getBodyPart(i));
                }
                return;
            }
            var disposition = part.getDisposition();
            var attached = Part.ATTACHMENT.equalsIgnoreCase(disposition)
                    || part.getFileName() != null && !part.isMimeType("text/*");
            if (attached || part.isMimeType("image/*") || part.isMimeType("application/pdf")) {
                var bytes = read(part);
                if (bytes != null) {
                    files.add(new File(part.getFileName() == null ? "anhang" : part.getFileName(), bytes));
                }
            } else if (part.isMimeType("text/plain") && plain == null) {
                plain = String.valueOf(part.getContent());
            } else if (part.isMimeType("text/html") && html == null) {
                html = String.valueOf(part.getContent());
            }
        }

        private static byte[] read(Part part) throws MessagingException, IOException {
            try (InputStream in = part.getInputStream(); var out = new ByteArrayOutputStream()) {
                var buffer = new byte[8192];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    out.write(buffer, 0, n);
                    if (out.size() > MAX_FILE) {
                        return null;
                    }
                }
                return out.toByteArray();
            }
        }
    }
}
