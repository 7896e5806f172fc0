package ai.insightpulse.odooops.lifecycle;

import ai.insightpulse.odooops.neutralize.DatabaseEndpoint;
import ai.insightpulse.odooops.neutralize.Secret;
import ai.insightpulse.odooops.neutralize.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Empty databases on the test server, with or without a publication marker, dropped at close. */
final class LifecycleFixtures implements AutoCloseable {

    private final List<String> created = new ArrayList<>();

    static String random() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    static MaintenanceConnection server() {
        TestPostgres pg = TestPostgres.get();
        return new MaintenanceConnection(new DatabaseEndpoint(pg.host(), pg.port(), pg.user(),
                Secret.of(pg.password()), "postgres"), Duration.ofSeconds(5), "odooops-test");
    }

    /** Creates {@code name} (unless it exists: then it is left as it was at close) with {@code comment}. */
    String database(String name, String comment) {
        if (!exists(name)) {
            admin("CREATE DATABASE " + name + " TEMPLATE template0");
            created.add(name);
        }
        if (comment != null) {
            admin("COMMENT ON DATABASE " + name + " IS '" + comment.replace("'", "''") + "'");
        }
        return name;
    }

    /** Creates {@code name} published by clone {@code age} ago. */
    String published(String name, Duration age) {
        return database(name, new PublishMarker(Instant.now().minus(age), "clone").text());
    }

    static boolean exists(String name) {
        try (Connection c = TestPostgres.get().admin(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            return rs.next();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void admin(String sql) {
        try (Connection c = TestPostgres.get().admin(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        for (String name : created) {
            admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
