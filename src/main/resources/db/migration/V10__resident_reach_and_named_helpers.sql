-- How a resident who gave neither phone nor e-mail is reached: at their door ("Whg. 2.3, bitte klingeln").
ALTER TABLE ticket ADD COLUMN requester_door VARCHAR(120);
-- A helper's consent to be named (first name only) to the residents of their houses.
ALTER TABLE account ADD COLUMN named_to_residents BOOLEAN DEFAULT FALSE NOT NULL;
