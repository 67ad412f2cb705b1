package org.hausdesk.ticket.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.hausdesk.account.control.SessionTokens;
import org.hausdesk.platform.control.Links;
import org.hausdesk.platform.entity.EmailAddresses;
import org.hausdesk.ticket.control.ResidentSignIns;
import org.hausdesk.ticket.entity.Ticket;
import org.hausdesk.web.Language;
import org.hausdesk.web.Pages;

/**
 * "Meine Anfragen" ({@code /meine-anfragen}): a resident asks for a sign-in link by e-mail, opens it,
 * and sees all requests filed with that address; each opens under a fresh private link. The answer
 * to "send me a link" is the same whether the address has requests or not.
 */
@Named
@RequestScoped
public class MyRequestsPage {

    @Inject
    ResidentSignIns signIns;


    @Inject
    SessionTokens sessionTokens;

    @Inject
    Pages pages;

    @Inject
    Language language;

    private String email;

    /** Before the page is shown: a sign-in link in the address is used up and the resident signed in. */
    public void load() {
        if (pages.param("oeffnen") != null && "POST".equals(request().getMethod())) {
            open();
            return;
        }
        var token = pages.param("anmeldung");
        if (token == null) {
            return;
        }
        var proved = signIns.redeem(token);
        if (proved.isEmpty()) {
            pages.error("myRequests.linkInvalid");
            return;
        }
        sessionTokens.newSession(request()).setAttribute(ResidentSignIns.SESSION_RESIDENT, proved.get());
        pages.redirect("/meine-anfragen", "signedInResident"); // the token leaves the address bar
    }

    public String signedInAs() {
        var session = request().getSession(false);
        return session == null ? null : (String) session.getAttribute(ResidentSignIns.SESSION_RESIDENT);
    }

    public List<Ticket> requests() {
        return signedInAs() == null ? List.of() : signIns.ticketsOf(signedInAs());
    }

    public String sendLink() {
        if (!EmailAddresses.valid(email)) {
            pages.fieldError("email", "request.contact.invalid");
            return null;
        }
        signIns.sendLink(email, language.code());
        pages.redirect("/meine-anfragen", "signInSent");
        return null;
    }

    /** Opens one of the resident's requests under a fresh private link. */
    public String open() {
        var number = pages.param("oeffnen");
        var signedIn = signedInAs();
        if (signedIn == null || number == null) {
            pages.notFound();
            return null;
        }
        signIns.linkTo(number, signedIn).ifPresentOrElse(
                token -> pages.redirect(Links.residentPath(number, token)),
                pages::notFound);
        return null;
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
