package ai.insightpulse.odooops.agent.internal;

import ai.insightpulse.odooops.neutralize.DatabaseEndpoint;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import com.zaxxer.hikari.HikariConfig;
import ai.insightpulse.odooops.neutralize.jooq.ConnectionSource;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

/** The agent's pool: at most two connections (a check and an apply), tagged so operators can find them. */
public final class AgentDataSource {

    /** The {@code application_name} of the agent's sessions in {@code pg_stat_activity}. */
    public static final String APPLICATION_NAME = "odooops-agent";
    /** The pool's ceiling. */
    public static final int MAX_CONNECTIONS = 2;

    private AgentDataSource() {
    }

    /**
     * A pool for {@code config}'s database that starts even when the database is down (the agent must report
     * that, not die of it) and gives up on a connection within {@code acquireTimeout}.
     */
    public static HikariDataSource create(NeutralizeConfig config, Duration acquireTimeout) {
        DatabaseEndpoint db = config.database();
        HikariConfig hc = new HikariConfig();
        hc.setPoolName(APPLICATION_NAME);
        hc.setJdbcUrl(db.jdbcUrl());
        hc.setUsername(db.user());
        if (!db.password().isEmpty()) {
            hc.setPassword(db.password().reveal());
        }
        hc.setMaximumPoolSize(MAX_CONNECTIONS);
        hc.setMinimumIdle(1);
        hc.setConnectionTimeout(Math.max(250, acquireTimeout.toMillis()));
        hc.setValidationTimeout(Math.max(250, Math.min(1_000, acquireTimeout.toMillis())));
        hc.setInitializationFailTimeout(-1);
        hc.setRegisterMbeans(false);
        long connectSeconds = Math.max(1, (config.connectTimeout().toMillis() + 999) / 1000);
        hc.addDataSourceProperty("ApplicationName", APPLICATION_NAME);
        hc.addDataSourceProperty("connectTimeout", Long.toString(connectSeconds));
        hc.addDataSourceProperty("loginTimeout", Long.toString(connectSeconds));
        hc.addDataSourceProperty("socketTimeout", Long.toString(config.statementTimeout().toSeconds() + 30));
        hc.addDataSourceProperty("tcpKeepAlive", "true");
        return new HikariDataSource(hc);
    }

    /**
     * The engine's connections from {@code pool}. When the pool gives up it says only "Connection is not
     * available, request timed out"; the reason an operator needs (role does not exist, database does not allow
     * connections, connection refused) is its cause, so that is what the engine gets to classify and report.
     */
    public static ConnectionSource connections(HikariDataSource pool) {
        return config -> {
            try {
                return pool.getConnection();
            } catch (SQLTransientConnectionException e) {
                if (e.getCause() instanceof SQLException cause) {
                    throw cause;
                }
                throw new SQLException("no connection within " + pool.getConnectionTimeout() + " ms", "08001", e);
            }
        };
    }
}
