-- The FAQ as schema version 3 (the first with the knowledge base) held it: an article with two revisions.
INSERT INTO article (id, slug, title, problem, solution, category, tags, language, visibility, status, helpful_yes,
                     helpful_no, revision_number, created_at, updated_at, published_at, version)
    VALUES (900001, 'altbau-klingelanlage-app', 'Türklingel-App im Altbau verbinden', 'Die Klingel-App findet die Anlage nicht.',
            'Öffnen Sie die Türklingel-App und wählen Sie **Anlage suchen**.', 'DEVICE', 'klingel,tür', 'de', 'PUBLIC',
            'PUBLISHED', 3, 1, 2, '2025-02-01 09:00:00+00', '2025-02-02 09:00:00+00', '2025-02-02 09:00:00+00', 2);
INSERT INTO article_revision (id, article_id, number, title, problem, solution, category, tags, language, visibility,
                              author_account_id, author_name, source, created_at)
    VALUES (900001, 900001, 1, 'Klingel-App', NULL, 'Erste Fassung.', 'DEVICE', NULL, 'de', 'PUBLIC', 900001, 'Greta Alt',
            'APP', '2025-02-01 09:00:00+00');
INSERT INTO article_revision (id, article_id, number, title, problem, solution, category, tags, language, visibility,
                              author_account_id, author_name, source, created_at)
    VALUES (900002, 900001, 2, 'Türklingel-App im Altbau verbinden', 'Die Klingel-App findet die Anlage nicht.',
            'Öffnen Sie die Türklingel-App und wählen Sie **Anlage suchen**.', 'DEVICE', 'klingel,tür', 'de', 'PUBLIC',
            900001, 'Greta Alt', 'APP', '2025-02-02 09:00:00+00');
