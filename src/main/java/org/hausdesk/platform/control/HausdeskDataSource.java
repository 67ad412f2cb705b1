package org.hausdesk.platform.control;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A data source that becomes an H2 or a PostgreSQL data source depending on the JDBC URL, so that
 * switching databases takes nothing but {@code HAUSDESK_DB_URL} (no driver class to configure).
 * Payara pools the connections it hands out. For PostgreSQL, user and password may also be given
 * in the URL ({@code ?user=...&password=...}); a blank user or password leaves the URL's in force.
 */
public class HausdeskDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private volatile DataSource target;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public String getURL() {
        return url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    DataSource target() {
        DataSource current = target;
        if (current == null) {
            current = create();
            target = current;
        }
        return current;
    }

    private DataSource create() {
        // the application's own configuration decides, old key names included (OldConfigNames): the definition's
        // ${MPCONFIG=...} is resolved by the server, which does not see the application's configuration sources
        var config = ConfigProvider.getConfig(HausdeskDataSource.class.getClassLoader());
        url = config.getOptionalValue("hausdesk.platform.db-url", String.class).orElse(url);
        user = config.getOptionalValue("hausdesk.platform.db-user", String.class).orElse(user);
        password = config.getOptionalValue("hausdesk.platform.db-password", String.class).orElse(password);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("No database URL configured (hausdesk.platform.db-url / HAUSDESK_PLATFORM_DB_URL)");
        }
        if (url.startsWith("jdbc:postgresql:")) {
            var postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            if (user != null && !user.isBlank()) {
                postgres.setUser(user);
            }
            if (password != null && !password.isBlank()) {
                postgres.setPassword(password);
            }
            return postgres;
        }
        if (url.startsWith("jdbc:h2:")) {
            var h2 = new JdbcDataSource();
            h2.setURL(durable(url));
            h2.setUser(user == null || user.isBlank() ? "sa" : user);
            h2.setPassword(password == null ? "" : password);
            return h2;
        }
        throw new IllegalStateException("Unsupported database URL: only jdbc:h2: and jdbc:postgresql: are supported");
    }

    /**
     * H2 keeps the last half second of commits in memory by default (WRITE_DELAY 500 ms): a killed process loses
     * requests it has already confirmed. Hausdesk writes every commit before it answers, unless the URL says
     * otherwise ({@code ;WRITE_DELAY=...}). PostgreSQL is durable as configured by its administrator.
     */
    static String durable(String url) {
        if (url.toUpperCase(java.util.Locale.ROOT).contains(";WRITE_DELAY=")) {
            return url;
        }
        return url + ";WRITE_DELAY=0";
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return target().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target().isWrapperFor(iface);
    }
}
