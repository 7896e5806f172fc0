package ai.insightpulse.odooops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import ai.insightpulse.odooops.neutralize.testing.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** IPAI_MAIL_CATCHER from the environment or a control-plane policy, as neutralize and verify read it. */
class MailCatcherCliTest {

    @Test
    void aRealRelayAsCatcherIsRefusedWithExit1BeforeAnythingConnects() {
        Map<String, String> vars = new HashMap<>(Map.of("IPAI_ENV", "dev", "DB_NAME", "odoo_dev", "DB_HOST",
                "127.0.0.1", "DB_PORT", "1", "IPAI_MAIL_CATCHER", "smtp.gmail.com:587"));

        CliRun run = CliRun.of(vars, "neutralize", "--yes");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.summaryJson()).contains("\"status\":\"error\"").contains("\"kind\":\"config\"")
                .contains("refusing the mail catcher host smtp.gmail.com");
        assertThat(run.err()).doesNotContain("Connection refused");
    }

    @Test
    void aPolicysCatcherPointsTheSinkAtItAndVerifyWithTheSamePolicyPasses() throws SQLException {
        String controlPlane = "odoo_ops_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        admin("CREATE DATABASE " + controlPlane);
        TestPostgres pg = TestPostgres.get();
        String url = "jdbc:postgresql://" + pg.host() + ":" + pg.port() + "/" + controlPlane + "?user=" + pg.user();
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            CliRun.of(Map.of(), "verify", "--evidence-db", url); // creates the ops schema
            try (Connection c = pg.connect(controlPlane); Statement s = c.createStatement()) {
                s.execute("INSERT INTO ops.policies (name, environment, mail_catcher) VALUES ('qa-mailpit', 'dev', "
                        + "'mailpit:1025')");
            }

            CliRun run = CliRun.of(db.variables("dev"), "neutralize", "--yes", "--evidence-db", url);
            CliRun verify = CliRun.of(db.variables("dev"), "verify", "--evidence-db", url);

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.summaryJson()).contains("\"policy\":\"qa-mailpit\"");
            assertThat(db.scalar("SELECT string_agg(smtp_host || ':' || smtp_port, ',') FROM ir_mail_server "
                    + "WHERE active")).isEqualTo("mailpit:1025");
            assertThat(verify.exitCode()).as(verify.out()).isZero();
        } finally {
            admin("DROP DATABASE IF EXISTS " + controlPlane + " WITH (FORCE)");
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = TestPostgres.get().admin(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
