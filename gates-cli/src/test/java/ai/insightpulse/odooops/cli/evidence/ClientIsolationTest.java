package ai.insightpulse.odooops.cli.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.insightpulse.odooops.cli.CliRun;
import ai.insightpulse.odooops.neutralize.testing.TestPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Constitution §7.2 on a real PostgreSQL: the ops tables' row-level security (migration V2) lets a caller see and
 * change only the rows of the client its claim names, and nothing at all without a well-formed claim. The schema is
 * owned by a plain role (not a superuser, which would bypass every policy); the reader and the writer own nothing
 * and have no BYPASSRLS.
 */
class ClientIsolationTest {

    private static final List<String> TABLES = List.of("environments", "policies", "neutralization_runs",
            "deployments");

    private String database;
    private String owner;
    private String reader;
    private String writer;

    @BeforeEach
    void opsSchemaOwnedByAPlainRoleWithTwoClientsRowsInEveryTable() throws SQLException {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        database = "odoo_ops_rls_" + suffix;
        owner = "ops_owner_" + suffix;
        reader = "ops_reader_" + suffix;
        writer = "ops_writer_" + suffix;
        admin("CREATE DATABASE " + database);
        admin("CREATE ROLE " + owner + " LOGIN NOSUPERUSER NOBYPASSRLS");
        admin("CREATE ROLE " + reader + " LOGIN NOSUPERUSER NOBYPASSRLS");
        admin("CREATE ROLE " + writer + " LOGIN NOSUPERUSER NOBYPASSRLS");
        admin("GRANT CREATE ON DATABASE " + database + " TO " + owner);

        CliRun migrate = CliRun.of(Map.of(), "verify", "--evidence-db", url(owner));
        assertThat(migrate.err()).doesNotContain("cannot record");

        // the grants docs/OPERATIONS.md gives
        asSuperuser("GRANT USAGE ON SCHEMA ops TO " + reader + ", " + writer,
                "GRANT SELECT ON ops.environments, ops.policies, ops.neutralization_runs, ops.deployments TO "
                        + reader,
                "GRANT SELECT ON ops.flyway_schema_history, ops.policies TO " + writer,
                "GRANT SELECT, INSERT, UPDATE ON ops.environments TO " + writer,
                "GRANT SELECT, INSERT, DELETE ON ops.neutralization_runs, ops.deployments TO " + writer,
                "DELETE FROM ops.neutralization_runs");
        for (String client : List.of("acme", "globex")) {
            asSuperuser("INSERT INTO ops.environments (client_id, name, database_name) VALUES ('" + client
                            + "', 'stage', 'odoo_stage')",
                    "INSERT INTO ops.policies (client_id, name, environment) VALUES ('" + client + "', '" + client
                            + "-dev', 'dev')",
                    "INSERT INTO ops.neutralization_runs (client_id, command, exit_code, started_at, ended_at) "
                            + "VALUES ('" + client + "', 'neutralize', 0, now(), now())",
                    "INSERT INTO ops.deployments (client_id, kind, database_name, status, exit_code, run_id, "
                            + "started_at, ended_at) SELECT client_id, 'restore', 'odoo_stage', 'published', 0, id, "
                            + "now(), now() FROM ops.neutralization_runs WHERE client_id = '" + client + "'");
        }
    }

