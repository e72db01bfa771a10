package org.akuntabel.persistence;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The application's database, chosen by configuration when the server starts:
 * <ul>
 *   <li>{@value #URL} set (e.g. {@code jdbc:postgresql://127.0.0.1:5432/akuntabel}): that database, through the JDBC
 *       driver that accepts the URL (the PostgreSQL driver is in the WAR), with {@value #USER} and {@value #PASSWORD};</li>
 *   <li>otherwise the embedded Apache Derby database in {@code $AKUNTABEL_DATA/akuntabel} (default {@code ./data}),
 *       created on first use.</li>
 * </ul>
 * The server's connection pool ({@link SchemaMigration}'s {@code @DataSourceDefinition}) takes its connections from
 * here; the schema is then made and kept up to date by the same Flyway migrations whichever database it is.
 */
public class ConfiguredDataSource implements DataSource {

    /** The JDBC URL of the production database; unset or blank for the embedded Derby database. */
    public static final String URL = "AKUNTABEL_DB_URL";
    public static final String USER = "AKUNTABEL_DB_USER";
    public static final String PASSWORD = "AKUNTABEL_DB_PASSWORD";
    /** The folder of the embedded Derby database. */
    public static final String DATA = "AKUNTABEL_DATA";

    private final DataSource derby;
    private final Driver driver;
    private final String url;
    private final String user;
    private final String password;
    private PrintWriter logWriter;
    private int loginTimeout;

    /** As the environment says. */
    public ConfiguredDataSource() {
        this(System::getenv);
    }

    /** As {@code environment} says (the variables above by name). */
    public ConfiguredDataSource(Map<String, String> environment) {
        this(environment::get);
    }

    private ConfiguredDataSource(Function<String, String> environment) {
        String configured = environment.apply(URL);
        if (configured == null || configured.isBlank()) {
            this.url = null;
            this.driver = null;
            this.user = null;
            this.password = null;
            String data = environment.apply(DATA);
            this.derby = embeddedDerby((data == null || data.isBlank() ? "./data" : data) + "/akuntabel");
        } else {
            this.url = configured.trim();
            this.driver = driverFor(url);
            this.user = environment.apply(USER);
            this.password = environment.apply(PASSWORD);
            this.derby = null;
        }
    }

    /** The URL of the configured database, or {@code null} for the embedded Derby database. */
    String url() {
        return url;
    }

    private static DataSource embeddedDerby(String databaseName) {
        try {
            Class<?> type = Class.forName("org.apache.derby.jdbc.EmbeddedDataSource", true, ConfiguredDataSource.class.getClassLoader());
            DataSource dataSource = (DataSource) type.getConstructor().newInstance();
            type.getMethod("setDatabaseName", String.class).invoke(dataSource, databaseName);
            type.getMethod("setCreateDatabase", String.class).invoke(dataSource, "create");
            return dataSource;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Apache Derby is not available for the embedded database (" + URL + " is not set)", e);
        }
    }

    private static Driver driverFor(String url) {
        for (Driver candidate : ServiceLoader.load(Driver.class, ConfiguredDataSource.class.getClassLoader())) {
            try {
                if (candidate.acceptsURL(url)) {
                    return candidate;
                }
            } catch (SQLException e) {
                // a driver that cannot tell is not the one
            }
        }
        throw new IllegalStateException(URL + ": no JDBC driver accepts " + url.replaceAll("password=[^&;]*", "password=…")
                + " (PostgreSQL URLs start with jdbc:postgresql://)");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return derby != null ? derby.getConnection() : getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String secret) throws SQLException {
        if (derby != null) {
            return username == null ? derby.getConnection() : derby.getConnection(username, secret);
        }
        Properties properties = new Properties();
        if (username != null && !username.isBlank()) {
            properties.setProperty("user", username);
        }
        if (secret != null) {
            properties.setProperty("password", secret);
        }
        if (loginTimeout > 0) {
            properties.setProperty("loginTimeout", Integer.toString(loginTimeout));
        }
        if (url.startsWith("jdbc:postgresql:")) {
            // a JDBC batch (register imports, batch evaluation results) goes to the server as multi-row inserts,
            // unless the URL says otherwise
            properties.setProperty("reWriteBatchedInserts", "true");
        }
        Connection connection = driver.connect(url, properties);
        if (connection == null) {
            throw new SQLException("The JDBC driver refused " + URL);
        }
        return connection;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        if (derby != null && type.isInstance(derby)) {
            return type.cast(derby);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this) || derby != null && type.isInstance(derby);
    }
}
