-- What several Hausdesk servers on one database share besides the data itself.

-- Rate limits and the sign-in throttle counted in the database (hausdesk.platform.shared-limits=true): uses of a key
-- (operation and client address, or username) in the window that ends at window_end (epoch seconds), and in the
-- window before it.
CREATE TABLE rate_count (
    name           VARCHAR(200) PRIMARY KEY,
    window_end     BIGINT       NOT NULL,
    used           INTEGER      NOT NULL,
    previous_used  INTEGER      NOT NULL
);
CREATE INDEX rate_count_window_end ON rate_count (window_end);

-- Scheduled jobs run on one server at a time: a server runs a job's round only while it holds its lease.
CREATE TABLE job_lease (
    name        VARCHAR(100) PRIMARY KEY,
    holder      VARCHAR(200) NOT NULL,
    held_until  BIGINT       NOT NULL
);
