package org.hausdesk.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Sends e-mail over SMTP with Jakarta Mail, as plain text and HTML alternatives. Configured by
 * {@code hausdesk.notify.mail-*} ({@link NotifyConfig}); without a mail host Hausdesk sends no e-mail at all.
 */
@ApplicationScoped
public class MailSender {

    @Inject
    @ConfigProperties
    NotifyConfig settings;

    private volatile Session session;

    public boolean enabled() {
        return settings.mailHost().filter(h -> !h.isBlank()).isPresent();
    }

    /** @param replyTo where an answer goes (a ticket's signed address), or {@code null} */
    public void send(String to, String subject, String text, String html, String replyTo) throws MessagingException {
        var message = new MimeMessage(session());
        message.setFrom(new InternetAddress(settings.mailFrom(), true));
        if (replyTo != null) {
            message.setReplyTo(InternetAddress.parse(replyTo, true));
        }
        // what Hausdesk sends is machine-made: auto-replies must not answer it (RFC 3834)
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        var plain = new MimeBodyPart();
        plain.setText(text, StandardCharsets.UTF_8.name(), "plain");
        var rich = new MimeBodyPart();
        rich.setText(html, StandardCharsets.UTF_8.name(), "html");
        message.setContent(new MimeMultipart("alternative", plain, rich));
        Transport.send(message);
    }

    private Session session() {
        if (session == null) {
            var properties = new Properties();
            properties.put("mail.smtp.host", settings.mailHost().orElseThrow(() -> new IllegalStateException("hausdesk.notify.mail-host is not set")));
            properties.put("mail.smtp.port", String.valueOf(settings.mailPort()));
            properties.put("mail.smtp.connectiontimeout", "10000");
            properties.put("mail.smtp.timeout", "20000");
            properties.put("mail.smtp.writetimeout", "20000");
            properties.put("mail.smtp.starttls.enable", String.valueOf(settings.mailStarttls()));
            properties.put("mail.smtp.starttls.required", String.valueOf(settings.mailStarttls()));
            Authenticator authenticator = null;
            if (settings.mailUsername().filter(u -> !u.isBlank()).isPresent()) {
                properties.put("mail.smtp.auth", "true");
                authenticator = new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(settings.mailUsername().get(), settings.mailPassword().orElse(""));
                    }
                };
            }
            session = Session.getInstance(properties, authenticator);
        }
        return session;
    }
}
