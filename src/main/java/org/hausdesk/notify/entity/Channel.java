package org.hausdesk.notify.entity;

/** How a message leaves Hausdesk. */
public enum Channel {
    MAIL, WEBHOOK
}
