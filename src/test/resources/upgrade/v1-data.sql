-- A cooperative's data as schema version 1 held it (the first release): the upgrade drill loads it, migrates to the
-- newest schema and starts Hausdesk on it. Ids far above what the sequences hand out.
INSERT INTO house (id, slug, name, created_at) VALUES (900001, 'altbau', 'Altbau Eichenweg 1', '2025-01-10 09:00:00+00');
INSERT INTO account (id, username, display_name, email, password_hash, role, language, active, created_at)
    VALUES (900001, 'altehelferin', 'Greta Alt', NULL, 'no-sign-in', 'HELPER', 'de', TRUE, '2025-01-10 09:00:00+00');
INSERT INTO house_helper (account_id, house_id) VALUES (900001, 900001);
INSERT INTO ticket_counter (counter_year, last_value) VALUES (2025, 7);
INSERT INTO ticket (id, number, house_id, category, priority, state, assignee_id, subject, description, requester_name,
                    requester_phone, requester_email, access_token_hash, created_at, updated_at, version)
    VALUES (900001, '2025-0007', 900001, 'MESSENGER', 'NORMAL', 'IN_PROGRESS', 900001, 'Messenger zeigt keine Nachrichten',
            'Seit dem Update sehe ich im Messenger keine neuen Nachrichten mehr.', 'Frau Altbestand', '0000 111111', NULL,
            'a716dd3cdd20b127cf581f7d85f758b5f51e80ab86e18d2e1505681a86584e56', '2025-03-01 10:00:00+00',
            '2025-03-01 11:00:00+00', 2);
INSERT INTO ticket_entry (id, ticket_id, kind, author_account_id, author_name, body, created_at)
    VALUES (900001, 900001, 'REPLY', 900001, 'Greta Alt', 'Bitte einmal ab- und wieder anmelden.', '2025-03-01 11:00:00+00');
INSERT INTO ticket_entry (id, ticket_id, kind, author_account_id, author_name, body, created_at)
    VALUES (900002, 900001, 'NOTE', 900001, 'Greta Alt', 'Kenne ich vom Nachbarhaus.', '2025-03-01 11:01:00+00');
