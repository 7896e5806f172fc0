package ai.insightpulse.odooops.agent.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Fleet mode's discovery: the databases of the server that match the patterns, read from {@code pg_database} on
 * the discovery database at every round, so databases created or dropped between two rounds are picked up at the
 * next. Templates and databases that refuse connections are not candidates (Odoo cannot use them either).
 */
public final class ServerDatabases {

    private final FleetConnections connections;
    private final String discoveryDatabase;
    private final DatabasePatterns patterns;

    /**
     * @param connections       the fleet's capped connections
     * @param discoveryDatabase where {@code pg_database} is read
     * @param patterns          which names belong to the fleet
     */
    public ServerDatabases(FleetConnections connections, String discoveryDatabase, DatabasePatterns patterns) {
        this.connections = connections;
        this.discoveryDatabase = discoveryDatabase;
        this.patterns = patterns;
    }

    /** The matching databases, sorted by name: one auto-commit query on one connection. */
    public List<String> list() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = connections.open(discoveryDatabase); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datallowconn AND NOT datistemplate"
                     + " ORDER BY datname")) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (patterns.matches(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** The database {@code pg_database} is read on. */
    public String discoveryDatabase() {
        return discoveryDatabase;
    }
}
