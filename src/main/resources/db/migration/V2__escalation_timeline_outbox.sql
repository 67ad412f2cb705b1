-- Hausdesk schema, version 2: escalation to the shared queue, the ticket timeline, private links
-- that can be revoked, absences of helpers, and the outbox for e-mails and chat webhooks.
-- Same file for H2 and PostgreSQL.

ALTER TABLE ticket ADD COLUMN escalation VARCHAR(10) DEFAULT 'HOUSE' NOT NULL;
ALTER TABLE ticket ADD COLUMN escalated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ticket ADD COLUMN ever_escalated BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE ticket ADD COLUMN auto_escalated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ticket ADD COLUMN first_reply_seconds BIGINT;
ALTER TABLE ticket ADD COLUMN solved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ticket ADD COLUMN language VARCHAR(5) DEFAULT 'de' NOT NULL;
ALTER TABLE ticket ADD COLUMN filed_by_id BIGINT REFERENCES account (id);
ALTER TABLE ticket ADD CONSTRAINT ticket_escalation_check CHECK (escalation IN ('HOUSE', 'SHARED'));
CREATE INDEX ticket_escalation_state ON ticket (escalation, state);
CREATE INDEX ticket_unclaimed ON ticket (house_id, state, created_at);

-- how long a ticket may stay unclaimed in this house's queue; NULL: the configured default
ALTER TABLE house ADD COLUMN escalate_after_seconds BIGINT;

-- Private links: a ticket may have several (each e-mail to the resident carries its own);
-- only the SHA-256 of a token is stored, and a link can be revoked.
CREATE TABLE ticket_token (
    token_hash  VARCHAR(64) NOT NULL PRIMARY KEY,
    ticket_id   BIGINT      NOT NULL REFERENCES ticket (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ticket_token_ticket ON ticket_token (ticket_id);
INSERT INTO ticket_token (token_hash, ticket_id, created_at)
    SELECT access_token_hash, id, created_at FROM ticket;
ALTER TABLE ticket DROP COLUMN access_token_hash;

CREATE SEQUENCE ticket_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE ticket_event (
    id                BIGINT        NOT NULL PRIMARY KEY,
    ticket_id         BIGINT        NOT NULL REFERENCES ticket (id),
    type              VARCHAR(20)   NOT NULL,
    actor_account_id  BIGINT        REFERENCES account (id),
    actor_name        VARCHAR(120)  NOT NULL,
    detail            VARCHAR(1000),
    public_event      BOOLEAN       NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ticket_event_ticket ON ticket_event (ticket_id);
-- tickets filed before the timeline existed get their FILED event; negative ids never collide
-- with the sequence
INSERT INTO ticket_event (id, ticket_id, type, actor_name, public_event, created_at)
    SELECT -id, id, 'FILED', requester_name, TRUE, created_at FROM ticket;

CREATE SEQUENCE absence_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE absence (
    id          BIGINT       NOT NULL PRIMARY KEY,
    account_id  BIGINT       NOT NULL REFERENCES account (id),
    starts_on   DATE         NOT NULL,
    ends_on     DATE         NOT NULL,
    note        VARCHAR(200),
    CONSTRAINT absence_period_check CHECK (ends_on >= starts_on)
);
CREATE INDEX absence_account ON absence (account_id, ends_on);

CREATE SEQUENCE outbox_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outbox_message (
    id               BIGINT         NOT NULL PRIMARY KEY,
    channel          VARCHAR(10)    NOT NULL,
    recipient        VARCHAR(500)   NOT NULL,
    subject          VARCHAR(300)   NOT NULL,
    body_text        VARCHAR(20000),
    body_html        VARCHAR(40000),
    ticket_number    VARCHAR(20),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts         INTEGER        NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until    TIMESTAMP WITH TIME ZONE,
    sent_at          TIMESTAMP WITH TIME ZONE,
    gave_up_at       TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(1000),
    CONSTRAINT outbox_channel_check CHECK (channel IN ('MAIL', 'WEBHOOK'))
);
CREATE INDEX outbox_due ON outbox_message (sent_at, gave_up_at, next_attempt_at);
