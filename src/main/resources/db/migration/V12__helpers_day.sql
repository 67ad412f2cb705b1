-- Hausdesk schema, version 12: what the helpers' queue needs to answer "what needs me?" without reading every
-- conversation, and the helpers' daily summary.
--   resident_wrote_at: when the resident last wrote after filing (null: not since filing)
--   awaiting_since:    since when the resident waits for a helper's answer (from filing, or from their first
--                      message after a helper's answer); null while a helper answered last or the ticket is done
ALTER TABLE ticket ADD COLUMN resident_wrote_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ticket ADD COLUMN awaiting_since TIMESTAMP WITH TIME ZONE;

UPDATE ticket SET resident_wrote_at = (SELECT MAX(e.created_at) FROM ticket_entry e
    WHERE e.ticket_id = ticket.id AND e.kind = 'REPLY' AND e.author_account_id IS NULL);

-- open tickets nobody answered yet wait since they were filed
UPDATE ticket SET awaiting_since = created_at
WHERE state IN ('NEW', 'IN_PROGRESS')
  AND NOT EXISTS (SELECT 1 FROM ticket_entry e WHERE e.ticket_id = ticket.id AND e.kind = 'REPLY'
                  AND e.author_account_id IS NOT NULL);

-- open tickets whose resident wrote after the last helper's answer wait since the first such message
UPDATE ticket SET awaiting_since = (SELECT MIN(r.created_at) FROM ticket_entry r
        WHERE r.ticket_id = ticket.id AND r.kind = 'REPLY' AND r.author_account_id IS NULL
          AND r.created_at > (SELECT MAX(h.created_at) FROM ticket_entry h WHERE h.ticket_id = ticket.id
                              AND h.kind = 'REPLY' AND h.author_account_id IS NOT NULL))
WHERE state IN ('NEW', 'IN_PROGRESS') AND awaiting_since IS NULL;

-- A helper's choice to get one e-mail a day about their houses, and the day it was last sent (in the
-- cooperative's time zone): a node sends it only after moving this day forward itself, so it goes out once.
ALTER TABLE account ADD COLUMN daily_summary BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account ADD COLUMN summary_sent_on DATE;
