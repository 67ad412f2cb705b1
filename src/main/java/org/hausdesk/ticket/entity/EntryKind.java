package org.hausdesk.ticket.entity;

/** A public reply is seen by the resident; an internal note only by helpers and coordinators. */
public enum EntryKind {
    REPLY, NOTE
}
