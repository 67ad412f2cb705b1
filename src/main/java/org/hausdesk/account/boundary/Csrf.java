package org.hausdesk.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.hausdesk.account.control.SessionTokens;

/** For every form: the signed-in session's anti-forgery token ("" without a session). */
@Named
@RequestScoped
public class Csrf {

    @Inject
    HttpServletRequest request;

    public String token() {
        return SessionTokens.of(request.getSession(false));
    }
}
