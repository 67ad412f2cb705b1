package org.hausdesk.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** H2 writes each commit before Hausdesk answers: a killed process keeps every confirmed request. */
class HausdeskDataSourceTest {

    @Test
    void anH2UrlWritesEveryCommitUnlessItSaysOtherwise() {
        assertEquals("jdbc:h2:file:./data/hausdesk;LOCK_TIMEOUT=10000;WRITE_DELAY=0",
                HausdeskDataSource.durable("jdbc:h2:file:./data/hausdesk;LOCK_TIMEOUT=10000"));
        assertEquals("jdbc:h2:file:/srv/hausdesk;WRITE_DELAY=0", HausdeskDataSource.durable("jdbc:h2:file:/srv/hausdesk"));
        assertEquals("jdbc:h2:file:./x;write_delay=500", HausdeskDataSource.durable("jdbc:h2:file:./x;write_delay=500"),
                "an administrator who chose a delay keeps it");
    }
}
