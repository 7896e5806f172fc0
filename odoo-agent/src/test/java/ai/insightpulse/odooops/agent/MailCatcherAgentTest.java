package ai.insightpulse.odooops.agent;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.ConfigVariables;
import ai.insightpulse.odooops.neutralize.MailSink;
import ai.insightpulse.odooops.neutralize.jooq.JooqNeutralizer;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An agent given the same IPAI_MAIL_CATCHER as the neutralization takes the catcher row for the sink. */
class MailCatcherAgentTest {

    @Test
    void aCopyWhoseSinkPointsAtTheCatcherIsNeutralizedAndReady() {
        OdooDatabase db = OdooDatabase.createDev("18.0");
        ProdLikeSeed.seed(db);
        JooqNeutralizer.create().neutralize(db.config().mailSink(MailSink.catcher("mailpit:1025", null)).build());
        try (AgentFixture fx = AgentFixture.start(db, "dev", ConfigVariables.IPAI_MAIL_CATCHER + "=mailpit:1025")) {
            fx.awaitReadyz(200, Duration.ofSeconds(10));
            JsonNode s = fx.status();

            assertThat(s.path("neutralized").asBoolean()).isTrue();
            assertThat(s.path("mail_sink_present").asBoolean()).isTrue();
            assertThat(db.count("SELECT count(*) FROM ir_mail_server WHERE active AND smtp_host = 'mailpit'"))
                    .isEqualTo(1);
            assertThat(db.count("SELECT count(*) FROM ir_mail_server WHERE active")).isEqualTo(1);
        }
    }
}
