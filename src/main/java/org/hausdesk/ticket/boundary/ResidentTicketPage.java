package org.hausdesk.ticket.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.hausdesk.platform.control.Links;
import org.hausdesk.platform.entity.EmailAddresses;
import org.hausdesk.ticket.control.Subjects;
import org.hausdesk.ticket.control.TicketConfig;
import org.hausdesk.ticket.control.Tickets;
import org.hausdesk.ticket.entity.Ticket;
import org.hausdesk.ticket.entity.TicketEntry;
import org.hausdesk.ticket.entity.TicketState;
import org.hausdesk.web.Language;
import org.hausdesk.web.Pages;

/**
 * A resident's private page of one request ({@code /anfrage/2026-0042?zugang=...}). Right after
 * sending, the confirmation: what happens next (who answers, usually how soon, what if they are away,
 * how the resident is reached), then number, code and QR code, large and printable. Otherwise the
 * conversation (never internal notes), an answer box, "gelöst — danke", and the rarely needed actions
 * below it. A wrong, expired or replaced link gets a friendly page with the number-and-code form,
 * answered 404 exactly like a number that does not exist.
 */
@Named
@RequestScoped
public class ResidentTicketPage {

    @Inject
    Tickets tickets;

    @Inject
    Links links;

    @Inject
    Pages pages;

    @Inject
    org.hausdesk.ticket.control.Attachments attachments;

    @Inject
    @ConfigProperties
    TicketConfig settings;

    @Inject
    org.hausdesk.account.control.Accounts accounts;

    @Inject
    org.hausdesk.ticket.control.AutomaticEscalation escalation;

    @Inject
    Language language;

    /** Longer subjects are cut at a word for the page's heading. */
    public static final int HEADING_LENGTH = 60;

    private Ticket ticket;
    private String body;
    private jakarta.servlet.http.Part file;
    private String email;

    private boolean loaded;
    private String helperNames;

    /** Before the page is shown: a wrong number or link gets the friendly page, with status 404. */
    public void load() {
        if (ticket() == null) {
            pages.status(404);
        }
    }

    /**
     * Read once per request, also when a form is sent (the page's conditions must be the same as when
     * shown). A form sent with a wrong link is answered 404 before it changes anything.
     */
    public Ticket ticket() {
        if (!loaded) {
            loaded = true;
            ticket = tickets.forResident(pages.param("number"), pages.param("zugang")).orElse(null);
            if (ticket == null && pages.isPostback()) {
                pages.notFound();
            }
        }
        return ticket;
    }

    /** The access code as people read and type it: {@code K7M4-Q2XP-9D4F}. */
    public String code() {
        return org.hausdesk.ticket.control.AccessTokens.display(token());
    }

    /** The private link as a QR code (a PNG in a data address), for the phone's camera. */
    public String qrCode() {
        return org.hausdesk.web.QrCode.dataUri(privateLink());
    }

    /** Where number and code are typed in ("Meine Anfrage ansehen"), for the printout. */
    public String openAddress() {
        return links.openRequest();
    }

    /** The house's helpers who agreed to be named: "Anna und Ben" (empty when none did); read once per request. */
    public String helperNames() {
        if (helperNames == null) {
            var names = accounts.namedHelpersOf(ticket().house());
            helperNames = names.size() <= 1 ? String.join("", names)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " " + pages.text("ticket.and") + " "
                    + names.getLast();
        }
        return helperNames;
    }

    /** How long the house's helpers usually have before the other houses see it, in words ("24 Stunden"). */
    public String answerWithin() {
        var delay = escalation.delayFor(ticket().house());
        boolean english = "en".equals(language.code());
        if (delay.toHours() >= 48 && delay.toHours() % 24 == 0) {
            return delay.toDays() + (english ? " days" : " Tagen");
        }
        if (delay.toHours() >= 1) {
            long hours = delay.toHours();
            return hours == 1 ? (english ? "an hour" : "einer Stunde") : hours + (english ? " hours" : " Stunden");
        }
        return Math.max(1, delay.toMinutes()) + (english ? " minutes" : " Minuten");
    }

    /** How the resident is reached: EMAIL, PHONE, DOOR or LINK_ONLY. */
    public String reach() {
        return ticket().requester().reach().name();
    }

    /** The subject, cut at a word, as the page's heading (the whole text is in the conversation). */
    public String heading() {
        return Subjects.shorten(ticket().subject(), HEADING_LENGTH);
    }

    public String number() {
        return pages.param("number");
    }

    public String token() {
        return pages.param("zugang");
    }

    public boolean justSent() {
        return "1".equals(pages.param("neu"));
    }

    public long linkValidDays() {
        return settings.linkValidAfterClose().toDays();
    }

    public String privateLink() {
        return links.forResident(number(), token());
    }

    public List<TicketEntry> conversation() {
        return ticket().publicEntries();
    }

    public boolean solved() {
        return ticket().state() == TicketState.SOLVED;
    }

    public boolean closed() {
        return ticket().state() == TicketState.CLOSED;
    }

    public String reply() {
        var done = pages.attempt(() -> {
            if (tickets.replyAsResident(number(), token(), Pages.strip(body)).isEmpty()) {
                pages.notFound();
            }
        });
        if (done) {
            pages.redirect(here(), "replied");
        }
        return null;
    }

    public String confirm() {
        var done = pages.attempt(() -> {
            if (tickets.confirmSolved(number(), token()).isEmpty()) {
                pages.notFound();
            }
        });
        if (done) {
            pages.redirect(here(), "thanks");
        }
        return null;
    }

    /** "Bild anhängen": a screenshot (or PDF) for the helpers; refused when it is neither. */
    public String attach() {
        if (ticket() == null) {
            return null;
        }
        if (file == null || file.getSize() == 0) {
            pages.fieldError("file", "ticket.attach.missing");
            return null;
        }
        try (var in = file.getInputStream()) {
            var bytes = in.readAllBytes();
            var done = pages.attempt(() -> attachments.attach(number(), token(), null, file.getSubmittedFileName(), bytes)
                    .ifPresentOrElse(a -> { }, pages::notFound));
            if (done) {
                pages.redirect(here(), "attached");
            }
        } catch (java.io.IOException e) {
            pages.fieldError("file", "ticket.attach.missing");
        }
        return null;
    }

    public String attachmentUrl(org.hausdesk.ticket.entity.Attachment attachment) {
        return "/api/tickets/" + number() + "/attachments/" + attachment.id() + "?zugang=" + Language.encode(token());
    }

    public jakarta.servlet.http.Part getFile() {
        return file;
    }

    public void setFile(jakarta.servlet.http.Part file) {
        this.file = file;
    }

    /** "Neuen Link erstellen": the old links stop working, the page opens under the new one. */
    public String renewLink() {
        if (ticket() == null) {
            return null;
        }
        tickets.renewLink(number(), token(), null).ifPresentOrElse(
                renewed -> pages.redirect(Links.residentPath(number(), renewed) + "&neu=1",
                        "linkRenewed"),
                pages::notFound);
        return null;
    }

    public String mailLink() {
        if (ticket() == null) {
            pages.notFound();
            return null;
        }
        if (!EmailAddresses.valid(email)) {
            pages.fieldError("email", "request.contact.invalid");
            return null;
        }
        if (tickets.mailPrivateLink(number(), token(), email)) {
            pages.redirect(here(), "linkMailed");
        } else {
            pages.error("ticket.mail.failed");
        }
        return null;
    }

    private String here() {
        return Links.residentPath(number(), token());
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
