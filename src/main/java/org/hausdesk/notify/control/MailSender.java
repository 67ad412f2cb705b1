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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends e-mail over SMTP with Jakarta Mail, as plain text and HTML alternatives. Configured by
 * {@code hausdesk.mail.*}; without {@code hausdesk.mail.host} Hausdesk sends no e-mail at all.
 */
@ApplicationScoped
public class MailSender {

    @Inject
    @ConfigProperty(name = "hausdesk.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "hausdesk.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "hausdesk.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "hausdesk.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "hausdesk.mail.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "hausdesk.mail.from", defaultValue = "Hausdesk <hausdesk@localhost>")
    String from;

    private volatile Session session;

    public boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public void send(String to, String subject, String text, String html) throws MessagingException {
        var message = new MimeMessage(session());
        message.setFrom(new InternetAddress(from, true));
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
            properties.put("mail.smtp.host", host.orElseThrow(() -> new IllegalStateException("hausdesk.mail.host is not set")));
            properties.put("mail.smtp.port", String.valueOf(port));
            properties.put("mail.smtp.connectiontimeout", "10000");
            properties.put("mail.smtp.timeout", "20000");
            properties.put("mail.smtp.writetimeout", "20000");
            properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
            properties.put("mail.smtp.starttls.required", String.valueOf(starttls));
            Authenticator authenticator = null;
            if (username.filter(u -> !u.isBlank()).isPresent()) {
                properties.put("mail.smtp.auth", "true");
                authenticator = new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(username.get(), password.orElse(""));
                    }
                };
            }
            session = Session.getInstance(properties, authenticator);
        }
        return session;
    }
}
