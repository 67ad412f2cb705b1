-- Hausdesk schema, version 5: outages. Similar tickets from several houses at the same time (the
-- cloud is down) are linked to one outage, so that one helper can answer them all.

CREATE SEQUENCE outage_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outage (
    id               BIGINT        NOT NULL PRIMARY KEY,
    title            VARCHAR(200)  NOT NULL,
    created_by_name  VARCHAR(120)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

ALTER TABLE ticket ADD COLUMN outage_id BIGINT REFERENCES outage (id);
CREATE INDEX ticket_outage ON ticket (outage_id);
