package ai.insightpulse.odooops.neutralize.jooq;

import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import ai.insightpulse.odooops.neutralize.jooq.internal.DriverConnections;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Where the engine gets its one connection per run. The engine sets auto-commit off and closes the connection
 * when the run ends.
 */
@FunctionalInterface
public interface ConnectionSource {

    /** Opens (or borrows) a connection to the database of {@code config}. */
    Connection open(NeutralizeConfig config) throws SQLException;

    /** A new connection per run from {@link NeutralizeConfig#database()}, through the PostgreSQL driver. */
    static ConnectionSource driverManager() {
        // a dead server must not hang a CI job: the socket gives up a little after the statement timeout
        return config -> DriverConnections.open(config.database(), config.connectTimeout(),
                Optional.of(config.statementTimeout().plusSeconds(30)), "odooops-neutralize");
    }

    /**
     * A new connection to another database than Odoo's, named by a {@code jdbc:postgresql:} URL (the evidence
     * database), through the same driver settings as {@link #driverManager()}: the project's one driver
     * connection factory.
     *
     * @param password        when present, the role's password (never put it in the URL)
     * @param connectTimeout  the longest wait for the connection
     * @param applicationName shown in {@code pg_stat_activity}
     */
    static Connection openUrl(String jdbcUrl, Optional<String> password, Duration connectTimeout,
                              String applicationName) throws SQLException {
        return DriverConnections.open(jdbcUrl, password, connectTimeout, applicationName);
    }

    /** Borrows connections from a pool or any other data source (the agent's). */
    static ConnectionSource of(DataSource dataSource) {
        return config -> dataSource.getConnection();
    }
}
