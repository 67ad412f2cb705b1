package org.hausdesk.platform.entity;

/** The caller may see the thing but not do this to it, e.g. closing a ticket someone else works on. Answered with 403. */
public class NotPermitted extends RuntimeException {

    public NotPermitted(String message) {
        super(message);
    }
}
