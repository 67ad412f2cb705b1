package org.hausdesk.account.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The anti-forgery rule: without a signed-in session nothing to check; with one, only its own token. */
class SessionTokensTest {

    @Test
    void withoutASessionEveryChangeIsLeftToTheOtherChecks() {
        assertTrue(SessionTokens.accepts(null, null));
        assertTrue(SessionTokens.accepts(null, "anything"));
    }

    @Test
    void withASessionOnlyItsTokenIsAccepted() {
        var session = new FakeSession();
        new SessionTokens().issue(session);
        var token = SessionTokens.of(session);
        assertTrue(token.length() >= 40, token);
        assertTrue(SessionTokens.accepts(session, token));
        assertFalse(SessionTokens.accepts(session, null));
        assertFalse(SessionTokens.accepts(session, ""));
        assertFalse(SessionTokens.accepts(session, token + "x"));
        assertFalse(SessionTokens.accepts(session, token.substring(1)));
    }

    /** Just enough of a session to hold attributes. */
    private static final class FakeSession implements jakarta.servlet.http.HttpSession {
        private final java.util.Map<String, Object> attributes = new java.util.HashMap<>();

        @Override public Object getAttribute(String name) { return attributes.get(name); }
        @Override public void setAttribute(String name, Object value) { attributes.put(name, value); }
        @Override public void removeAttribute(String name) { attributes.remove(name); }
        @Override public java.util.Enumeration<String> getAttributeNames() { return java.util.Collections.enumeration(attributes.keySet()); }
        @Override public long getCreationTime() { return 0; }
        @Override public String getId() { return "test"; }
        @Override public long getLastAccessedTime() { return 0; }
        @Override public jakarta.servlet.ServletContext getServletContext() { return null; }
        @Override public void setMaxInactiveInterval(int interval) { }
        @Override public int getMaxInactiveInterval() { return 0; }
        @Override public void invalidate() { attributes.clear(); }
        @Override public boolean isNew() { return false; }
    }
}
