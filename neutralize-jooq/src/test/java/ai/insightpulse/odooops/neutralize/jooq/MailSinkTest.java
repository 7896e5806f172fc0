package ai.insightpulse.odooops.neutralize.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.testing.FixtureRows;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exactly one active sink, whatever was there before; never a second one. */
class MailSinkTest {

    private final JooqNeutralizer engine = JooqNeutralizer.create();

    private static int server(OdooDatabase db, String name, String host, boolean active, String auth) throws SQLException {
        return FixtureRows.insert(db.connection(), "ir_mail_server", Map.of("name", name, "smtp_host", host,
                "smtp_port", 1025, "smtp_encryption", "none", "smtp_authentication", auth, "active", active));
    }

    private static long activeSinks(OdooDatabase db) {
        return db.count("SELECT count(*) FROM ir_mail_server WHERE active AND smtp_host = 'invalid' "
                + "AND smtp_authentication <> 'cli'");
    }

    @Test
    void aDatabaseWithoutAnySinkGetsOneShapedLikeOdoos() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            NeutralizationResult r = engine.neutralize(db.config().build());

            assertThat(r.rows(NeutralizationTarget.MAIL_SINK)).isEqualTo(1);
            assertThat(db.scalar("SELECT name || '|' || smtp_host || '|' || smtp_port || '|' || smtp_encryption "
                    + "|| '|' || smtp_authentication || '|' || active FROM ir_mail_server"))
                    .isEqualTo("neutralization - disable emails|invalid|1025|none|login|true");
        }
    }

    @Test
    void severalActiveSinksLeftByRepeatedOdooRunsAreReducedToTheOldest() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            int oldest = server(db, "neutralization - disable emails", "invalid", true, "login");
            server(db, "neutralization - disable emails", "invalid", true, "login");
            server(db, "neutralization - disable emails", "invalid", true, "login");

            NeutralizationResult r = engine.neutralize(db.config().build());

            assertThat(r.rows(NeutralizationTarget.MAIL_SINK)).isEqualTo(2);
            assertThat(r.mailServersChanged()).as("sinks are not real servers").isZero();
            assertThat(db.scalar("SELECT id FROM ir_mail_server WHERE active")).isEqualTo(oldest);
            assertThat(db.count("SELECT count(*) FROM ir_mail_server")).isEqualTo(3);
        }
    }

    @Test
    void anArchivedSinkIsReactivatedRatherThanDuplicated() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("17.0")) {
            int sink = server(db, "neutralization - disable emails", "invalid", false, "login");

            engine.neutralize(db.config().build());

            assertThat(db.scalar("SELECT active FROM ir_mail_server WHERE id = " + sink)).isEqualTo(true);
            assertThat(db.count("SELECT count(*) FROM ir_mail_server")).isEqualTo(1);
        }
    }

    @Test
    void aCliServerOnHostInvalidIsALiveServerNotASink() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("17.0")) {
            int cli = server(db, "config-file smtp", "invalid", true, "cli");

            NeutralizationResult r = engine.neutralize(db.config().build());

            assertThat(r.mailServersChanged()).isEqualTo(1);
            assertThat(db.scalar("SELECT active FROM ir_mail_server WHERE id = " + cli)).isEqualTo(false);
            assertThat(activeSinks(db)).isEqualTo(1);
        }
    }

    @Test
    void aPersonalServerOnHostInvalidIsNotTheSharedSink() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("19.0")) {
            int company = FixtureRows.insert(db.connection(), "res_company", Map.of("name", "c"));
            int user = FixtureRows.insert(db.connection(), "res_users", Map.of("login", "u", "company_id", company));
            int personal = FixtureRows.insert(db.connection(), "ir_mail_server", Map.of("name", "mine",
                    "smtp_host", "invalid", "smtp_port", 1025, "smtp_encryption", "none",
                    "smtp_authentication", "login", "active", true, "owner_user_id", user));

            NeutralizationResult r = engine.neutralize(db.config().build());

            assertThat(r.mailServersChanged()).isEqualTo(1);
            assertThat(db.scalar("SELECT active FROM ir_mail_server WHERE id = " + personal)).isEqualTo(false);
            assertThat(db.count("SELECT count(*) FROM ir_mail_server WHERE active AND owner_user_id IS NULL"))
                    .isEqualTo(1);
        }
    }

    @Test
    void odoo16sNotNullHostAndPortAreFilledForTheSink() {
        try (OdooDatabase db = OdooDatabase.createDev("16.0")) {
            engine.neutralize(db.config().build());
            assertThat(activeSinks(db)).isEqualTo(1);
        }
    }
}
