package org.hausdesk.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hausdesk.account.control.SignInThrottle;
import org.hausdesk.platform.control.ClientAddress;
import org.hausdesk.web.Pages;

/**
 * The sign-in page for helpers and coordinators ({@code /anmelden}). A failure says only that name
 * or password were wrong, never whether the account exists; repeated failures are slowed down by
 * the identity store. Afterwards back to the page that asked for it (only pages of Hausdesk).
 */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    SecurityContext security;

    @Inject
    Pages pages;

    @Inject
    SignInThrottle throttle;

    private String username;
    private String password;

    public String next() {
        var next = pages.param("weiter");
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.contains("\r") && !next.contains("\n") ? next : "/helfer";
    }

    public String signIn() {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            pages.error("signin.failed");
            return null;
        }
        var external = FacesContext.getCurrentInstance().getExternalContext();
        long wait = throttle.retryAfter(username,
                ClientAddress.of((HttpServletRequest) external.getRequest()));
        if (wait > 0) {
            external.setResponseStatus(429);
            external.setResponseHeader("Retry-After", Long.toString(wait));
            pages.error("signin.wait", (wait + 59) / 60);
            password = null;
            return null;
        }
        var status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username.strip(), new Password(password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            pages.redirect(next());
        } else {
            pages.error("signin.failed");
        }
        return null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
