package ai.insightpulse.odooops.cli.lifecycle;

import ai.insightpulse.odooops.lifecycle.internal.CopyNames;
import ai.insightpulse.odooops.lifecycle.PostgresServer;
import ai.insightpulse.odooops.cli.demo.DemoDatabase;
import ai.insightpulse.odooops.neutralize.DatabaseEndpoint;
import ai.insightpulse.odooops.neutralize.Secret;
import ai.insightpulse.odooops.neutralize.testing.TableSnapshot;
import ai.insightpulse.odooops.neutralize.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Whole databases on the test server: prod-like sources, names, snapshots, and cleanup of what a test made. */
final class TestServer implements AutoCloseable {

    private final List<String> created = new ArrayList<>();

    static String randomName(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A new database seeded like a live Odoo 18.0 prod, with nobody connected to it. */
    String prodLike(String name) {
        try {
            DemoDatabase.recreate(server(), name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        created.add(name);
        return name;
    }

    /** Registers a name to drop at close (with every odooops work database made for it). */
    String owned(String name) {
        created.add(name);
        return name;
    }

    static PostgresServer server() {
        TestPostgres pg = TestPostgres.get();
        return new PostgresServer(new DatabaseEndpoint(pg.host(), pg.port(), pg.user(), Secret.of(pg.password()),
                "postgres"), "postgres", Duration.ofSeconds(5), "odooops-test");
    }

    /** The variables of a CLI run against this server. */
    static Map<String, String> variables() {
        TestPostgres pg = TestPostgres.get();
        Map<String, String> vars = new HashMap<>();
        vars.put("DB_HOST", pg.host());
        vars.put("DB_PORT", Integer.toString(pg.port()));
        vars.put("DB_USER", pg.user());
        if (!pg.password().isEmpty()) {
            vars.put("DB_PASSWORD", pg.password());
        }
        vars.put("PATH", System.getenv("PATH"));
        return vars;
    }

    static void execute(String database, String sql) {
        try (Connection c = TestPostgres.get().connect(database); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Object scalar(String database, String sql) {
        try (Connection c = TestPostgres.get().connect(database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static TableSnapshot snapshot(String database) {
        try (Connection c = TestPostgres.get().connect(database)) {
            return TableSnapshot.of(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Row count of every table. */
    static Map<String, Integer> rowCounts(String database) {
        Map<String, Integer> counts = new HashMap<>();
        snapshot(database).rows().forEach((table, rows) -> counts.put(table, rows.size()));
        return counts;
    }

    /** Database names starting with {@code prefix}. */
    static List<String> databases(String prefix) {
        List<String> out = new ArrayList<>();
        try (Connection c = TestPostgres.get().admin(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT datname FROM pg_database ORDER BY 1")) {
            while (rs.next()) {
                if (rs.getString(1).startsWith(prefix)) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** The odooops work databases ({@code tmp}, {@code prev}, {@code kept}) made for {@code target}. */
    static List<String> workDatabases(String target) {
        List<String> out = new ArrayList<>();
        for (String prefix : List.of(CopyNames.TMP, CopyNames.PREV, CopyNames.KEPT)) {
            out.addAll(databases(prefix + target + "_"));
        }
        return out;
    }

    static boolean exists(String database) {
        return databases(database).contains(database);
    }

    static void drop(String database) {
        try (Connection c = TestPostgres.get().admin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        for (String name : created) {
            for (String work : workDatabases(name)) {
                drop(work);
            }
            drop(name);
        }
    }
}
