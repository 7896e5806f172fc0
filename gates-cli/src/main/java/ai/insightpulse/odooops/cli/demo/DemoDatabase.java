package ai.insightpulse.odooops.cli.demo;

import ai.insightpulse.odooops.lifecycle.PostgresServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jooq.impl.DSL;

/**
 * Builds a database shaped and seeded like a live Odoo 18.0 production: the real schema
 * ({@code odoo/18.0/schema-18.0.sql}, the real dump neutralize-jooq's tests load, copied into the jar by the build) and made-up prod-like rows ({@code odoo/18.0/prod-like-seed.sql}): live mail
 * servers with a (fake) password, Odoo 18.0's own crons switched on, a live payment provider and incoming server,
 * the banner view off, no neutralized flag.
 */
public final class DemoDatabase {

    /** The one database {@code odooops demo} creates, replaces and neutralizes. */
    public static final String NAME = "odoo_dev_demo";

    /** The series of the shipped schema. */
    public static final String SERIES = "18.0";

    private static final String SCHEMA = "/odoo/18.0/schema-18.0.sql";
    private static final String SEED = "/odoo/18.0/prod-like-seed.sql";

    private DemoDatabase() {
    }

    /**
     * Drops {@code name} if it exists (closing its connections), creates it and loads schema and seed. Callers
     * decide which name: {@code odooops demo} only ever passes {@link #NAME}.
     */
    public static void recreate(PostgresServer server, String name) throws SQLException {
        try (Connection admin = server.connectMaintenance()) {
            var dsl = PostgresServer.dsl(admin);
            dsl.query("DROP DATABASE IF EXISTS {0} WITH (FORCE)", DSL.name(name)).execute();
            dsl.createDatabase(DSL.name(name)).execute();
        }
        // the schema dump empties search_path for its session: the seed gets a session of its own
        try (Connection db = server.connect(name); Statement s = db.createStatement()) {
            // the dump names its owner role, which this server need not have
            s.execute(resource(SCHEMA).lines().filter(l -> !l.contains(" OWNER TO "))
                    .collect(java.util.stream.Collectors.joining("\n")));
        }
        try (Connection db = server.connect(name); Statement s = db.createStatement()) {
            s.execute(resource(SEED));
        }
    }

    private static String resource(String path) {
        try (InputStream in = DemoDatabase.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
