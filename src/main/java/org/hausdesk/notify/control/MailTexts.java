package org.hausdesk.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import org.hausdesk.account.entity.Account;
import org.hausdesk.platform.control.Links;
import org.hausdesk.ticket.entity.Ticket;
import org.hausdesk.ticket.entity.TicketEntry;

/**
 * The words of every message, in German and English. Resident mails are plain and short; they never
 * quote anything but public replies. Resident mails take the token of a fresh private link.
 */
@ApplicationScoped
public class MailTexts {

    @Inject
    Links links;

    private static boolean english(String language) {
        return "en".equals(language);
    }

    private static String residentFooter(String language) {
        return english(language)
                ? "Hausdesk, the IT help of your cooperative. Do not pass this link on: it opens your request without a password."
                : "Hausdesk – die IT-Hilfe Ihrer Genossenschaft. Bitte geben Sie den Link nicht weiter: Er öffnet Ihre Anfrage ohne Passwort.";
    }

    private static String helperFooter(String language) {
        return english(language)
                ? "Hausdesk. You receive this as an IT helper of the cooperative."
                : "Hausdesk. Sie bekommen diese Nachricht als IT-Beauftragte*r der Genossenschaft.";
    }

    /** The link with which a resident signs in to see all their requests. */
    public Mail signIn(String token, String language) {
        var en = english(language);
        return Mail.of(en ? "Your sign-in link for Hausdesk" : "Ihr Anmelde-Link für Hausdesk",
                en ? "Hello," : "Guten Tag,",
                List.of(en
                        ? "With this link you see all your requests. It works once, for 30 minutes. If you did not ask for it, just ignore this e-mail."
                        : "Mit diesem Link sehen Sie alle Ihre Anfragen. Er funktioniert einmal und 30 Minuten lang. Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail einfach."),
                null,
                en ? "Show my requests" : "Meine Anfragen ansehen",
                links.forResidentSignIn(token),
                residentFooter(language));
    }

    public Function<String, Mail> filed(Ticket t) {
        var en = english(t.language());
        return token -> Mail.of(
                en ? "Your request %s has arrived".formatted(t.number()) : "Ihre Anfrage %s ist angekommen".formatted(t.number()),
                en ? "Hello %s,".formatted(t.requester().name()) : "Guten Tag %s,".formatted(t.requester().name()),
                List.of(en
                                ? "Your request \"%s\" has reached the IT helpers of %s. You will get an e-mail as soon as someone answers."
                                .formatted(t.subject(), t.house().name())
                                : "Ihre Anfrage „%s“ ist bei den IT-Beauftragten von %s angekommen. Sie bekommen eine E-Mail, sobald jemand antwortet."
                                .formatted(t.subject(), t.house().name()),
                        (en ? "Your request number: " : "Ihre Anfragenummer: ") + t.number(),
                        (en ? "Your code: " : "Ihr Code: ") + org.hausdesk.ticket.control.AccessTokens.display(token)
                                + (en ? " (with number and code you see your request at %s)"
                                : " (mit Nummer und Code sehen Sie Ihre Anfrage unter %s)").formatted(links.openRequest())),
                null,
                en ? "Look at your request" : "Ihre Anfrage ansehen",
                links.forResident(t.number(), token),
                residentFooter(t.language()));
    }

    public Function<String, Mail> replied(Ticket t, TicketEntry reply, boolean askBack) {
        var en = english(t.language());
        var helper = reply.authorName();
        String subject;
        String intro;
        if (askBack) {
            subject = en ? "A question about your request %s" : "Rückfrage zu Ihrer Anfrage %s";
            intro = en ? "%s has a question for you:" : "%s hat eine Frage an Sie:";
        } else {
            subject = en ? "Answer to your request %s" : "Antwort auf Ihre Anfrage %s";
            intro = en ? "%s has answered you:" : "%s hat Ihnen geantwortet:";
        }
        return token -> Mail.of(subject.formatted(t.number()),
                en ? "Hello %s,".formatted(t.requester().name()) : "Guten Tag %s,".formatted(t.requester().name()),
                List.of(intro.formatted(helper)),
                reply.body(),
                en ? "Answer or look at your request" : "Antworten oder Anfrage ansehen",
                links.forResident(t.number(), token),
                residentFooter(t.language()));
    }

    public Function<String, Mail> solved(Ticket t, String helper) {
        var en = english(t.language());
        return token -> Mail.of(
                en ? "Your request %s is solved".formatted(t.number()) : "Ihre Anfrage %s ist gelöst".formatted(t.number()),
                en ? "Hello %s,".formatted(t.requester().name()) : "Guten Tag %s,".formatted(t.requester().name()),
                List.of(en
                                ? "%s has marked your request \"%s\" as solved.".formatted(helper, t.subject())
                                : "%s hat Ihre Anfrage „%s“ als gelöst markiert.".formatted(helper, t.subject()),
                        en
                                ? "Did everything work? Then please confirm it with the link. If not, just write there what still does not work."
                                : "Hat alles geklappt? Dann bestätigen Sie es bitte über den Link. Wenn nicht, schreiben Sie dort einfach, was noch nicht geht."),
                null,
                en ? "Confirm or answer" : "Bestätigen oder antworten",
                links.forResident(t.number(), token),
                residentFooter(t.language()));
    }

