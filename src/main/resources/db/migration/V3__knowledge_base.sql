-- Hausdesk schema, version 3: the knowledge base (FAQ articles, their revisions, the tickets they
-- came from) and who may publish. Same file for H2 and PostgreSQL.

ALTER TABLE account ADD COLUMN may_publish BOOLEAN DEFAULT FALSE NOT NULL;

CREATE SEQUENCE article_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE article (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    slug               VARCHAR(80)    NOT NULL,
    title              VARCHAR(200)   NOT NULL,
    problem            VARCHAR(2000),
    solution           VARCHAR(50000) NOT NULL,
    category           VARCHAR(20)    NOT NULL,
    tags               VARCHAR(500),
    language           VARCHAR(5)     NOT NULL,
    visibility         VARCHAR(10)    NOT NULL,
    status             VARCHAR(10)    NOT NULL,
    helpful_yes        INTEGER        DEFAULT 0 NOT NULL,
    helpful_no         INTEGER        DEFAULT 0 NOT NULL,
    revision_number    INTEGER        NOT NULL,
    imported_revision  INTEGER,
    source_hash        VARCHAR(64),
    import_conflict    VARCHAR(500),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at       TIMESTAMP WITH TIME ZONE,
    version            BIGINT         NOT NULL,
    CONSTRAINT article_slug_unique UNIQUE (slug),
    CONSTRAINT article_status_check CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    CONSTRAINT article_visibility_check CHECK (visibility IN ('PUBLIC', 'HELPERS'))
);
CREATE INDEX article_category_status ON article (category, status);

CREATE TABLE article_ticket (
    article_id     BIGINT      NOT NULL REFERENCES article (id),
    ticket_number  VARCHAR(20) NOT NULL,
    PRIMARY KEY (article_id, ticket_number)
);

CREATE SEQUENCE article_revision_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE article_revision (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    article_id         BIGINT         NOT NULL REFERENCES article (id),
    number             INTEGER        NOT NULL,
    title              VARCHAR(200)   NOT NULL,
    problem            VARCHAR(2000),
    solution           VARCHAR(50000) NOT NULL,
    category           VARCHAR(20)    NOT NULL,
    tags               VARCHAR(500),
    language           VARCHAR(5)     NOT NULL,
    visibility         VARCHAR(10)    NOT NULL,
    author_account_id  BIGINT         REFERENCES account (id),
    author_name        VARCHAR(120)   NOT NULL,
    source             VARCHAR(10)    NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT article_revision_number_unique UNIQUE (article_id, number)
);
