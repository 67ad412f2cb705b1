-- Hausdesk schema, version 14: a house's stage (planned, under construction, occupied) and its expected move-in
-- date. Houses that exist already are occupied.
ALTER TABLE house ADD COLUMN stage VARCHAR(20) DEFAULT 'OCCUPIED' NOT NULL;
ALTER TABLE house ADD COLUMN move_in_on DATE;
ALTER TABLE house ADD CONSTRAINT house_stage_check CHECK (stage IN ('PLANNED', 'UNDER_CONSTRUCTION', 'OCCUPIED'));
