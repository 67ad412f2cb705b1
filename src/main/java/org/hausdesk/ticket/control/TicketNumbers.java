package org.hausdesk.ticket.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.hausdesk.platform.control.Database;

/**
 * Draws ticket numbers. A number is drawn in a short transaction of its own on the data source outside business
 * transactions ({@link Database#SHARED_JNDI_NAME}): the year's counter row is locked only for that moment, so two
 * residents filing at the same moment, on one server or two, never get the same number, filings do not queue behind
 * each other's counter lock while they write their ticket, and drawing never waits for a second connection of the
 * pool the filing transaction already holds one of. A filing that fails after drawing leaves a gap in the year's
 * numbers.
 */
@ApplicationScoped
public class TicketNumbers {

    /** Numbers follow the year as the cooperative's residents see it (its time zone). */
    @Inject
    ZoneId zone;

    @Inject
    Clock clock;

    @Resource(lookup = Database.SHARED_JNDI_NAME)
    DataSource database;

    public String draw() {
        int year = clock.instant().atZone(zone).getYear();
        try (var connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                for (int attempt = 0; ; attempt++) {
                    if (increment(connection, year)) {
                        int value = lastValue(connection, year);
                        connection.commit();
                        return number(year, value);
                    }
                    try (var first = connection.prepareStatement(
                            "INSERT INTO ticket_counter (counter_year, last_value) VALUES (?, 0)")) {
                        first.setInt(1, year);
                        first.executeUpdate();
                        connection.commit();
                    } catch (SQLException e) {
                        connection.rollback(); // another filing created this year's row at the same moment: use it
                        if (attempt == 2 || !Database.isInsertRace(e)) {
                            throw e;
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not draw a ticket number", e);
        }
    }

    /**
     * The {@code value}-th number of the year (table {@code ticket_counter} counts them), e.g. {@code 2026-0042};
     * four digits at least, more when needed.
     */
    static String number(int year, int value) {
        return "%d-%04d".formatted(year, value);
    }

    private static boolean increment(Connection connection, int year) throws SQLException {
        try (var update = connection.prepareStatement(
                "UPDATE ticket_counter SET last_value = last_value + 1 WHERE counter_year = ?")) {
            update.setInt(1, year);
            return update.executeUpdate() == 1;
        }
    }

    private static int lastValue(Connection connection, int year) throws SQLException {
        try (var select = connection.prepareStatement("SELECT last_value FROM ticket_counter WHERE counter_year = ?")) {
            select.setInt(1, year);
            try (var result = select.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
