-- Hausdesk schema, version 1: houses, accounts, tickets and their conversation.
-- The same file runs on H2 and PostgreSQL: keep to the SQL both understand.
-- Sequences advance by 50 to match the JPA allocationSize (EclipseLink hands out ids N-49..N).

CREATE SEQUENCE house_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE ticket_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE ticket_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE house (
    id          BIGINT       NOT NULL PRIMARY KEY,
    slug        VARCHAR(40)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT house_slug_unique UNIQUE (slug)
);

CREATE TABLE account (
    id             BIGINT       NOT NULL PRIMARY KEY,
    username       VARCHAR(40)  NOT NULL,
    display_name   VARCHAR(120) NOT NULL,
    email          VARCHAR(254),
    password_hash  VARCHAR(400) NOT NULL,
    role           VARCHAR(20)  NOT NULL,
    language       VARCHAR(5)   NOT NULL,
    active         BOOLEAN      NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_username_unique UNIQUE (username),
    CONSTRAINT account_role_check CHECK (role IN ('HELPER', 'COORDINATOR'))
);

CREATE TABLE house_helper (
    account_id  BIGINT NOT NULL REFERENCES account (id),
    house_id    BIGINT NOT NULL REFERENCES house (id),
    PRIMARY KEY (account_id, house_id)
);
CREATE INDEX house_helper_house ON house_helper (house_id);

-- One row per year: the running count behind ticket numbers such as 2026-0042.
CREATE TABLE ticket_counter (
    counter_year  INTEGER NOT NULL PRIMARY KEY,
    last_value    INTEGER NOT NULL
);

CREATE TABLE ticket (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    number             VARCHAR(20)   NOT NULL,
    house_id           BIGINT        NOT NULL REFERENCES house (id),
    category           VARCHAR(20)   NOT NULL,
    priority           VARCHAR(10)   NOT NULL,
    state              VARCHAR(20)   NOT NULL,
    assignee_id        BIGINT        REFERENCES account (id),
    subject            VARCHAR(200)  NOT NULL,
    description        VARCHAR(10000) NOT NULL,
    requester_name     VARCHAR(120)  NOT NULL,
    requester_phone    VARCHAR(40),
    requester_email    VARCHAR(254),
    access_token_hash  VARCHAR(64)   NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT ticket_number_unique UNIQUE (number),
    CONSTRAINT ticket_state_check CHECK (state IN ('NEW', 'IN_PROGRESS', 'WAITING', 'SOLVED', 'CLOSED'))
);
CREATE INDEX ticket_house_state ON ticket (house_id, state);
CREATE INDEX ticket_assignee ON ticket (assignee_id);

CREATE TABLE ticket_entry (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    ticket_id          BIGINT        NOT NULL REFERENCES ticket (id),
    kind               VARCHAR(10)   NOT NULL,
    author_account_id  BIGINT        REFERENCES account (id),
    author_name        VARCHAR(120)  NOT NULL,
    body               VARCHAR(10000) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ticket_entry_kind_check CHECK (kind IN ('REPLY', 'NOTE'))
);
CREATE INDEX ticket_entry_ticket ON ticket_entry (ticket_id);
