-- Data protection: when a ticket's personal data was removed (erasure or retention), and the audit log.
ALTER TABLE ticket ADD COLUMN anonymized_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ticket_closed ON ticket (state, closed_at);

CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;
-- who did what to which object, when, from where; never passwords, tokens or ticket text
CREATE TABLE audit_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(120)  NOT NULL,
    action      VARCHAR(40)   NOT NULL,
    target      VARCHAR(400),
    address     VARCHAR(64)
);
CREATE INDEX audit_event_at ON audit_event (at);
