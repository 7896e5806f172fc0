package ai.insightpulse.odooops.agent;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import ai.insightpulse.odooops.neutralize.testing.TestPostgres;
import ai.insightpulse.odooops.neutralize.testing.TestRole;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 point 1, for the agent: a database whose Odoo tables the agent cannot see as Odoo's own connection would
 * is never called neutralized, and the agent is never ready on it; it says why on {@code /readyz}, {@code /status},
 * the status page and in a metric.
 */
class FailClosedAgentTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void aRoleThatMayOnlyConnectKeepsTheAgentNotReadyAndSaysPermission() {
        try (TestRole role = TestRole.create()) {
            OdooDatabase db = OdooDatabase.createDev("18.0");
            ProdLikeSeed.seed(db);
            db.execute("GRANT CONNECT ON DATABASE " + db.name() + " TO " + role.name());
            Map<String, String> login = role.variables(db, "dev");
            try (AgentFixture fx = AgentFixture.start(db, "dev", "DB_USER=" + login.get("DB_USER"),
                    "DB_PASSWORD=" + login.get("DB_PASSWORD"))) {
                fx.awaitStatus(s -> s.path("error_kind").asText().equals("permission"), WAIT);

                JsonNode status = fx.status();
                HttpResponse<String> readyz = fx.get("/readyz");
                JsonNode ready = AgentFixture.json(readyz);
                String metrics = fx.get("/metrics").body();
                String page = fx.get("/").body();

                assertThat(status.path("neutralized").isNull()).isTrue();
                assertThat(status.path("db_up").asBoolean()).isFalse();
                assertThat(status.path("error").asText()).contains("lacks SELECT on ir_config_parameter, ir_cron, ir_mail_server");
                assertThat(readyz.statusCode()).isEqualTo(503);
                assertThat(ready.path("reason").asText()).contains("Odoo's tables are not seen");
                assertThat(ready.path("components").path("db").path("details").path("error_kind").asText())
                        .isEqualTo("permission");
                assertThat(metrics).contains("odooops_check_error{kind=\"permission\"} 1")
                        .contains("odooops_check_error{kind=\"not_odoo\"} 0")
                        .doesNotContain("odooops_neutralized{");
                assertThat(page).contains(">NO ACCESS TO ODOO TABLES</span>");
            }
        }
    }

    @Test
    void aDatabaseThatIsNotOdooKeepsTheAgentNotReadyAndSaysNotOdoo() {
        OdooDatabase db = OdooDatabase.createDev("18.0");
        db.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        try (AgentFixture fx = AgentFixture.start(db, "dev")) {
            fx.awaitStatus(s -> s.path("error_kind").asText().equals("not_odoo"), WAIT);

            assertThat(fx.get("/readyz").statusCode()).isEqualTo(503);
            assertThat(fx.get("/metrics").body()).contains("odooops_check_error{kind=\"not_odoo\"} 1")
                    .doesNotContain("odooops_neutralized{");
            assertThat(fx.get("/").body()).contains(">NOT AN ODOO DATABASE</span>");
            assertThat(fx.status().path("error").asText()).contains("ir_cron", "not found through its search_path");
        }
    }

    @Test
    void anEmptySchemaNamedAfterTheRoleHidesNothing() {
        OdooDatabase db = OdooDatabase.createDev("18.0");
        ProdLikeSeed.seed(db);
        db.execute("CREATE SCHEMA \"" + TestPostgres.get().user() + "\"");
        try (AgentFixture fx = AgentFixture.start(db, "dev")) {
            fx.awaitStatus(s -> s.path("checks").asLong() > 0 && s.path("db_up").asBoolean(), WAIT);

            assertThat(fx.status().path("neutralized").asBoolean()).isFalse();
            assertThat(fx.status().path("active_real_mail_servers").asLong()).isPositive();
            assertThat(fx.get("/readyz").statusCode()).isEqualTo(503);
            assertThat(AgentFixture.json(fx.get("/readyz")).path("reason").asText()).startsWith("not neutralized: ");
            assertThat(fx.get("/metrics").body()).contains("odooops_neutralized{env=\"dev\"} 0");

            fx.apply();

            fx.awaitReadyz(200, WAIT);
            assertThat(fx.status().path("neutralized").asBoolean()).isTrue();
        }
    }
}
