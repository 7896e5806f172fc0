package ai.insightpulse.odooops.agent;

import static ai.insightpulse.odooops.agent.JsonRpcTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import ai.insightpulse.odooops.neutralize.testing.TableSnapshot;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code neutralization.apply}: what it changes with the token, and everything it refuses. */
class ApplyTest {

    @Test
    void applyWithTheTokenNeutralizesAndTheStatusFollows() {
        try (AgentFixture fx = AgentFixture.dev()) {
            fx.awaitStatus(s -> s.path("db_up").asBoolean(), Duration.ofSeconds(10));
            JsonNode r = fx.apply().path("result");
            assertThat(r.path("status").asText()).isEqualTo("ok");
            assertThat(r.path("dry_run").asBoolean()).isFalse();
            assertThat(r.path("mail_servers_changed").asLong()).isEqualTo(3);
            assertThat(r.path("crons_changed").asLong()).isEqualTo(5);
            assertThat(fx.db.count("SELECT count(*) FROM ir_cron WHERE active")).isEqualTo(2);
            assertThat(fx.db.count("SELECT count(*) FROM ir_mail_server WHERE active AND smtp_host <> 'invalid'"))
                    .isZero();
            // the status is refreshed before apply answers
            JsonNode s = fx.status();
            assertThat(s.path("neutralized").asBoolean()).isTrue();
            assertThat(s.path("applies").path("ok").asLong()).isEqualTo(1);
            // a second apply changes nothing
            assertThat(fx.apply().path("result").path("status").asText()).isEqualTo("no_op");
        }
    }

    @Test
    void aTokenReadFromAMountedFileAuthorizesApply(@TempDir Path secrets) throws Exception {
        // how Kubernetes hands it over (deploy/kubernetes): a Secret item as a file, with a trailing newline
        Path file = Files.writeString(secrets.resolve("token"), AgentFixture.TOKEN + "\n");
        try (AgentFixture fx = AgentFixture.dev(AgentConfig.TOKEN, AgentConfig.TOKEN_FILE + "=" + file)) {
            fx.awaitStatus(s -> s.path("db_up").asBoolean(), Duration.ofSeconds(10));
            assertThat(fx.apply().path("result").path("status").asText()).isEqualTo("ok");
            assertThat(fx.db.count("SELECT count(*) FROM ir_mail_server WHERE active AND smtp_host <> 'invalid'"))
                    .isZero();
        }
    }

    @Test
    void applyWithoutATokenHeaderIsUnauthorizedAndChangesNothing() {
        try (AgentFixture fx = AgentFixture.dev()) {
            TableSnapshot before = fx.db.snapshot();
            assertError(fx.call("neutralization.apply"), -32001);
            assertThat(fx.db.snapshot()).isEqualTo(before);
        }
    }

    @Test
    void applyWithAWrongTokenIsUnauthorizedAndChangesNothing() {
        try (AgentFixture fx = AgentFixture.dev()) {
            TableSnapshot before = fx.db.snapshot();
            assertError(fx.call("neutralization.apply", "Authorization", "Bearer " + AgentFixture.TOKEN + "x"),
                    -32001);
            assertError(fx.call("neutralization.apply", "Authorization", "Basic " + AgentFixture.TOKEN), -32001);
            assertError(fx.call("neutralization.apply", "Authorization",
                    "Bearer " + AgentFixture.TOKEN.substring(0, 10)), -32001);
            assertThat(fx.db.snapshot()).isEqualTo(before);
            assertThat(fx.get("/metrics").body()).contains("odooops_applies_total{outcome=\"unauthorized\"} 3");
        }
    }

    @Test
    void applyIsForbiddenWhenTheAgentHasNoToken() {
        try (AgentFixture fx = AgentFixture.start(seeded(), "dev", AgentConfig.TOKEN)) {
            TableSnapshot before = fx.db.snapshot();
            assertError(fx.call("neutralization.apply", "Authorization", "Bearer anything-at-all-123456"), -32002);
            assertThat(fx.db.snapshot()).isEqualTo(before);
        }
    }

    @Test
    void applyIsForbiddenInProdEvenWithTheToken() {
        OdooDatabase prod = OdooDatabase.create("18.0", "odoo_prod");
        ProdLikeSeed.seed(prod);
        try (AgentFixture fx = AgentFixture.start(prod, "prod")) {
            TableSnapshot before = fx.db.snapshot();
            JsonNode r = fx.apply();
            assertError(r, -32002);
            assertThat(r.path("error").path("data").path("detail").asText()).contains("prod");
            assertThat(fx.db.snapshot()).isEqualTo(before);
        }
    }

    @Test
    void applyOnAnUnreachableDatabaseIsAnInternalErrorAndRetryable() {
        try (AgentFixture fx = AgentFixture.dev()) {
            fx.awaitStatus(s -> s.path("db_up").asBoolean(), Duration.ofSeconds(10));
            fx.blockDatabase();
            JsonNode r = fx.apply();
            assertError(r, -32603);
            assertThat(r.path("error").path("data").path("kind").asText()).isEqualTo("connection");
            assertThat(r.path("error").path("data").path("retryable").asBoolean()).isTrue();
            fx.unblockDatabase();
            assertThat(fx.db.count("SELECT count(*) FROM ir_cron WHERE active")).isEqualTo(7);
        }
    }

    @Test
    void planBeforeAnySuccessfulCheckIsAnInternalError() {
        OdooDatabase db = seeded();
        try (AgentFixture fx = blockedFromTheStart(db)) {
            JsonNode r = fx.call("neutralization.plan");
            assertError(r, -32603);
            assertThat(r.path("error").path("data").path("retryable").asBoolean()).isTrue();
        }
    }

    private static AgentFixture blockedFromTheStart(OdooDatabase db) {
        db.execute("SELECT 1");
        try (var c = ai.insightpulse.odooops.neutralize.testing.TestPostgres.get().admin();
             var s = c.createStatement()) {
            s.execute("ALTER DATABASE " + db.name() + " WITH ALLOW_CONNECTIONS false");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return AgentFixture.start(db, "dev");
    }

    private static OdooDatabase seeded() {
        OdooDatabase db = OdooDatabase.createDev("18.0");
        ProdLikeSeed.seed(db);
        return db;
    }
}
