-- Hausdesk schema, version 13: mail that came in. One row per handled message, so that a message is handled once
-- even when it is fetched again (a stop between storing and deleting it, or a second server). A handled message
-- keeps only a digest of its Message-ID and of its sender (for the limit per sender); a message held for a
-- coordinator (unknown sender, forged reply address, no house) keeps sender, subject and text until a coordinator
-- deletes it or retention does.
CREATE SEQUENCE mail_in_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE mail_in (
    id             BIGINT         NOT NULL PRIMARY KEY,
    message_key    VARCHAR(64)    NOT NULL,
    sender_hash    VARCHAR(64),
    outcome        VARCHAR(20)    NOT NULL,
    reason         VARCHAR(200),
    ticket_number  VARCHAR(20),
    sender         VARCHAR(254),
    subject        VARCHAR(200),
    body           VARCHAR(10000),
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT mail_in_message_key_unique UNIQUE (message_key)
);
CREATE INDEX mail_in_sender ON mail_in (sender_hash, received_at);
CREATE INDEX mail_in_received ON mail_in (received_at);
