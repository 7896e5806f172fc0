package ai.insightpulse.odooops.cli.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.cli.CliRun;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import ai.insightpulse.odooops.neutralize.testing.TableSnapshot;
import ai.insightpulse.odooops.neutralize.testing.TestPostgres;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
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

class EvidenceDbTest {

    private String controlPlane;
    private String url;

    @BeforeEach
    void emptyControlPlaneDatabase() throws SQLException {
        controlPlane = "odoo_ops_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        admin("CREATE DATABASE " + controlPlane);
        TestPostgres pg = TestPostgres.get();
        url = "jdbc:postgresql://" + pg.host() + ":" + pg.port() + "/" + controlPlane + "?user=" + pg.user();
    }

    @AfterEach
    void dropIt() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + controlPlane + " WITH (FORCE)");
    }

    @Test
    void theFirstRunCreatesTheOpsSchemaWithFlywayWithAClientIdOnEveryTable() throws SQLException {
        CliRun.of(Map.of(), "verify", "--evidence-db", url);

        assertThat(rows("SELECT table_name FROM information_schema.columns WHERE table_schema = 'ops' "
                + "AND column_name = 'client_id' ORDER BY 1"))
                .containsExactly("deployments", "environments", "neutralization_runs", "policies");
        assertThat(rows("SELECT version || ' ' || success FROM ops.flyway_schema_history WHERE version IS NOT NULL"))
                .containsExactly("1 true", "2 true", "3.2 true", "3.3 true", "3.16.5 true");
    }

    @Test
    void aPolicysRulesDocumentIsAppliedToItsEnvironment() throws SQLException {
        CliRun.of(Map.of(), "verify", "--evidence-db", url);
        execute("INSERT INTO ops.policies (name, environment, rules) VALUES ('zoho-off', 'dev', "
                + "'rules: [{name: zoho, table: ipai_zoho_account, set: {active: false}, where: {active: true}}]')");
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            ai.insightpulse.odooops.neutralize.testing.CustomModuleSeed.seed(db);

            CliRun run = CliRun.of(db.variables("dev"), "neutralize", "--yes", "--evidence-db", url);
            CliRun again = CliRun.of(db.variables("dev"), "neutralize", "--yes", "--evidence-db", url);

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("\"rules\":[{\"index\":0,\"name\":\"zoho\",\"table\":\"ipai_zoho_account\","
                    + "\"outcome\":\"changed\",\"rows\":3}]").contains("\"policy\":\"zoho-off\"");
            assertThat(db.count("SELECT count(*) FROM ipai_zoho_account WHERE active")).isZero();
            assertThat(again.out()).contains("\"status\":\"no_op\"");
        }
    }

    @Test
    void aPolicysMalformedRulesAreAConfigErrorNamingThePolicy() throws SQLException {
        CliRun.of(Map.of(), "verify", "--evidence-db", url);
        execute("INSERT INTO ops.policies (name, environment, rules) VALUES ('bad-rules', 'dev', "
                + "'rules: [{table: ipai_zoho_account, set: {id: 1}}]')");
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            CliRun run = CliRun.of(db.variables("dev"), "neutralize", "--yes", "--evidence-db", url);

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("rules of policy 'bad-rules': rules[0] (ipai_zoho_account): set on id is"
                    + " not allowed");
        }
    }

    @Test
    void everyOutcomeIsRecordedAsARow() throws SQLException {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            Map<String, String> vars = db.variables("dev");
            vars.put(EvidenceOptions.DB_VARIABLE, url);

            CliRun.of(vars, "neutralize", "--dry-run");
            CliRun.of(vars, "neutralize", "--yes");
            CliRun.of(vars, "neutralize", "--yes");
            CliRun.of(Map.of(EvidenceOptions.DB_VARIABLE, url, "IPAI_ENV", "stage", "DB_NAME", "odoo_prod"),
                    "neutralize", "--yes");
            CliRun.of(Map.of(EvidenceOptions.DB_VARIABLE, url, "IPAI_ENV", "dev", "DB_NAME", "odoo_dev",
                    "DB_HOST", "127.0.0.1", "DB_PORT", "1"), "verify");
        }

        assertThat(rows("SELECT command || ' ' || status || ' ' || exit_code || ' ' || coalesce(error_kind, '-') "
                + "|| ' ' || (summary ->> 'status') FROM ops.neutralization_runs ORDER BY id"))
                .containsExactly("neutralize dry_run 0 - dry_run", "neutralize ok 0 - ok",
                        "neutralize no_op 0 - no_op", "neutralize error 1 config error",
                        "verify error 2 connection error");
        assertThat(rows("SELECT client_id || ' ' || name FROM ops.environments ORDER BY 1"))
                .containsExactly("default dev", "default stage");
    }

    @Test
    void anActivePolicyOverridesTheAllowlistAndTheSummaryNamesIt() throws SQLException {
        CliRun.of(Map.of(), "verify", "--evidence-db", url); // creates the schema
        execute("INSERT INTO ops.policies (name, environment, cron_allowlist) VALUES ('no-crons-in-dev', 'dev', 'none')");
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);

            CliRun run = CliRun.of(db.variables("dev"), "neutralize", "--yes", "--evidence-db", url);

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("\"policy\":\"no-crons-in-dev\"").contains("\"unresolved_allowlist\":[]");
            assertThat(run.err()).contains("policy 'no-crons-in-dev' of the control plane applies to dev");
            assertThat(db.count("SELECT count(*) FROM ir_cron WHERE active")).isZero();
        }
        assertThat(rows("SELECT policy_name FROM ops.neutralization_runs WHERE command = 'neutralize'"))
                .containsExactly("no-crons-in-dev");
    }

    @Test
    void aPolicyOfAnotherClientDoesNotApply() throws SQLException {
        CliRun.of(Map.of(), "verify", "--evidence-db", url);
        execute("INSERT INTO ops.policies (client_id, name, environment, cron_allowlist) "
                + "VALUES ('acme', 'acme-dev', 'dev', 'none')");
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            Map<String, String> vars = db.variables("dev");
            vars.put(ControlPlane.CLIENT_ID_VARIABLE, "globex");

            CliRun run = CliRun.of(vars, "neutralize", "--yes", "--evidence-db", url);

            assertThat(run.out()).doesNotContain("\"policy\"");
            assertThat(db.count("SELECT count(*) FROM ir_cron WHERE active")).isEqualTo(2);
        }
        assertThat(rows("SELECT client_id FROM ops.neutralization_runs WHERE command = 'neutralize'"))
                .containsExactly("globex");
    }

    @Test
    void aRestoreRecordsADeploymentWithItsRun() throws SQLException {
        CliRun run = CliRun.of(Map.of(), "restore", "--dump", "/nonexistent/prod.dump", "--to", "odoo_dev_t_nowhere",
                "--yes", "--evidence-db", url);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(rows("SELECT d.kind || ' ' || d.database_name || ' ' || d.source || ' ' || d.status || ' ' "
                + "|| r.exit_code FROM ops.deployments d JOIN ops.neutralization_runs r ON r.id = d.run_id"))
                .containsExactly("restore odoo_dev_t_nowhere /nonexistent/prod.dump failed 1");
    }

    @Test
    void anUnreachableControlPlaneFailsASuccessfulRunWithoutShowingItsPassword() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            Map<String, String> vars = db.variables("dev");
            vars.put(ControlPlane.PASSWORD_VARIABLE, "cp-Secret-42");

            CliRun run = CliRun.of(vars, "neutralize", "--dry-run", "--evidence-db",
                    "jdbc:postgresql://127.0.0.1:1/ops?user=ops&password=url-Secret-43&connectTimeout=2");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("cannot record the run in the evidence database");
            assertThat(run.out() + run.err()).doesNotContain("cp-Secret-42").doesNotContain("url-Secret-43");
        }
    }

    @Test
    void anUnreachableControlPlaneStopsALiveRunBeforeItWithAnErrorSummary() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            TableSnapshot before = db.snapshot();

            CliRun run = CliRun.of(db.variables("dev"), "neutralize", "--yes", "--evidence-db",
                    "jdbc:postgresql://ops:url-Secret-45@127.0.0.1:1/ops?user=ops&password=url-Secret-46&connectTimeout=2");

            assertThat(run.exitCode()).isEqualTo(2);
            JsonNode summary = new ObjectMapper().readTree(run.summaryJson());
            assertThat(summary.path("status").asText()).isEqualTo("error");
            assertThat(summary.path("error").path("kind").asText()).isEqualTo("evidence");
            assertThat(summary.path("error").path("message").asText())
                    .startsWith("cannot read policies from the evidence database: ");
            assertThat(summary.path("db").asText()).isEqualTo(db.name());
            assertThat(db.snapshot()).as("the run did not start").isEqualTo(before);
            assertThat(run.out() + run.err()).doesNotContain("url-Secret-45").doesNotContain("url-Secret-46")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void thePasswordFileOfTheControlPlaneNeverReachesAnyOutputOrEvidence() throws Exception {
        Path secret = Files.writeString(Files.createTempFile("ops-db", ".secret"), "file-Secret-44\n");
        Path evidence = Files.createTempDirectory("evidence");
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            Map<String, String> vars = db.variables("dev");
            vars.put(ControlPlane.PASSWORD_FILE_VARIABLE, secret.toString());

            CliRun run = CliRun.of(vars, "neutralize", "--dry-run", "--evidence-dir", evidence.toString(),
                    "--evidence-db", "jdbc:postgresql://127.0.0.1:1/ops?user=ops&connectTimeout=2");

            assertThat(run.exitCode()).isEqualTo(2);
            StringBuilder written = new StringBuilder(run.out()).append(run.err());
            try (var files = Files.walk(evidence)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    written.append(Files.readString(p));
                }
            }
            assertThat(written).doesNotContain("file-Secret-44");
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = TestPostgres.get().connect(controlPlane); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = TestPostgres.get().connect(controlPlane); Statement s = c.createStatement();
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
