package ai.insightpulse.odooops.agent;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import ai.insightpulse.odooops.neutralize.testing.TableSnapshot;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** In prod the agent reads only, reports LIVE, and treats a neutralized-looking database as an alarm. */
class ProdTest {

    @Test
    void aLiveProdIsReadyLiveAndUntouched() {
        OdooDatabase prod = OdooDatabase.create("18.0", "odoo_prod");
        ProdLikeSeed.seed(prod);
        TableSnapshot before = prod.snapshot();
        try (AgentFixture fx = AgentFixture.start(prod, "prod", AgentConfig.ENFORCE + "=true")) {
            fx.awaitReadyz(200, Duration.ofSeconds(10));
            fx.awaitNextCheck();
            JsonNode s = fx.status();
            assertThat(s.path("env").asText()).isEqualTo("prod");
            assertThat(s.path("prod_looks_neutralized").asBoolean()).isFalse();
            assertThat(s.path("enforcements").asLong()).isZero();
            assertThat(AgentFixture.json(fx.get("/readyz")).path("components").path("neutralization")
                    .path("status").asText()).isEqualTo("LIVE");
            assertThat(fx.get("/").body()).contains(">LIVE</span>");
            assertThat(fx.get("/metrics").body()).contains("odooops_prod_looks_neutralized{env=\"prod\"} 0");
            assertThat(prod.snapshot()).isEqualTo(before);
        }
    }

    @Test
    void aProdThatLooksNeutralizedIsAnAlarm() {
        OdooDatabase prod = OdooDatabase.create("18.0", "odoo_prod");
        ProdLikeSeed.seed(prod);
        // what a neutralized copy restored over prod looks like
        prod.execute("UPDATE ir_mail_server SET active = false");
        prod.execute("INSERT INTO ir_config_parameter (key, value) VALUES ('database.is_neutralized', 'true')");
        try (AgentFixture fx = AgentFixture.start(prod, "prod")) {
            fx.awaitStatus(s -> s.path("prod_looks_neutralized").asBoolean(), Duration.ofSeconds(10));
            JsonNode ready = AgentFixture.json(fx.get("/readyz"));
            assertThat(ready.path("components").path("neutralization").path("status").asText()).isEqualTo("ALARM");
            assertThat(fx.get("/metrics").body()).contains("odooops_prod_looks_neutralized{env=\"prod\"} 1");
            assertThat(fx.get("/").body()).contains("PROD LOOKS NEUTRALIZED");
        }
    }
}
