package ai.insightpulse.odooops.neutralize.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The PostgreSQL server the tests talk to: {@code ODOOOPS_TEST_PG_URL} when set (CI here: a local PostgreSQL 15),
 * otherwise a Testcontainers PostgreSQL; with neither, every database test fails with a message saying what to
 * set. There is no silent skip: a skipped database test is a failed test.
 */
public final class TestPostgres {

    /** The variable (or system property) naming the admin JDBC URL. */
    public static final String URL_VARIABLE = "ODOOOPS_TEST_PG_URL";

    private static TestPostgres instance;

    private final String adminUrl;
    private final String host;
    private final int port;
    private final String user;
    private final String password;

    private TestPostgres(String adminUrl) {
        Properties parsed = org.postgresql.Driver.parseURL(adminUrl, new Properties());
        if (parsed == null) {
            throw new IllegalStateException(URL_VARIABLE + " is not a PostgreSQL JDBC URL: " + redact(adminUrl));
        }
        this.adminUrl = adminUrl;
        this.host = parsed.getProperty("PGHOST", "localhost").split(",")[0];
        this.port = Integer.parseInt(parsed.getProperty("PGPORT", "5432").split(",")[0]);
        this.user = parsed.getProperty("user", System.getProperty("user.name"));
        this.password = parsed.getProperty("password", "");
    }

    /** The server, started or found on first use. */
    public static synchronized TestPostgres get() {
        if (instance == null) {
            instance = new TestPostgres(resolveUrl());
        }
        return instance;
    }

    private static String resolveUrl() {
        String url = System.getProperty(URL_VARIABLE, System.getenv(URL_VARIABLE));
        if (url != null && !url.isBlank()) {
            return url;
        }
        try {
            var container = new org.testcontainers.postgresql.PostgreSQLContainer("postgres:15-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return container.getJdbcUrl() + (container.getJdbcUrl().contains("?") ? "&" : "?")
                    + "user=" + container.getUsername() + "&password=" + container.getPassword();
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException("No PostgreSQL for the database tests: set " + URL_VARIABLE
                    + " (e.g. jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres) or make a Docker engine "
                    + "available to Testcontainers. Testcontainers said: " + e.getMessage(), e);
        }
    }

    /** A new connection to the admin database, auto-commit on. */
    public Connection admin() throws SQLException {
        return DriverManager.getConnection(adminUrl);
    }

    /** A new connection to {@code database} as the admin user. */
    public Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (!password.isEmpty()) {
            p.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, p);
    }

    /** Server host. */
    public String host() {
        return host;
    }

    /** Server port. */
    public int port() {
        return port;
    }

    /** Admin role. */
    public String user() {
        return user;
    }

    /** Admin password, empty for trust authentication. */
    public String password() {
        return password;
    }

    /** The URL with any password hidden, for messages. */
    public static String redact(String url) {
        return url == null ? null : url.replaceAll("(?i)(password=)[^&]*", "$1******");
    }
}
