-- Hausdesk schema, version 16: bringing new residents in. The cooperative's checklist of steps (defined once, renamed,
-- added to or retired by a coordinator), a house's households as minimal entries (a label such as "Whg. 2.3",
-- optionally a first name and a contact, only with the household's agreement) and, per household and step, where it
-- stands, who helped and when.
-- (EclipseLink takes a block of 50 ending at the value it reads: starting at 100 keeps 1-50 for the steps below)
CREATE SEQUENCE onboarding_step_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE onboarding_step (
    id            BIGINT        NOT NULL PRIMARY KEY,
    name          VARCHAR(100)  NOT NULL,
    progress_text VARCHAR(100)  NOT NULL,
    article_slug  VARCHAR(80),
    position      INTEGER       NOT NULL,
    retired       BOOLEAN       DEFAULT FALSE NOT NULL,
    version       BIGINT        DEFAULT 0 NOT NULL
);
INSERT INTO onboarding_step (id, name, progress_text, article_slug, position) VALUES
    (1, 'Cloud-Konto angelegt', 'haben Zugang zur Cloud', 'passwort-aendern', 1),
    (2, 'Erste Anmeldung geschafft', 'haben sich schon einmal angemeldet', 'anmeldung-klappt-nicht-trotz-passwort', 2),
    (3, 'Messenger auf dem Handy', 'haben den Messenger auf dem Handy', 'messenger-erste-anmeldung', 3),
    (4, 'Im Chatraum des Hauses', 'sind im Chatraum des Hauses', 'messenger-raum-beitreten-einladung', 4),
    (5, 'Videokonferenz ausprobiert', 'haben eine Videokonferenz ausprobiert', 'videokonferenz-mit-dem-handy', 5);

CREATE SEQUENCE household_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE household (
    id            BIGINT        NOT NULL PRIMARY KEY,
    house_id      BIGINT        NOT NULL REFERENCES house (id),
    label         VARCHAR(40)   NOT NULL,
    first_name    VARCHAR(60),
    contact       VARCHAR(200),
    agreed        BOOLEAN       DEFAULT FALSE NOT NULL,
    moved_out_on  DATE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT household_label_unique UNIQUE (house_id, label)
);

CREATE SEQUENCE household_step_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE household_step (
    id            BIGINT        NOT NULL PRIMARY KEY,
    household_id  BIGINT        NOT NULL REFERENCES household (id) ON DELETE CASCADE,
    step_id       BIGINT        NOT NULL REFERENCES onboarding_step (id),
    status        VARCHAR(12)   NOT NULL,
    changed_by    BIGINT        REFERENCES account (id),
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ticket_number VARCHAR(20),
    CONSTRAINT household_step_unique UNIQUE (household_id, step_id),
    CONSTRAINT household_step_status_check CHECK (status IN ('OPEN', 'DONE', 'NEEDS_HELP', 'NOT_WANTED'))
);
CREATE INDEX household_step_step ON household_step (step_id);
