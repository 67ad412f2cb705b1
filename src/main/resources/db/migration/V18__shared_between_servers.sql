-- What several Hausdesk servers on one database share besides the data itself.

-- Rate limits and the sign-in throttle counted in the database (hausdesk.platform.shared-limits=true): a token
-- bucket per key (limit name and client address, username or ticket number), as each server keeps in memory
-- otherwise: the tokens left when it was last used (updated_ms, epoch milliseconds).
CREATE TABLE rate_count (
    name        VARCHAR(200)     PRIMARY KEY,
    tokens      DOUBLE PRECISION NOT NULL,
    updated_ms  BIGINT           NOT NULL
);
CREATE INDEX rate_count_updated ON rate_count (updated_ms);

-- Scheduled jobs run on one server at a time: a server runs a job's round only while it holds its lease
-- (held_until, epoch milliseconds).
CREATE TABLE job_lease (
    name        VARCHAR(100) PRIMARY KEY,
    holder      VARCHAR(200) NOT NULL,
    held_until  BIGINT       NOT NULL
);
