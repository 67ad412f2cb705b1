-- Hausdesk schema, version 4: searches that found nothing, so coordinators see which FAQ articles
-- are missing. Only the (normalised) text is kept, never who searched.
CREATE TABLE search_miss (
    query_text  VARCHAR(200) NOT NULL PRIMARY KEY,
    times       INTEGER      NOT NULL,
    last_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
