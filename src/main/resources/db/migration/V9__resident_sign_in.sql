-- Residents sign in with a link sent to their e-mail address, to see all their requests.
-- Only the SHA-256 of the link's token is kept; a link works once and for a short time.
CREATE TABLE resident_sign_in (
    token_hash  VARCHAR(64)   NOT NULL PRIMARY KEY,
    email       VARCHAR(254)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX resident_sign_in_email ON resident_sign_in (email, created_at);
