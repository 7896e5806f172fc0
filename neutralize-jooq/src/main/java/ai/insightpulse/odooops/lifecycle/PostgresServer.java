package ai.insightpulse.odooops.lifecycle;

import ai.insightpulse.odooops.neutralize.DatabaseEndpoint;
import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import ai.insightpulse.odooops.neutralize.jooq.internal.DriverConnections;
import ai.insightpulse.odooops.neutralize.jooq.internal.FailureClassifier;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The PostgreSQL server of a validated configuration, for the commands that work on whole databases
 * ({@code demo}, {@code clone}, {@code restore}): connections to any database on it, and failures turned into
 * one-line messages that quote only the server's primary message (its DETAIL can quote row values) and never the
 * password.
 *
 * @param endpoint        where the server is and how to log in; its database name is the one the config names
 * @param maintenanceDb   the database to connect to for CREATE/DROP/ALTER DATABASE ({@code postgres})
 * @param connectTimeout  the longest wait for a connection
 * @param applicationName shown in {@code pg_stat_activity}, so a run's backends can be found
 */
public record PostgresServer(DatabaseEndpoint endpoint, String maintenanceDb, Duration connectTimeout,
                             String applicationName) {

    private static final Settings SETTINGS = new Settings().withExecuteLogging(false).withRenderFormatted(false);

    /** The server of {@code config}, reached through {@code maintenanceDb} for database-level statements. */
    public static PostgresServer of(NeutralizeConfig config, String maintenanceDb, String applicationName) {
        return new PostgresServer(config.database(), maintenanceDb, config.connectTimeout(), applicationName);
    }

    /** A new connection (auto-commit on) to {@code database} on this server. */
    public Connection connect(String database) throws SQLException {
        DatabaseEndpoint target = new DatabaseEndpoint(endpoint.host(), endpoint.port(), endpoint.user(),
                endpoint.password(), database);
        return DriverConnections.open(target, connectTimeout, Optional.empty(), applicationName);
    }

    /** A new connection to the maintenance database. */
    public Connection connectMaintenance() throws SQLException {
        return connect(maintenanceDb);
    }

    /** jOOQ over {@code connection}, PostgreSQL dialect, without execute logging. */
    public static DSLContext dsl(Connection connection) {
        return DSL.using(connection, SQLDialect.POSTGRES, SETTINGS);
    }

    /** {@code host:port}, for messages. */
    public String address() {
        return endpoint.host() + ":" + endpoint.port();
    }

    /** A failure while {@code doing} something, as a one-line {@link Failure} without secrets. */
    public Failure failure(String doing, Throwable error) {
        return FailureClassifier.classifyOnServer(error, doing, endpoint);
    }
}
