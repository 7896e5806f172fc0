package ai.insightpulse.odooops.neutralize.jooq;

import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
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
        return config -> {
            var db = config.database();
            Properties props = new Properties();
            props.setProperty("user", db.user());
            if (!db.password().isEmpty()) {
                props.setProperty("password", db.password().reveal());
            }
            long connectSeconds = Math.max(1, (config.connectTimeout().toMillis() + 999) / 1000);
            props.setProperty("connectTimeout", Long.toString(connectSeconds));
            props.setProperty("loginTimeout", Long.toString(connectSeconds));
            // a dead server must not hang a CI job: the socket gives up a little after the statement timeout
            props.setProperty("socketTimeout", Long.toString(config.statementTimeout().toSeconds() + 30));
            props.setProperty("ApplicationName", "odooops-neutralize");
            props.setProperty("tcpKeepAlive", "true");
            return DriverManager.getConnection(db.jdbcUrl(), props);
        };
    }

    /** Borrows connections from a pool or any other data source (the agent's). */
    static ConnectionSource of(DataSource dataSource) {
        return config -> dataSource.getConnection();
    }
}
