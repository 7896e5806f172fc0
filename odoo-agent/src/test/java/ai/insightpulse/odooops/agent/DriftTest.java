package ai.insightpulse.odooops.agent;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A neutralized copy drifting back (a cron switched on behind the agent's back). */
class DriftTest {

    /** The next check (at most one interval away) plus 700 ms of slack for a loaded 2-core CI machine. */
    private static final Duration WITHIN_AN_INTERVAL = AgentFixture.INTERVAL.plusMillis(700);

    @Test
    void aCronSwitchedBackOnIsCountedAsDriftAndReadinessDrops() {
        OdooDatabase db = OdooDatabase.createDev("18.0");
        Map<String, Integer> ids = ProdLikeSeed.seed(db);
        try (AgentFixture fx = AgentFixture.start(db, "dev")) {
            fx.apply();
            fx.awaitReadyz(200, Duration.ofSeconds(10));
            fx.awaitNextCheck();
            db.execute("UPDATE ir_cron SET active = true WHERE id = " + ids.get("cron_ir_cron_mail_scheduler_action"));
            Duration seen = fx.awaitStatus(s -> s.path("drift_events").asLong() == 1, WITHIN_AN_INTERVAL);
            JsonNode s = fx.status();
            assertThat(s.path("neutralized").asBoolean()).isFalse();
            assertThat(s.path("active_non_allowlisted_crons").asLong()).isEqualTo(1);
            assertThat(fx.get("/readyz").statusCode()).isEqualTo(503);
            assertThat(fx.get("/metrics").body()).contains("odooops_drift_events_total 1");
            // without enforcement the cron stays on, and staying drifted is one event, not one per check
            fx.awaitNextCheck();
            assertThat(fx.status().path("drift_events").asLong()).isEqualTo(1);
            assertThat(db.count("SELECT count(*) FROM ir_cron WHERE active")).isEqualTo(3);
            System.out.printf("drift seen after %d ms (interval %d ms)%n", seen.toMillis(),
                    AgentFixture.INTERVAL.toMillis());
        }
    }

    @Test
    void withEnforcementDriftIsFixedAtOnce() {
        OdooDatabase db = OdooDatabase.createDev("18.0");
        Map<String, Integer> ids = ProdLikeSeed.seed(db);
        try (AgentFixture fx = AgentFixture.start(db, "dev", AgentConfig.ENFORCE + "=true")) {
            // enforcement also neutralizes the unneutralized copy it finds at start
            fx.awaitReadyz(200, Duration.ofSeconds(10));
            assertThat(db.count("SELECT count(*) FROM ir_cron WHERE active")).isEqualTo(2);
            db.execute("UPDATE ir_cron SET active = true WHERE id = " + ids.get("cron_ir_cron_mail_scheduler_action"));
            db.execute("UPDATE ir_mail_server SET active = true WHERE id = " + ids.get("smtp_prod"));
            fx.awaitStatus(s -> s.path("drift_events").asLong() == 1, WITHIN_AN_INTERVAL);
            JsonNode s = fx.status();
            assertThat(s.path("neutralized").asBoolean()).isTrue();
            assertThat(s.path("enforcements").asLong()).isEqualTo(2);
            assertThat(db.count("SELECT count(*) FROM ir_cron WHERE active")).isEqualTo(2);
            assertThat(db.count("SELECT count(*) FROM ir_mail_server WHERE active AND smtp_host <> 'invalid'"))
                    .isZero();
            assertThat(fx.get("/readyz").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theMailSinkRemovedIsDrift() {
        try (AgentFixture fx = AgentFixture.dev()) {
            fx.apply();
            fx.awaitNextCheck();
            fx.db.execute("UPDATE ir_mail_server SET active = false WHERE smtp_host = 'invalid' AND smtp_port = 1025");
            fx.awaitStatus(s -> s.path("drift_events").asLong() == 1, WITHIN_AN_INTERVAL);
            assertThat(fx.status().path("mail_sink_present").asBoolean()).isFalse();
        }
    }
}
