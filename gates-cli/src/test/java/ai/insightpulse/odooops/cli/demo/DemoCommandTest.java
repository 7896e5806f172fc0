package ai.insightpulse.odooops.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.cli.CliRun;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import ai.insightpulse.odooops.neutralize.testing.TableSnapshot;
import ai.insightpulse.odooops.neutralize.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

    @AfterAll
    static void dropTheDemoDatabase() throws SQLException {
        try (Connection admin = TestPostgres.get().admin(); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DemoDatabase.NAME + " WITH (FORCE)");
        }
    }

    @Test
    void buildsAProdLikeOdoo18DatabaseNeutralizesItAndVerifies() throws SQLException {
        CliRun run = CliRun.of(server(), "demo");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).singleElement().asString()
                .startsWith("NEUTRALIZE_SUMMARY: {\"env\":\"dev\",\"db\":\"odoo_dev_demo\",\"dry_run\":false,"
                        + "\"mail_servers_changed\":3,\"crons_changed\":24,\"already_neutralized\":false,"
                        + "\"status\":\"ok\"")
                .contains("\"odoo_series\":\"18.0\"");
        assertThat(run.err())
                .contains("1/3 plan", "2/3 apply", "3/3 verify")
                .containsPattern("crons +24 pending +24 changed +ok")
                .containsPattern("active crons +26 of 29 +2 of 29 \\(base.autovacuum_job, "
                        + "mail.ir_cron_delete_notification\\)")
                .contains("verdict: odoo_dev_demo is neutralized");
        try (Connection c = TestPostgres.get().connect(DemoDatabase.NAME); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FILTER (WHERE active), "
                     + "count(*) FILTER (WHERE active AND smtp_host = 'invalid' AND smtp_port = 1025) "
                     + "FROM ir_mail_server")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getInt(2)).isEqualTo(1);
        }
        Map<String, String> verify = new HashMap<>(server());
        verify.put("IPAI_ENV", "dev");
        verify.put("DB_NAME", DemoDatabase.NAME);
        assertThat(CliRun.of(verify, "verify").exitCode()).isZero();
    }

    @Test
    void aSecondRunRebuildsTheDatabaseFromScratch() {
        CliRun.of(server(), "demo");

        CliRun again = CliRun.of(server(), "demo");

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("\"crons_changed\":24").contains("\"status\":\"ok\"");
    }

    @Test
    void neverTouchesTheDatabaseThatDbNameAndIpaiEnvPointAt() {
        try (OdooDatabase other = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(other);
            TableSnapshot before = other.snapshot();
            Map<String, String> vars = other.variables("dev");
            vars.put("IPAI_NEUTRALIZE_CONFIRM", "YES");

            CliRun run = CliRun.of(vars, "demo");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("\"db\":\"odoo_dev_demo\"").doesNotContain(other.name());
            assertThat(other.snapshot().tablesDifferingFrom(before)).isEmpty();
        }
    }

    @Test
    void theFakeProdPasswordsNeverReachAnyOutput() {
        CliRun run = CliRun.of(server(), "demo");

        assertThat(run.out() + run.err()).doesNotContain("demo-fake").doesNotContain("demo_FAKE_stripe_secret").doesNotContain("whsec_demoFAKE");
    }

    @Test
    void aMalformedPortIsAConfigErrorWithExitOneAndNoDatabaseWork() {
        Map<String, String> vars = server();
        vars.put("DB_PORT", "not-a-port");

        CliRun run = CliRun.of(vars, "demo");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).singleElement().asString().contains("\"kind\":\"config\"");
        assertThat(run.err()).contains("DB_PORT='not-a-port' is not a port number");
    }

    @Test
    void anUnreachableServerIsARuntimeErrorWithExitTwo() {
        Map<String, String> vars = server();
        vars.put("DB_PORT", "1");

        CliRun run = CliRun.of(vars, "demo");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.outLines()).singleElement().asString().contains("\"kind\":\"connection\"");
    }

    private static Map<String, String> server() {
        TestPostgres pg = TestPostgres.get();
        Map<String, String> vars = new HashMap<>();
        vars.put("DB_HOST", pg.host());
        vars.put("DB_PORT", Integer.toString(pg.port()));
        vars.put("DB_USER", pg.user());
        if (!pg.password().isEmpty()) {
            vars.put("DB_PASSWORD", pg.password());
        }
        return vars;
    }
}
