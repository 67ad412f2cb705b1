package org.hausdesk.ticket.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hausdesk.platform.control.Links;
import org.hausdesk.ticket.control.AccessTokens;
import org.hausdesk.ticket.control.Tickets;
import org.hausdesk.web.Pages;

/**
 * "Meine Anfrage ansehen" ({@code /anfrage}): a resident types the number and the code from their
 * paper, in any case, with or without spaces and dashes, and lands on their request. A wrong pair
 * is answered 404 with the form again, like a wrong link; wrong tries count against the same limits
 * (per address, and per request). A plain GET form: no session, nothing to expire, no script.
 */
@Named
@RequestScoped
public class OpenRequestPage {

    @Inject
    Tickets tickets;

    @Inject
    Pages pages;

    private boolean wrong;

    public void load() {
        var number = number();
        var code = code();
        if (number.isEmpty() && code.isEmpty()) {
            return;
        }
        var found = number.isEmpty() || code.isEmpty() ? java.util.Optional.<org.hausdesk.ticket.entity.Ticket>empty()
                : tickets.forResident(number, code);
        if (found.isPresent()) {
            pages.redirect(Links.residentPath(found.get().number(), AccessTokens.plain(code)));
            return;
        }
        wrong = true;
        pages.status(404);
    }

    /** The number as typed, without spaces (people write "2026 - 0042"). */
    public String number() {
        var typed = pages.param("nummer");
        return typed == null ? "" : typed.replaceAll("\\s", "").replaceAll("[‐‑–—]", "-");
    }

    public String code() {
        var typed = pages.param("code");
        return typed == null ? "" : typed.strip();
    }

    /** Number and code were given, and they do not open a request. */
    public boolean wrong() {
        return wrong;
    }
}
