package org.hausdesk.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.hausdesk.account.control.Accounts;
import org.hausdesk.account.control.Caller;
import org.hausdesk.account.control.SessionTokens;
import org.hausdesk.account.control.SignInThrottle;
import org.hausdesk.platform.boundary.Problems;
import org.hausdesk.platform.control.Audited;
import org.hausdesk.platform.control.ClientAddress;
import org.hausdesk.platform.control.TextInput;

/**
 * How helpers and coordinators are recognised.
 * <ul>
 * <li>API clients send HTTP Basic credentials with every request (over TLS); no session is made.</li>
 * <li>In the browser they sign in on the sign-in page; the session then remembers who they are
 * until they sign out or it times out. Signing in always starts a new session (a session id
 * known before cannot be used afterwards).</li>
 * </ul>
 * Requests without either pass through as anonymous: the public pages and endpoints need none, and
 * every other one refuses them ({@link Caller}).
 */
@ApplicationScoped
public class Authentication implements HttpAuthenticationMechanism {

    /** The session attribute holding the signed-in user's name. */
    public static final String SESSION_USER = "hausdesk.user";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SessionTokens sessionTokens;

    @Inject
    Event<Audited> audit;

    @Inject
    SignInThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        var header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            var credential = basicCredential(header.substring(6).strip());
            if (throttled(request, response, credential.getCaller())) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (TextInput.hasControlCharacters(credential.getCaller())
                    || TextInput.hasControlCharacters(credential.getPasswordAsString())) {
                // no account has such a name: a failure like any other, counted, without asking the database
                throttle.failed(Accounts.normalizeUsername(credential.getCaller()), ClientAddress.of(request));
            } else {
                var result = identityStores.validate(credential);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
            audit.fire(new Audited(attempted(header), "SIGN_IN_FAILED", "api"));
            return unauthorized(request, response);
        }
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            var result = identityStores.validate(context.getAuthParameters().getCredential());
            var credential = context.getAuthParameters().getCredential();
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                audit.fire(new Audited(credential instanceof UsernamePasswordCredential login ? login.getCaller() : null,
                        "SIGN_IN_FAILED", "page"));
                return AuthenticationStatus.SEND_FAILURE;
            }
            startSession(request, result.getCallerPrincipal().getName(), "page");
            return context.notifyContainerAboutLogin(result);
        }
        var session = request.getSession(false);
        var user = session == null ? null : (String) session.getAttribute(SESSION_USER);
        if (user != null) {
            return context.notifyContainerAboutLogin(user, Set.of());
        }
        return context.doNothing();
    }

    /**
     * Too many failed sign-ins for this name or from this address: {@code 429} with {@code Retry-After},
     * without looking at the password (true), or go ahead (false).
     */
    boolean throttled(HttpServletRequest request, HttpServletResponse response, String username) {
        long wait = throttle.retryAfter(username, ClientAddress.of(request));
        if (wait == 0) {
            return false;
        }
        audit.fire(new Audited(username, "SIGN_IN_FAILED", "too many attempts"));
        response.setHeader("Retry-After", Long.toString(wait));
        try {
            Problems.write(request, response, 429,
                    "Too many failed sign-ins; please wait (about %d seconds)".formatted(wait),
                    "Zu viele fehlgeschlagene Anmeldungen. Bitte warten Sie etwa %d Sekunden.".formatted(wait));
        } catch (java.io.IOException e) {
            response.setStatus(429);
        }
        return true;
    }

    /** Hausdesk's own 401 for the API, with the security headers, not the container's error report. */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Hausdesk\"");
        try {
            Problems.write(request, response, 401, "Sign in as a helper or coordinator",
                    "Benutzername oder Passwort stimmen nicht");
        } catch (java.io.IOException e) {
            response.setStatus(401);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * After a successful sign-in (password or cloud): a new session (never an id that was known
     * before), remembering who it is, with its anti-forgery token; the audit log is told.
     */
    void startSession(HttpServletRequest request, String username, String via) {
        sessionTokens.newSession(request).setAttribute(SESSION_USER, username);
        audit.fire(new Audited(username, "SIGN_IN", via));
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private static String attempted(String header) {
        return basicCredential(header.substring(6).strip()).getCaller();
    }

    private static UsernamePasswordCredential basicCredential(String encoded) {
        try {
            var decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? new UsernamePasswordCredential(decoded, "")
                    : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return new UsernamePasswordCredential("", "");
        }
    }
}
