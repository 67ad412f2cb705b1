package org.hausdesk.platform.entity;

/** A request that conflicts with the current state of the data, e.g. claiming a claimed ticket. Answered with 409. */
public class RuleViolation extends RuntimeException {

    public RuleViolation(String message) {
        super(message);
    }
}
