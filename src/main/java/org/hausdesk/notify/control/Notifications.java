package org.hausdesk.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.logging.Logger;
import org.hausdesk.account.control.Accounts;
import org.hausdesk.account.entity.Account;
import org.hausdesk.notify.entity.Channel;
import org.hausdesk.ticket.control.ResidentMail;
import org.hausdesk.ticket.control.TicketHappened;
import org.hausdesk.ticket.control.Tickets;
import org.hausdesk.ticket.entity.Escalation;
import org.hausdesk.ticket.entity.Ticket;
import org.hausdesk.ticket.entity.TicketEntry;
import org.hausdesk.ticket.entity.TicketEvent;

/**
 * Decides who hears about what happened to a ticket, and puts the messages into the outbox within
 * the transaction of the change.
 * <ul>
 * <li>the resident (if they gave an e-mail address): their request arrived, a helper replied or
 * asked back, the request is solved; each with a private link of its own;</li>
 * <li>the house's helpers: a new request; a helper of another house took their escalated one;</li>
 * <li>every helper, and the chat room: a request went to the shared queue;</li>
 * <li>the assignee (or, if nobody has it, the house's helpers): the resident answered.</li>
 * </ul>
 * Internal notes are never sent anywhere.
 */
@ApplicationScoped
public class Notifications implements ResidentMail {

    private static final Logger LOG = Logger.getLogger(Notifications.class.getName());

    @Inject
    Outbox outbox;

    @Inject
    Accounts accounts;

    @Inject
    Tickets tickets;

    @Inject
    MailSender mail;

    @Inject
    WebhookSender webhook;

    @Inject
    MailTexts texts;

    void on(@Observes TicketHappened happened) {
        var ticket = happened.ticket();
        var event = happened.event();
        var actor = event.actor();
        var facts = new Audience.Facts(ticket.assignee() != null && ticket.assignee().email() != null,
                ticket.escalation() == Escalation.SHARED, actor != null && !actor.worksFor(ticket.house()));
        for (var audience : Audience.of(event.type(), facts)) {
            switch (audience) {
                case RESIDENT -> toResident(ticket, forResident(ticket, event), happened.accessToken());
                case HOUSE_HELPERS -> toHelpers(accounts.reachableHelpersOf(ticket.house()), event,
                        helper -> forHelper(ticket, event, helper));
                case ASSIGNEE -> toHelpers(List.of(ticket.assignee()), event, helper -> forHelper(ticket, event, helper));
                case ALL_HELPERS -> toHelpers(accounts.reachableHelpers(), event,
                        helper -> forHelper(ticket, event, helper));
                case CHAT_ROOM -> webhook.url().ifPresent(url -> outbox.enqueue(Channel.WEBHOOK, url,
                        "Chat: " + ticket.number(), texts.chatEscalation(ticket, event.detail()), null,
                        ticket.number()));
            }
        }
    }

    /** The resident's mail about an event (given a private link's code). */
    private Function<String, Mail> forResident(Ticket ticket, TicketEvent event) {
        return switch (event.type()) {
            case FILED -> texts.filed(ticket);
            case REPLIED -> texts.replied(ticket, lastPublicReply(ticket), false);
            case ASKED_BACK -> texts.replied(ticket, lastPublicReply(ticket), true);
            case SOLVED -> texts.solved(ticket, event.actorName());
            default -> throw new IllegalArgumentException("no resident mail for " + event.type());
        };
    }

    /** A helper's mail about an event, in their language. */
    private Mail forHelper(Ticket ticket, TicketEvent event, Account helper) {
        return switch (event.type()) {
            case FILED -> texts.newTicket(ticket, helper);
            case RESIDENT_REPLIED -> texts.residentReplied(ticket, lastPublicReply(ticket), helper);
            case ESCALATED -> texts.escalated(ticket, event.detail(), helper);
            case CLAIMED -> texts.takenFromShared(ticket, event.actorName(), helper);
            default -> throw new IllegalArgumentException("no helper mail for " + event.type());
        };
    }

    /**
     * A resident asked on the page of their request for its private link by e-mail (e.g. because
     * they gave only a phone number when filing). At most {@value #MAX_MAILS_PER_TICKET} mails per
     * ticket, so that the form cannot be used to flood an address.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean privateLink(Ticket ticket, String code, String email) {
        var number = ticket.number();
        if (!mail.enabled()
                || outbox.count(Channel.MAIL, number, false) + outbox.count(Channel.MAIL, number, true)
                >= MAX_MAILS_PER_TICKET) {
            return false;
        }
        // the code the resident has on the screen, not another one: the mail says the same as their paper
        enqueueMail(email, texts.filed(ticket).apply(code), ticket);
        return true;
    }

    static final int MAX_MAILS_PER_TICKET = 30;

    /** A resident's sign-in link, to the address they proved nothing about yet (it proves itself by being used). */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void signInLink(String email, String token, String language) {
        if (mail.enabled()) {
            var message = texts.signIn(token, language);
            outbox.enqueue(Channel.MAIL, email, message.subject(), message.text(), message.html(), null);
        }
    }

    private void toResident(Ticket ticket, Function<String, Mail> compose) {
        toResident(ticket, compose, null);
    }

    /** With {@code code}, the mail carries the code the resident already has; otherwise a new one is made. */
    private void toResident(Ticket ticket, Function<String, Mail> compose, String code) {
        var email = ticket.requester().email();
        if (email == null || !mail.enabled()) {
            return;
        }
        var mailToSend = compose.apply(code != null ? code : tickets.newAccessToken(ticket));
        enqueueMail(email, mailToSend, ticket);
    }

    private void toHelpers(List<Account> recipients, TicketEvent event,
                           Function<Account, Mail> compose) {
        if (!mail.enabled()) {
            return;
        }
        var distinct = new LinkedHashSet<>(recipients);
        for (var helper : distinct) {
            if (helper.email() == null || Objects.equals(helper, event.actor())) {
                continue;
            }
            enqueueMail(helper.email(), compose.apply(helper), event.ticket());
        }
    }

    private void enqueueMail(String to, Mail message, Ticket ticket) {
        outbox.enqueue(Channel.MAIL, to, message.subject(), message.text(), message.html(), ticket.number());
        LOG.fine(() -> "Queued e-mail about %s".formatted(ticket.number()));
    }

    private static TicketEntry lastPublicReply(Ticket ticket) {
        return ticket.publicEntries().getLast();
    }
}
