package ai.insightpulse.odooops.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every HTTP endpoint, over real HTTP, against a seeded Odoo 18.0 database. */
class EndpointsTest {

    private AgentFixture fx;

    @BeforeEach
    void start() {
        fx = AgentFixture.dev();
        fx.awaitStatus(s -> s.path("db_up").asBoolean(), Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void healthzAnswersUpWithoutTheDatabase() {
        fx.blockDatabase();
        try {
            HttpResponse<String> r = fx.get("/healthz");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(AgentFixture.json(r).path("status").asText()).isEqualTo("UP");
        } finally {
            fx.unblockDatabase();
        }
        fx.awaitStatus(s -> s.path("db_up").asBoolean(), Duration.ofSeconds(10));
    }

    @Test
    void statusReportsThePendingCountsOfAnUnneutralizedCopy() {
        JsonNode s = fx.status();
        assertThat(s.path("env").asText()).isEqualTo("dev");
        assertThat(s.path("db").asText()).isEqualTo(fx.db.name());
        assertThat(s.path("odoo_series").asText()).isEqualTo("18.0");
        assertThat(s.path("neutralized").asBoolean()).isFalse();
        // Prod SMTP, Backup relay and the 'cli' server are live; four live crons plus one without an xml id
        assertThat(s.path("active_real_mail_servers").asLong()).isEqualTo(3);
        assertThat(s.path("active_non_allowlisted_crons").asLong()).isEqualTo(5);
        assertThat(s.path("neutralized_flag").asBoolean()).isFalse();
        assertThat(s.path("mail_sink_present").asBoolean()).isFalse();
        assertThat(s.path("targets").path("crons").path("outcome").asText()).isEqualTo("would_change");
        assertThat(s.path("targets").path("crons").path("pending").asLong()).isEqualTo(5);
        assertThat(s.path("last_check").asText()).isNotEmpty();
        assertThat(s.path("drift_events").asLong()).isZero();
        assertThat(s.path("odoo").path("configured").asBoolean()).isFalse();
    }

    @Test
    void readyzIsDownUntilTheCopyIsNeutralizedThenUp() {
        HttpResponse<String> before = fx.get("/readyz");
        JsonNode body = AgentFixture.json(before);
        assertThat(before.statusCode()).isEqualTo(503);
        assertThat(body.path("status").asText()).isEqualTo("DOWN");
        assertThat(body.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(body.path("components").path("neutralization").path("status").asText()).isEqualTo("DOWN");
        assertThat(body.path("components").path("odoo").path("status").asText()).isEqualTo("UNKNOWN");

        assertThat(fx.apply().path("result").path("status").asText()).isEqualTo("ok");

        HttpResponse<String> after = fx.get("/readyz");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(AgentFixture.json(after).path("status").asText()).isEqualTo("UP");
        assertThat(AgentFixture.json(after).path("components").path("neutralization").path("status").asText())
                .isEqualTo("UP");
    }

    @Test
    void metricsFollowPrometheusNaming() {
        HttpResponse<String> r = fx.get("/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("text/plain; version=0.0.4"));
        assertThat(r.body())
                .contains("# TYPE odooops_agent_build_info gauge")
                .contains("odooops_db_up 1")
                .contains("odooops_pending_rows{target=\"crons\"}")
                .contains("# TYPE odooops_checks_total counter")
                .contains("# TYPE odooops_drift_events_total counter")
                .contains("odooops_applies_total{outcome=\"ok\"}")
                .contains("# TYPE odooops_check_duration_seconds gauge")
                .containsPattern("odooops_neutralized\\{env=\"dev\"\\} [01]\\n");
        assertThat(Promtool.checkMetrics(r.body())).isEmpty();
    }

    @Test
    void statusPageShowsTheBadgeAndEveryTarget() {
        HttpResponse<String> r = fx.get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("text/html"));
        assertThat(r.body()).contains("<span id=\"badge\"").contains("data-target=\"mail_servers\"")
                .contains("data-target=\"crons\"").contains(fx.db.name());
    }

    @Test
    void unknownPathsAnswer404AndWrongMethods405() {
        assertThat(fx.get("/nope").statusCode()).isEqualTo(404);
        assertThat(fx.get("/jsonrpc").statusCode()).isEqualTo(405);
        assertThat(fx.post("/status", "{}").statusCode()).isEqualTo(405);
    }

    @Test
    void manyRequestsAreServedFromTheCacheWithoutExtraChecks() {
        JsonNode first = fx.awaitNextCheck();
        long checksBefore = first.path("checks").asLong();
        long started = System.nanoTime();
        for (int i = 0; i < 500; i++) {
            fx.get(i % 2 == 0 ? "/status" : "/metrics");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        long checksAfter = fx.status().path("checks").asLong();
        long maxByClock = took.toMillis() / AgentFixture.INTERVAL.toMillis() + 2;
        assertThat(checksAfter - checksBefore).isLessThanOrEqualTo(maxByClock);
    }
}
