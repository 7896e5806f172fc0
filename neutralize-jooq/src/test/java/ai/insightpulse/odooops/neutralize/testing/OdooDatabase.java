package ai.insightpulse.odooops.neutralize.testing;

import ai.insightpulse.odooops.neutralize.DatabaseEndpoint;
import ai.insightpulse.odooops.neutralize.Environment;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import ai.insightpulse.odooops.neutralize.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A fresh database with the real schema of one Odoo series (a {@code pg_dump} of a real Odoo database, kept under
 * {@code src/test/resources/odoo/<series>/}), created from a per-series template so each test starts clean.
 * Dropped on {@link #close()}.
 */
public final class OdooDatabase implements AutoCloseable {

    /** The series whose real schemas ship as fixtures. */
    public static final List<String> SERIES = List.of("16.0", "17.0", "18.0", "19.0");

    private static final Map<String, String> TEMPLATES = new HashMap<>();

    private final String name;
    private final String series;
    private final Connection lockHolder;
    private Connection connection;

    private OdooDatabase(String name, String series, Connection lockHolder) throws SQLException {
        this.name = name;
        this.series = series;
        this.lockHolder = lockHolder;
        this.connection = TestPostgres.get().connect(name);
    }

    /** A new {@code odoo_dev_t_<random>} database of {@code series}. */
    public static OdooDatabase createDev(String series) {
        return create(series, "odoo_dev_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }

    /**
     * A new database named exactly {@code name} (e.g. {@code odoo_stage}). Fixed names are shared by every test
     * run on the server, so this holds a server-wide advisory lock on the name until {@link #close()}.
     */
    public static OdooDatabase create(String series, String name) {
        try {
            String template = template(series);
            Connection admin = TestPostgres.get().admin();
            if (!name.startsWith("odoo_dev_t_")) {
                try (PreparedStatement ps = admin.prepareStatement("SELECT pg_advisory_lock(hashtext(?))")) {
                    ps.setString(1, "odooops-test-db:" + name);
                    ps.execute();
                }
            }
            try (Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                s.execute("CREATE DATABASE " + name + " TEMPLATE " + template);
            }
            return new OdooDatabase(name, series, admin);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
        }
    }

    private static synchronized String template(String series) throws SQLException, IOException {
        String existing = TEMPLATES.get(series);
        if (existing != null) {
            return existing;
        }
        String resource = "/odoo/" + series + "/schema-" + series + ".sql";
        String ddl;
        try (InputStream in = OdooDatabase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no fixture schema " + resource);
            }
            ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // the dumps name their owner role; the test server need not have it
        ddl = ddl.lines().filter(l -> !l.contains(" OWNER TO ")).collect(Collectors.joining("\n"));
        String template = "odooops_tpl_" + series.replace('.', '_') + "_" + Integer.toHexString(ddl.hashCode());
        try (Connection admin = TestPostgres.get().admin(); Statement s = admin.createStatement()) {
            s.execute("SELECT pg_advisory_lock(hashtext('odooops-test-template'))");
            try {
                boolean exists;
                try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + template + "'")) {
                    exists = rs.next();
                }
                if (!exists) {
                    String building = template + "_building";
                    s.execute("DROP DATABASE IF EXISTS " + building + " WITH (FORCE)");
                    s.execute("CREATE DATABASE " + building);
                    try (Connection t = TestPostgres.get().connect(building); Statement ts = t.createStatement()) {
                        ts.execute(ddl);
                    }
                    s.execute("ALTER DATABASE " + building + " RENAME TO " + template);
                }
            } finally {
                s.execute("SELECT pg_advisory_unlock(hashtext('odooops-test-template'))");
            }
        }
        TEMPLATES.put(series, template);
        return template;
    }

    /**
     * A new {@code odoo_dev_t_<random>} database holding exactly this one's rows (same ids, same timestamps): for
     * tests that compare many databases with one reference.
     */
    public OdooDatabase copy() {
        String copy = "odoo_dev_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            connection.close();
            Connection admin = TestPostgres.get().admin();
            try (Statement s = admin.createStatement()) {
                s.execute("CREATE DATABASE " + copy + " TEMPLATE " + name);
            }
            connection = TestPostgres.get().connect(name);
            return new OdooDatabase(copy, series, admin);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot copy test database " + name + ": " + e.getMessage(), e);
        }
    }

    /** The database name. */
    public String name() {
        return name;
    }

    /** The Odoo series of the schema. */
    public String series() {
        return series;
    }

    /** A connection to this database (auto-commit on), closed with it. */
    public Connection connection() {
        return connection;
    }

    /** A fresh connection the caller closes. */
    public Connection newConnection() throws SQLException {
        return TestPostgres.get().connect(name);
    }

    /** Where the engine finds this database. */
    public DatabaseEndpoint endpoint() {
        TestPostgres pg = TestPostgres.get();
        return new DatabaseEndpoint(pg.host(), pg.port(), pg.user(), Secret.of(pg.password()), name);
    }

    /** A confirmed live configuration for this database, in the environment its name belongs to. */
    public NeutralizeConfig.Builder config() {
        Environment env = name.equals("odoo_stage") ? Environment.STAGE
                : name.equals("odoo_prod") ? Environment.PROD : Environment.DEV;
        return NeutralizeConfig.builder().environment(env).database(endpoint()).confirmed(true);
    }

    /** The variables the CLI reads, pointing at this database. */
    public Map<String, String> variables(String ipaiEnv) {
        TestPostgres pg = TestPostgres.get();
        Map<String, String> vars = new HashMap<>();
        vars.put("IPAI_ENV", ipaiEnv);
        vars.put("DB_HOST", pg.host());
        vars.put("DB_PORT", Integer.toString(pg.port()));
        vars.put("DB_USER", pg.user());
        if (!pg.password().isEmpty()) {
            vars.put("DB_PASSWORD", pg.password());
        }
        vars.put("DB_NAME", name);
        return vars;
    }

    /** Runs SQL (one or more statements) on this database. */
    public void execute(String sql) {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row of a query, or null. */
    public Object scalar(String sql) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code SELECT count(*) …} as a long. */
    public long count(String sql) {
        return ((Number) scalar(sql)).longValue();
    }

    /** Every row of every table, for before/after comparison. */
    public TableSnapshot snapshot() {
        return TableSnapshot.of(connection);
    }

    @Override
    public void close() {
        try {
            connection.close();
            try (Statement s = lockHolder.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
            lockHolder.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + name, e);
        }
    }
}
