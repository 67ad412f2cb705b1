package org.hausdesk.it.arquillian;


/**
 * Which database this test JVM runs on ({@code hausdesk.it.database}, set per failsafe execution), and the settings
 * that belong to it: each database's run has its own Payara Micro, database, index, attachments, FAQ folder and
 * ports for the mail, chat and OpenID receivers the tests start. The build passes both sets as
 * {@code hausdesk.it.<database>.<key>}; a key without a database-specific value falls back to
 * {@code hausdesk.it.<key>}.
 */
public final class TestRun {

    public static final String H2 = "H2";
    public static final String POSTGRESQL = "PostgreSQL";
    private static final String DATABASE = "hausdesk.it.database";

    private TestRun() {
    }

    public static String database() {
        var database = System.getProperty(DATABASE, H2);
        return database.isBlank() ? H2 : database;
    }

    public static boolean onPostgreSQL() {
        return POSTGRESQL.equalsIgnoreCase(database());
    }

    /** A setting of this run: {@code hausdesk.it.<database>.<key>}, else {@code hausdesk.it.<key>}. */
    public static String setting(String key) {
        var database = onPostgreSQL() ? "postgresql" : "h2";
        var value = System.getProperty("hausdesk.it." + database + "." + key, System.getProperty("hausdesk.it." + key));
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The build sets no hausdesk.it." + database + "."
                    + key + " (see the failsafe configuration in pom.xml)");
        }
        return value;
    }

    public static int port(String key) {
        return Integer.parseInt(setting(key + ".port"));
    }

    /** What the server of this run gets on top of the build's environment: its database and its own places. */
    static String serverOptions() {
        return String.join(" ",
                "-Dhausdesk.platform.db-url=" + setting("db-url"),
                "-Dhausdesk.search.index-dir=" + setting("index-dir"),
                "-Dhausdesk.ticket.attachments-dir=" + setting("attachments"),
                "-Dhausdesk.kb.content-dir=" + setting("kb-dir"),
                "-Dhausdesk.notify.mail-port=" + port("smtp"),
                // mail in: the same GreenMail's IMAP, without TLS; rounds run when a test asks (test-rounds/mail-in)
                "-Dhausdesk.mail-in.host=127.0.0.1", "-Dhausdesk.mail-in.port=" + port("imap"),
                "-Dhausdesk.mail-in.tls=false", "-Dhausdesk.mail-in.username=" + org.hausdesk.it.Mailbox.HAUSDESK_LOGIN,
                "-Dhausdesk.mail-in.password=" + org.hausdesk.it.Mailbox.HAUSDESK_PASSWORD,
                "-Dhausdesk.mail-in.address=" + org.hausdesk.it.Mailbox.HAUSDESK,
                "-Dhausdesk.mail-in.secret=integration-tests-only-0123456789abcdef",
                "-Dhausdesk.mail-in.poll-interval=PT12H", "-Dhausdesk.mail-in.per-sender-per-hour=5",
                "-Dhausdesk.mail-in.max-bytes=2000000",
                "-Dhausdesk.notify.chat-webhook-url=http://127.0.0.1:" + port("webhook") + "/hook",
                "-Dhausdesk.account.oidc-provider-uri=http://127.0.0.1:" + port("oidc") + "/default",
                // the limits' two ways of counting, each under every limit test: in memory on H2, in the database
                // (as two servers share them) on PostgreSQL
                "-Dhausdesk.platform.shared-limits=" + onPostgreSQL());
    }
}
