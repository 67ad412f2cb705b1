-- Private links expire a set time after their ticket was closed: when it was closed.
ALTER TABLE ticket ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
