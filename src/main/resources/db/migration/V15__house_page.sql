-- Hausdesk schema, version 15: what a house's own page (/haus/<slug>) tells its residents besides its helpers:
-- the helpers' office hours and a notice.
ALTER TABLE house ADD COLUMN office_hours VARCHAR(200);
ALTER TABLE house ADD COLUMN notice VARCHAR(1000);
