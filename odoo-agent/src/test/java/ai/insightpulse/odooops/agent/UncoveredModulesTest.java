package ai.insightpulse.odooops.agent;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.testing.ModuleFilesSeed;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The agent judges coverage with the addons path of its environment ({@code ODOO_ADDONS_PATH} / {@code ODOO_RC}):
 * uncovered modules in {@code /status}, on the page and as {@code odooops_uncovered_modules}; a module file not yet
 * run is pending; no credential value anywhere.
 */
class UncoveredModulesTest {

    @Test
    void statusPageAndMetricsNameTheUncoveredModulesAndAnUnrunModuleFileIsPending() {
        OdooDatabase db = OdooDatabase.createDev("18.0");
        ProdLikeSeed.seed(db);
        ModuleFilesSeed.seed(db);
        try (AgentFixture fx = AgentFixture.start(db, "dev",
                "ODOO_ADDONS_PATH=" + ModuleFilesSeed.addonsTree())) {
            fx.awaitStatus(s -> s.path("db_up").asBoolean(), Duration.ofSeconds(10));
            JsonNode status = fx.status();
            String page = fx.get("/").body();
            String metrics = fx.get("/metrics").body();

            assertThat(status.get("uncovered_modules").get(0).asText()).isEqualTo("ipai_bridge_settings");
            assertThat(status.get("modules").get("ipai_queue").get("status").asText()).isEqualTo("would_change");
            assertThat(status.get("neutralized").asBoolean()).isFalse();
            assertThat(page).contains("id=\"uncovered\"").contains("ipai_bridge_settings")
                    .contains("data-module=\"ipai_mail_api\"");
            assertThat(metrics).contains("odooops_uncovered_modules{env=\"dev\"} 1");
            for (String body : new String[] {status.toString(), page, metrics}) {
                assertThat(body).doesNotContain(ModuleFilesSeed.MAIL_API_KEY)
                        .doesNotContain(ModuleFilesSeed.BRIDGE_WEBHOOK);
            }
        }
    }
}
