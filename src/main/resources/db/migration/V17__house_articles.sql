-- Hausdesk schema, version 17: house FAQ articles. An article written by a house's helpers for their house only
-- (e.g. the Wi-Fi in the common room) names that house by its slug; every other article (house null) is for all
-- houses. Revisions record it like the rest of the content.
ALTER TABLE article ADD COLUMN house VARCHAR(40);
ALTER TABLE article_revision ADD COLUMN house VARCHAR(40);
CREATE INDEX article_house ON article (house);
