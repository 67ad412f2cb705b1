package org.hausdesk.platform.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The data source of the application. H2 in {@code ./data} by default, so that Hausdesk runs
 * with no setup; PostgreSQL in production through {@code HAUSDESK_PLATFORM_DB_URL},
 * {@code HAUSDESK_PLATFORM_DB_USER} and {@code HAUSDESK_PLATFORM_DB_PASSWORD} (see {@link PlatformConfig}).
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "org.hausdesk.platform.control.HausdeskDataSource",
        url = "${MPCONFIG=hausdesk.platform.db-url:jdbc:h2:file:./data/hausdesk;LOCK_TIMEOUT=10000}",
        user = "${MPCONFIG=hausdesk.platform.db-user:}",
        password = "${MPCONFIG=hausdesk.platform.db-password:}",
        minPoolSize = 1,
        maxPoolSize = 20,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data"})
@DataSourceDefinition(
        name = Database.SHARED_JNDI_NAME,
        className = "org.hausdesk.platform.control.HausdeskDataSource",
        url = "${MPCONFIG=hausdesk.platform.db-url:jdbc:h2:file:./data/hausdesk;LOCK_TIMEOUT=10000}",
        user = "${MPCONFIG=hausdesk.platform.db-user:}",
        password = "${MPCONFIG=hausdesk.platform.db-password:}",
        transactional = false,
        minPoolSize = 0,
        maxPoolSize = 10,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                // these statements take a millisecond: never let a request queue long for one
                "fish.payara.max-wait-time-in-millis=2000"})
@ApplicationScoped
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/hausdesk";

    /**
     * The same database outside any transaction, for the short statements servers use to share counters and
     * job leases ({@link DatabaseRateLimiter}, {@link JobLeases}): they commit at once, never join a business
     * transaction, and never wait for a connection while holding one.
     */
    public static final String SHARED_JNDI_NAME = "java:app/jdbc/hausdesk-shared";

    /**
     * Whether an insert failed because another transaction inserted the same key: SQLState 23505 (H2 and PostgreSQL),
     * or H2's error 90131, which it raises at once when that other transaction has not committed yet.
     */
    public static boolean isInsertRace(java.sql.SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            for (var sql = cause instanceof java.sql.SQLException s ? s : null; sql != null; sql = sql.getNextException()) {
                if ("23505".equals(sql.getSQLState()) || sql.getErrorCode() == 90131 && "90131".equals(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }
}
