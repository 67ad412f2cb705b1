-- Pictures and PDF files residents and helpers attach to a ticket. The files live outside the web
-- root under random names (hausdesk.attachments.dir); this table knows which belongs where.
CREATE SEQUENCE attachment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE attachment (
    id            BIGINT        NOT NULL PRIMARY KEY,
    ticket_id     BIGINT        NOT NULL REFERENCES ticket (id),
    stored_name   VARCHAR(64)   NOT NULL,
    file_name     VARCHAR(100)  NOT NULL,
    content_type  VARCHAR(40)   NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    by_resident   BOOLEAN       NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT attachment_stored_name_unique UNIQUE (stored_name)
);
CREATE INDEX attachment_ticket ON attachment (ticket_id);
