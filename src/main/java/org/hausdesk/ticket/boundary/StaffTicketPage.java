package org.hausdesk.ticket.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.hausdesk.account.control.Caller;
import org.hausdesk.account.entity.Account;
import org.hausdesk.platform.control.Links;
import org.hausdesk.ticket.control.Tickets;
import org.hausdesk.ticket.entity.Escalation;
import org.hausdesk.ticket.entity.Priority;
import org.hausdesk.ticket.entity.Ticket;
import org.hausdesk.ticket.entity.TicketEntry;
import org.hausdesk.ticket.entity.TicketEvent;
import org.hausdesk.ticket.entity.TicketEventType;
import org.hausdesk.ticket.entity.TicketState;
import org.hausdesk.web.Pages;

/**
 * A helper's page of one ticket ({@code /helfer/anfrage/2026-0042}): conversation with internal
 * notes, timeline, and what can be done: claim, answer, note, escalate, hand back, solve, change
 * the state. Tickets the helper may not see are 404, as in the API.
 */
@Named
@RequestScoped
public class StaffTicketPage {

    @Inject
    Tickets tickets;

    @Inject
    Pages pages;

    @Inject
    Caller caller;

    @Inject
    Links links;

    private Account account;
    private Ticket ticket;
    private String body;
    private boolean askBack;
    private String note;
    private String reason;
    private String solution;
    private String target;
    private String priority;
    private String newLink;
    private String newCode;
    private Long version;

    private boolean loaded;

    /** Before the page is shown: 404 unless the helper may see the ticket. */
    public void load() {
        ticket();
    }

    /**
     * The ticket, read once per request: also when a form is sent, so that the page's conditions
     * (which forms are shown) are the same as when it was shown.
     */
    public Ticket ticket() {
        if (!loaded) {
            loaded = true;
            account = pages.signedIn(caller.account()).orElse(null);
            ticket = account == null ? null : tickets.forStaff(pages.param("number"), account).orElse(null);
            if (account != null && ticket == null) {
                pages.notFound(); // also when a form is sent for a ticket the helper may not see
            }
        }
        return ticket;
    }

    public String number() {
        return pages.param("number");
    }

    public List<TicketEntry> entries() {
        return ticket().entries();
    }

    public List<TicketEvent> timeline() {
        return ticket().timeline();
    }

    private static final java.util.regex.Pattern CHANGE = java.util.regex.Pattern.compile("([A-Z_]+) → ([A-Z_]+)");

    /** An event's detail in words: "In Bearbeitung → Gelöst", "normal → hoch" instead of the stored codes. */
    public String detail(TicketEvent event) {
        var detail = event.detail();
        var change = detail == null ? null : CHANGE.matcher(detail);
        if (change == null || !change.matches()) {
            return detail;
        }
        var words = event.type() == TicketEventType.PRIORITY_CHANGED ? "priority." : "staffState.";
        try {
            return pages.text(words + change.group(1)) + " → " + pages.text(words + change.group(2));
        } catch (java.util.MissingResourceException unknown) {
            return detail;
        }
    }

    /** The timeline in sentences: "Anna hat die Anfrage übernommen". */
    public String sentence(TicketEvent event) {
        var actor = event.actorName() == null || event.actorName().isBlank() ? pages.text("timeline.someone")
                : event.actorName();
        return pages.text("timeline." + event.type(), actor);
    }

    public List<Priority> priorities() {
        return List.of(Priority.HIGH, Priority.NORMAL, Priority.LOW);
    }

    public String changePriority() {
        var chosen = Pages.choice(Priority.class, priority);
        if (chosen.isEmpty() || version == null) {
            pages.error("staff.state.invalid");
            return null;
        }
        return change(() -> tickets.changePriority(number(), account, chosen.get(), version), "priorityChanged", Map.of());
    }

    public String getPriority() {
        return priority != null ? priority : ticket() == null ? null : ticket().priority().name();
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public boolean shared() {
        return ticket().escalation() == Escalation.SHARED;
    }

    public boolean mine() {
        return ticket() != null && account.equals(ticket().assignee());
    }

    public List<TicketState> nextStates() {
        return ticket().state().successors().stream().toList();
    }

    public String claim() {
        return change(() -> tickets.claim(number(), account), "claimed", Map.of());
    }

    public String reply() {
        return change(() -> tickets.replyAsHelper(number(), account, Pages.strip(body), askBack), "replied", Map.of());
    }

    public String addNote() {
        return change(() -> tickets.addNote(number(), account, Pages.strip(note)), "noted", Map.of("body", "note"));
    }

    public String escalate() {
        return change(() -> tickets.escalate(number(), account, Pages.strip(reason)), "escalated", Map.of());
    }

    public String handBack() {
        return change(() -> tickets.handBack(number(), account, Pages.strip(reason)), "handedBack", Map.of());
    }

    /** Solve with a solution: it goes to the resident as a reply and the ticket is solved, in one step. */
    public String solve() {
        return change(() -> tickets.solve(number(), account, Pages.strip(solution)), "solved", Map.of("body", "solution"));
    }

    /** For a resident who lost their link or passed it on: the old links stop working, the new one is shown once. */
    public String renewLink() {
        if (ticket() == null) {
            return null;
        }
        tickets.renewLink(number(), null, account).ifPresentOrElse(
                renewed -> {
                    newLink = links.forResident(number(), renewed);
                    newCode = org.hausdesk.ticket.control.AccessTokens.display(renewed);
                }, pages::notFound);
        return null;
    }

    /** The new code as it is read out: {@code K7M4-Q2XP-9D4F}. */
    public String newCode() {
        return newCode;
    }

    public String newLink() {
        return newLink;
    }

    public String changeState() {
        var state = Pages.choice(TicketState.class, target);
        if (state.isEmpty() || version == null) {
            pages.error("staff.state.invalid");
            return null;
        }
        return change(() -> tickets.changeState(number(), account, state.get(), version), "stateChanged", Map.of());
    }

    /** {@code fields}: the form's field for a parameter of the change where the names differ. */
    private String change(Supplier<Optional<Ticket>> change, String notice, Map<String, String> fields) {
        ticket();
        if (account == null) {
            return null;
        }
        var done = pages.attempt(() -> {
            if (change.get().isEmpty()) {
                pages.notFound();
            }
        }, fields);
        if (done) {
            pages.redirect(Links.staffPath(number()), notice);
        }
        return null;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isAskBack() {
        return askBack;
    }

    public void setAskBack(boolean askBack) {
        this.askBack = askBack;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getSolution() {
        return solution;
    }

    public void setSolution(String solution) {
        this.solution = solution;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public Long getVersion() {
        return version != null ? version : ticket() == null ? null : ticket().version();
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