    @AfterEach
    void dropDatabaseAndRoles() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        for (String role : List.of(owner, reader, writer)) {
            admin("DROP ROLE IF EXISTS " + role);
        }
    }

    @Test
    void aReaderWithClientAsClaimSeesOnlyClientAsRowsInEveryTable() throws SQLException {
        try (Connection c = connectAs(reader)) {
            claim(c, "{\"client_id\":\"acme\"}");
            for (String table : TABLES) {
                assertThat(clientsIn(c, table)).as(table).containsExactly("acme");
            }
        }
    }

    @Test
    void aReaderWithoutAClaimSeesNothing() throws SQLException {
        try (Connection c = connectAs(reader)) {
            for (String table : TABLES) {
                assertThat(clientsIn(c, table)).as(table).isEmpty();
            }
        }
    }

    @Test
    void aReaderWithAMalformedOrIncompleteClaimSeesNothing() throws SQLException {
        for (String malformed : List.of("{\"client_id\":", "acme", "", "[\"acme\"]", "{\"sub\":\"acme\"}",
                "{\"client_id\":null}")) {
            try (Connection c = connectAs(reader)) {
                claim(c, malformed);
                for (String table : TABLES) {
                    assertThat(clientsIn(c, table)).as(table + " with claim " + malformed).isEmpty();
                }
            }
        }
    }

    @Test
    void theOwnerItselfIsHeldToThePolicies() throws SQLException {
        try (Connection c = connectAs(owner)) {
            for (String table : TABLES) {
                assertThat(clientsIn(c, table)).as(table).isEmpty();
            }
            claim(c, "{\"client_id\":\"globex\"}");
            assertThat(clientsIn(c, "neutralization_runs")).containsExactly("globex");
        }
    }

    @Test
    void aRoleThatMayWriteCannotInsertARowOfAnotherClient() throws SQLException {
        try (Connection c = connectAs(writer)) {
            claim(c, "{\"client_id\":\"acme\"}");
            assertThatThrownBy(() -> execute(c, "INSERT INTO ops.neutralization_runs (client_id, command, exit_code, "
                    + "started_at, ended_at) VALUES ('globex', 'neutralize', 0, now(), now())"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            assertThatThrownBy(() -> execute(c, "INSERT INTO ops.environments (client_id, name) "
                    + "VALUES ('globex', 'dev')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        }
        assertThat(superuserRows("SELECT client_id FROM ops.neutralization_runs ORDER BY 1"))
                .containsExactly("acme", "globex");
    }

    @Test
    void aRoleThatMayWriteCannotUpdateOrDeleteARowOfAnotherClientNorHandItsOwnRowToIt() throws SQLException {
        try (Connection c = connectAs(writer)) {
            claim(c, "{\"client_id\":\"acme\"}");
            assertThat(update(c, "UPDATE ops.environments SET database_name = 'hijacked' WHERE client_id = 'globex'"))
                    .isZero();
            assertThat(update(c, "DELETE FROM ops.neutralization_runs WHERE client_id = 'globex'")).isZero();
            assertThatThrownBy(() -> execute(c, "UPDATE ops.environments SET client_id = 'globex' "
                    + "WHERE client_id = 'acme'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        }
        assertThat(superuserRows("SELECT client_id || ' ' || database_name FROM ops.environments ORDER BY 1"))
                .containsExactly("acme odoo_stage", "globex odoo_stage");
        assertThat(superuserRows("SELECT client_id FROM ops.neutralization_runs ORDER BY 1"))
                .containsExactly("acme", "globex");
    }

    @Test
    void aReaderCannotWriteEvenItsOwnClientsRows() throws SQLException {
        try (Connection c = connectAs(reader)) {
            claim(c, "{\"client_id\":\"acme\"}");
            assertThatThrownBy(() -> execute(c, "UPDATE ops.policies SET active = false"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void theCliWriterRecordsItsRunForItsOwnClientWithoutOwnershipOrBypass() throws SQLException {
        CliRun run = CliRun.of(Map.of(ControlPlane.CLIENT_ID_VARIABLE, "acme", "IPAI_ENV", "stage",
                "DB_NAME", "odoo_prod"), "neutralize", "--yes", "--evidence-db", url(writer));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1); // the configuration error it was asked to record
        assertThat(run.err()).doesNotContain("cannot record").doesNotContain("cannot read policies");
        assertThat(superuserRows("SELECT client_id || ' ' || command || ' ' || exit_code FROM ops.neutralization_runs "
                + "ORDER BY id")).containsExactly("acme neutralize 0", "globex neutralize 0", "acme neutralize 1");
        assertThat(superuserRows("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = '" + writer + "'"))
                .containsExactly("f");
    }

    @Test
    void theCliWriterReadsOnlyItsOwnClientsPolicy() throws SQLException {
        asSuperuser("UPDATE ops.policies SET cron_allowlist = 'none' WHERE client_id = 'globex'");

        CliRun run = CliRun.of(Map.of(ControlPlane.CLIENT_ID_VARIABLE, "acme", "IPAI_ENV", "dev",
                "DB_NAME", "odoo_dev", "DB_HOST", "127.0.0.1", "DB_PORT", "1"), "verify", "--evidence-db", url(writer));

        assertThat(run.err()).contains("policy 'acme-dev' of the control plane applies to dev")
                .doesNotContain("globex");
    }

    @Test
    void evidencePruneByTheCliWriterDeletesOnlyItsOwnClientsExpiredRunsWithTheirDeployments() throws SQLException {
        asSuperuser("UPDATE ops.neutralization_runs SET started_at = now() - interval '100 days'",
                "INSERT INTO ops.neutralization_runs (client_id, command, exit_code, started_at, ended_at) "
                        + "VALUES ('acme', 'verify', 0, now() - interval '2 days', now() - interval '2 days')");
        Map<String, String> acme = Map.of(ControlPlane.CLIENT_ID_VARIABLE, "acme");

        CliRun dryRun = CliRun.of(acme, "evidence", "prune", "--evidence-db", url(writer), "--dry-run");

        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).startsWith("would delete 1 ops.neutralization_runs rows and 1 ops.deployments rows "
                + "of client acme started before ");
        assertThat(superuserRows("SELECT count(*) FROM ops.deployments")).containsExactly("2");

        CliRun run = CliRun.of(acme, "evidence", "prune", "--evidence-db", url(writer));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("deleted 1 ops.neutralization_runs rows and 1 ops.deployments rows of client "
                + "acme started before ");
        assertThat(superuserRows("SELECT client_id || ' ' || command FROM ops.neutralization_runs "
                + "WHERE started_at < now() - interval '1 day' ORDER BY 1"))
                .containsExactly("acme verify", "globex neutralize");
        assertThat(superuserRows("SELECT client_id FROM ops.deployments")).containsExactly("globex");
    }

    @Test
    void thePoliciesSurviveARerunOfTheMigrations() throws SQLException, IOException {
        List<String> before = policies();

        CliRun.of(Map.of(), "verify", "--evidence-db", url(owner)); // Flyway again: nothing pending
        try (Connection c = connectAs(owner)) { // the script itself applied a second time
            execute(c, "SET search_path = ops");
            execute(c, migrationV2());
        }

        assertThat(policies()).isEqualTo(before).hasSize(16);
        assertThat(superuserRows("SELECT relname || ' ' || relrowsecurity || ' ' || relforcerowsecurity "
                + "FROM pg_class WHERE relnamespace = 'ops'::regnamespace AND relkind = 'r' "
                + "AND relname <> 'flyway_schema_history' ORDER BY 1"))
                .containsExactly("deployments true true", "environments true true", "neutralization_runs true true",
                        "policies true true");
        try (Connection c = connectAs(reader)) {
            claim(c, "{\"client_id\":\"globex\"}");
            assertThat(clientsIn(c, "deployments")).containsExactly("globex");
        }
    }

    private List<String> policies() throws SQLException {
        return superuserRows("SELECT tablename || ' ' || policyname || ' ' || cmd || ' ' || coalesce(qual, '-') "
                + "|| ' ' || coalesce(with_check, '-') FROM pg_policies WHERE schemaname = 'ops' ORDER BY 1");
    }

    private static String migrationV2() throws IOException {
        try (InputStream in = ControlPlane.class.getResourceAsStream("/db/ops/V2__client_isolation.sql")) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String url(String role) {
        TestPostgres pg = TestPostgres.get();
        return "jdbc:postgresql://" + pg.host() + ":" + pg.port() + "/" + database + "?user=" + role;
    }

    private Connection connectAs(String role) throws SQLException {
        return DriverManager.getConnection(url(role));
    }

    private static void claim(Connection c, String claims) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT set_config('request.jwt.claims', ?, false)")) {
            s.setString(1, claims);
            s.execute();
        }
    }

    private static List<String> clientsIn(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT client_id FROM ops." + table + " ORDER BY 1")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    private void asSuperuser(String... statements) throws SQLException {
        try (Connection c = TestPostgres.get().connect(database); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private List<String> superuserRows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = TestPostgres.get().connect(database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = TestPostgres.get().admin(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
