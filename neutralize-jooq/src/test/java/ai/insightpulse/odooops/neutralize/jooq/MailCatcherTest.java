package ai.insightpulse.odooops.neutralize.jooq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.insightpulse.odooops.neutralize.ConfigException;
import ai.insightpulse.odooops.neutralize.MailSink;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import ai.insightpulse.odooops.neutralize.RunStatus;
import ai.insightpulse.odooops.neutralize.testing.FixtureRows;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** IPAI_MAIL_CATCHER: the one sink row points at a catcher people can read, and back, never two active sinks. */
class MailCatcherTest {

    private static final MailSink MAILPIT = MailSink.catcher("mailpit:1025", null);

    private final JooqNeutralizer engine = JooqNeutralizer.create();

    private static NeutralizeConfig config(OdooDatabase db, MailSink sink) {
        return db.config().mailSink(sink).build();
    }

    private static String sinks(OdooDatabase db) {
        return String.valueOf(db.scalar("SELECT string_agg(smtp_host || ':' || smtp_port || ':' || active, ',' "
                + "ORDER BY id) FROM ir_mail_server WHERE name = 'neutralization - disable emails'"));
    }

    @Test
    void switchingBetweenTheVoidAndACatcherMovesTheOneSinkRowAndRepeatsAreNoOps() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            FixtureRows.insert(db.connection(), "ir_mail_server", Map.of("name", "prod relay", "smtp_host",
                    "smtp.example.com", "smtp_port", 587, "smtp_encryption", "starttls", "smtp_authentication",
                    "login", "active", true));
            engine.neutralize(config(db, MailSink.VOID));
            assertThat(sinks(db)).isEqualTo("invalid:1025:true");

            NeutralizationResult toCatcher = engine.neutralize(config(db, MAILPIT));
            NeutralizationResult again = engine.neutralize(config(db, MAILPIT));
            assertThat(toCatcher.rows(NeutralizationTarget.MAIL_SINK)).isEqualTo(1);
            assertThat(toCatcher.mailServersChanged()).as("the sink is not a real server").isZero();
            assertThat(sinks(db)).isEqualTo("mailpit:1025:true");
            assertThat(again.status()).isEqualTo(RunStatus.NO_OP);
            assertThat(engine.inspect(config(db, MAILPIT)).alreadyNeutralized()).as("verify sees it neutralized")
                    .isTrue();

            NeutralizationResult back = engine.neutralize(config(db, MailSink.VOID));
            NeutralizationResult backAgain = engine.neutralize(config(db, MailSink.VOID));
            assertThat(back.rows(NeutralizationTarget.MAIL_SINK)).isEqualTo(1);
            assertThat(back.mailServersChanged()).isZero();
            assertThat(sinks(db)).isEqualTo("invalid:1025:true");
            assertThat(backAgain.status()).isEqualTo(RunStatus.NO_OP);
            assertThat(db.scalar("SELECT count(*) FROM ir_mail_server WHERE active")).isEqualTo(1L);
        }
    }

    @Test
    void odoosOwnSinkRowIsPointedAtTheCatcherRatherThanDuplicated() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("17.0")) {
            FixtureRows.insert(db.connection(), "ir_mail_server", Map.of("name", "neutralization - disable emails",
                    "smtp_host", "invalid", "smtp_port", 1025, "smtp_encryption", "none", "smtp_authentication",
                    "login", "active", true, "smtp_user", "left-over"));

            engine.neutralize(config(db, MailSink.catcher("127.0.0.1:2525", null)));

            assertThat(sinks(db)).isEqualTo("127.0.0.1:2525:true");
            assertThat(db.scalar("SELECT smtp_user IS NULL FROM ir_mail_server")).isEqualTo(true);
        }
    }

    @Test
    void aFreshDatabaseGetsItsSinkOnTheCatcherStraightAway() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            MailSink listed = MailSink.catcher("catcher.qa.corp:1025", "catcher.qa.corp");

            NeutralizationResult r = engine.neutralize(config(db, listed));

            assertThat(r.rows(NeutralizationTarget.MAIL_SINK)).isEqualTo(1);
            assertThat(sinks(db)).isEqualTo("catcher.qa.corp:1025:true");
            assertThat(engine.neutralize(config(db, listed)).status()).isEqualTo(RunStatus.NO_OP);
        }
    }

    @Test
    void onlyCatcherHostsAreAccepted() {
        for (String ok : List.of("localhost:1025", "127.0.0.1:1025", "[::1]:1025", "mailpit:1025",
                "mailhog.internal:1025", "smtp4dev:25", "sink.invalid:25")) {
            assertThat(MailSink.catcher(ok, null).port()).as(ok).isPositive();
        }
        for (String refused : List.of("smtp.gmail.com:587", "smtp.sendgrid.net:25", "10.0.0.5:25",
                "mailpit", "mailpit:0", "mailpit:99999", "relay:25 ")) {
            assertThatThrownBy(() -> MailSink.catcher(refused, null)).as(refused)
                    .isInstanceOf(ConfigException.class);
        }
        assertThatThrownBy(() -> MailSink.catcher("smtp.office365.com:587", "catcher.qa.corp"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("refusing the mail catcher host");
    }
}