    public Mail newTicket(Ticket t, Account helper) {
        var en = english(helper.language());
        var filedBy = t.filedBy() == null ? ""
                : en ? " (taken down by %s)".formatted(t.filedBy().displayName())
                : " (aufgenommen von %s)".formatted(t.filedBy().displayName());
        return forHelper(helper, t,
                (en ? "New request %s in %s: %s" : "Neue Anfrage %s in %s: %s").formatted(t.number(), t.house().name(), t.subject()),
                List.of((en ? "%s from %s asks for help (%s)%s:" : "%s aus %s bittet um Hilfe (%s)%s:")
                        .formatted(t.requester().name(), t.house().name(), t.category().label(helper.language()), filedBy)),
                t.description());
    }

    public Mail escalated(Ticket t, String reason, Account helper) {
        var en = english(helper.language());
        return forHelper(helper, t,
                (en ? "Help wanted: request %s from %s" : "Hilfe gesucht: Anfrage %s aus %s").formatted(t.number(), t.house().name()),
                List.of((en
                                ? "The request \"%s\" (%s) from %s is in the shared queue. Any IT helper of any house can take it."
                                : "Die Anfrage „%s“ (%s) aus %s ist in der gemeinsamen Warteschlange. Alle IT-Beauftragten aller Häuser können sie übernehmen.")
                        .formatted(t.subject(), t.category().label(helper.language()), t.house().name()),
                        (en ? "Reason: " : "Grund: ") + reason),
                null);
    }

    public Mail takenFromShared(Ticket t, String taker, Account helper) {
        var en = english(helper.language());
        return forHelper(helper, t,
                (en ? "%s took request %s" : "%s hat Anfrage %s übernommen").formatted(taker, t.number()),
                List.of((en
                        ? "%s has taken the request \"%s\" of your house from the shared queue."
                        : "%s hat die Anfrage „%s“ Ihres Hauses aus der gemeinsamen Warteschlange übernommen.")
                        .formatted(taker, t.subject())),
                null);
    }

    public Mail residentReplied(Ticket t, TicketEntry reply, Account helper) {
        var en = english(helper.language());
        return forHelper(helper, t,
                (en ? "%s answered: request %s" : "%s hat geantwortet: Anfrage %s").formatted(t.requester().name(), t.number()),
                List.of((en ? "%s has answered on \"%s\":" : "%s hat zu „%s“ geantwortet:")
                        .formatted(t.requester().name(), t.subject())),
                reply.body());
    }

    /**
     * A helper's daily summary: each part with its tickets as number, house and subject, and the link to each.
     * Never a message of a ticket: no description, reply or internal note.
     */
    public Mail summary(Account helper, org.hausdesk.ticket.control.Digests.Digest digest, java.time.LocalDate day) {
        var en = english(helper.language());
        var paragraphs = new java.util.ArrayList<String>();
        paragraphs.add(en ? "This is what waits for the IT helpers today."
                : "Das wartet heute auf die IT-Beauftragten.");
        part(paragraphs, digest.answered(), en ? "Residents who answered (%d):" : "Bewohner*innen haben geantwortet (%d):");
        part(paragraphs, digest.escalating(), en ? "Going to all houses within a day unless someone takes them (%d):"
                : "Gehen innerhalb eines Tages an alle Häuser, wenn niemand sie übernimmt (%d):");
        part(paragraphs, digest.sharedOpen(), en ? "In the shared queue, taken by nobody yet (%d):"
                : "In der gemeinsamen Warteschlange, noch von niemandem übernommen (%d):");
        part(paragraphs, digest.filed(), en ? "New requests of your houses since yesterday (%d):"
                : "Neue Anfragen Ihrer Häuser seit gestern (%d):");
        var date = day.format(java.time.format.DateTimeFormatter.ofPattern(en ? "d MMM yyyy" : "d.M.yyyy",
                en ? java.util.Locale.ENGLISH : java.util.Locale.GERMAN));
        return Mail.of((en ? "Hausdesk: your summary of %s" : "Hausdesk: Ihre Zusammenfassung vom %s").formatted(date),
                (en ? "Hello %s," : "Hallo %s,").formatted(helper.displayName()), paragraphs, null,
                en ? "Open the requests" : "Zu den Anfragen", links.dashboard(), helperFooter(helper.language())
                        + (en ? " You chose this summary; switch it off under Settings." : " Sie haben diese Zusammenfassung gewählt; abbestellen unter „Einstellungen“."));
    }

    private void part(List<String> paragraphs, List<Ticket> tickets, String heading) {
        if (tickets.isEmpty()) {
            return;
        }
        paragraphs.add(heading.formatted(tickets.size()));
        for (var t : tickets) {
            paragraphs.add("%s · %s · %s\n%s".formatted(t.number(), t.house().name(), t.subject(), links.forStaff(t.number())));
        }
    }

    private Mail forHelper(Account helper, Ticket t, String subject, List<String> paragraphs, String quote) {
        var en = english(helper.language());
        return Mail.of(subject, (en ? "Hello %s," : "Hallo %s,").formatted(helper.displayName()), paragraphs, quote,
                en ? "Open the request" : "Anfrage öffnen", links.forStaff(t.number()), helperFooter(helper.language()));
    }

    /** For the chat room: no resident's name, no description; what and where, why, and the link. */
    public String chatEscalation(Ticket t, String reason) {
        return "Hilfe gesucht: Anfrage %s aus %s (%s) ist in der gemeinsamen Warteschlange. Grund: %s %s"
                .formatted(t.number(), t.house().name(), t.category().label("de"), reason, links.forStaff(t.number()));
    }
}
