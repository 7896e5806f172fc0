package ai.insightpulse.odooops.lifecycle;

import ai.insightpulse.odooops.neutralize.DatabaseEndpoint;
import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.jooq.internal.DriverConnections;
import ai.insightpulse.odooops.neutralize.jooq.internal.FailureClassifier;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the database-level operations ({@code DROP DATABASE}, reading {@code pg_database}) reach the server: through
 * its maintenance database ({@code postgres}), never through the database they act on.
 *
 * @param endpoint        the server, the role, and the maintenance database as its database
 * @param connectTimeout  the longest wait for the connection
 * @param applicationName shown in {@code pg_stat_activity}
 */
public record MaintenanceConnection(DatabaseEndpoint endpoint, Duration connectTimeout, String applicationName) {

    /** Checks the parts. */
    public MaintenanceConnection {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(applicationName, "applicationName");
    }

    Connection open() throws SQLException {
        return DriverConnections.open(endpoint, connectTimeout, Optional.empty(), applicationName);
    }

    /** {@code error} while {@code doing} something, as one line that quotes the server's primary message only. */
    Failure failure(String doing, Throwable error) {
        return FailureClassifier.classifyOnServer(error, doing, endpoint);
    }
}
