package org.hausdesk.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The anti-forgery token of a signed-in browser session: issued at sign-in, put into every form
 * as the hidden field {@value #FIELD}, and required on every change sent with the session.
 */
@ApplicationScoped
public class SessionTokens {

    public static final String FIELD = "csrf";
    static final String ATTRIBUTE = "hausdesk.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A new session for someone who just proved who they are (helper or resident): the old one, if
     * any, is ended, the new one never has an id that was known before, and gets its token.
     */
    public HttpSession newSession(HttpServletRequest request) {
        var previous = request.getSession(false);
        if (previous != null) {
            previous.invalidate();
        }
        var session = request.getSession(true);
        request.changeSessionId();
        issue(session);
        return session;
    }

    void issue(HttpSession session) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        session.setAttribute(ATTRIBUTE, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The session's token, or "" when there is no signed-in session. */
    public static String of(HttpSession session) {
        var token = session == null ? null : (String) session.getAttribute(ATTRIBUTE);
        return token == null ? "" : token;
    }

    /** Whether a change may be made: without a signed-in session always; with one only with its token. */
    public static boolean accepts(HttpSession session, String sent) {
        var expected = of(session);
        if (expected.isEmpty()) {
            return true;
        }
        return sent != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                sent.getBytes(StandardCharsets.US_ASCII));
    }
}
