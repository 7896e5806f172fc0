package ai.insightpulse.odooops.neutralize.testing;

import ai.insightpulse.odooops.neutralize.DatabaseEndpoint;
import ai.insightpulse.odooops.neutralize.Secret;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A login role of its own on the test server ({@code odooops_r_<random>}, with a password so that it logs in
 * under any authentication method), dropped on {@link #close()}. Close it after the databases it was granted
 * anything on (declare it first in a try-with-resources): their grants go with them.
 */
public final class TestRole implements AutoCloseable {

    private final String name;
    private final String password;

    private TestRole(String name, String password) {
        this.name = name;
        this.password = password;
    }

    /** Creates the role, allowed only to log in. */
    public static TestRole create() {
        String name = "odooops_r_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String password = UUID.randomUUID().toString();
        try (Connection admin = TestPostgres.get().admin(); Statement s = admin.createStatement()) {
            s.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + password + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test role " + name + ": " + e.getMessage(), e);
        }
        return new TestRole(name, password);
    }

    /** The role name. */
    public String name() {
        return name;
    }

    /** Where the engine finds {@code db} when it logs in as this role. */
    public DatabaseEndpoint endpoint(OdooDatabase db) {
        TestPostgres pg = TestPostgres.get();
        return new DatabaseEndpoint(pg.host(), pg.port(), name, Secret.of(password), db.name());
    }

    /** The variables the CLI reads, pointing at {@code db} as this role. */
    public Map<String, String> variables(OdooDatabase db, String ipaiEnv) {
        Map<String, String> vars = db.variables(ipaiEnv);
        vars.put("DB_USER", name);
        vars.put("DB_PASSWORD", password);
        return vars;
    }

    @Override
    public void close() {
        try (Connection admin = TestPostgres.get().admin(); Statement s = admin.createStatement()) {
            s.execute("DROP ROLE IF EXISTS " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test role " + name + ": " + e.getMessage(), e);
        }
    }
}
