package ai.insightpulse.odooops.neutralize.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import ai.insightpulse.odooops.neutralize.RunStatus;
import ai.insightpulse.odooops.neutralize.Sanitization;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.TestRole;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Large tables are masked by a table rewrite instead of an in-place {@code UPDATE} (issue 17's performance): the
 * rewrite must leave exactly what the {@code UPDATE} leaves, report the same counts, fall back to the
 * {@code UPDATE} wherever it cannot run, and stay out of the way when few rows are pending.
 */
class SanitizeRewriteTest {

    private static final int PARTNERS = 12_000;
    /** The same key in both copies, so that both mask alike. */
    private static final String KEY = "0123456789abcdef0123456789abcdef";
    private static final String PARTNER_COLUMNS = "id, email, email_normalized, phone, name, complete_name, street,"
            + " city, zip, vat, website, is_company";
    private static final String MESSAGE_COLUMNS = "id, email_from, reply_to, author_id";
    private static final String USER_COLUMNS = "id, login, password, totp_secret, oauth_access_token";

    private final JooqNeutralizer engine = JooqNeutralizer.create();

    private static OdooDatabase large(String series) throws Exception {
        OdooDatabase db = SanitizeTest.seeded(series);
        db.execute("INSERT INTO ir_config_parameter (key, value) VALUES ('odooops.sanitize_key', '" + KEY + "')");
        db.execute("INSERT INTO res_partner (name, complete_name, email, email_normalized, phone, street, city, zip,"
                + " vat, website, is_company, type, autopost_bills) SELECT 'Person ' || g, 'Person ' || g,"
                + " 'Person' || g || '@Customer-Domain.be', 'person' || g || '@customer-domain.be',"
                + " CASE WHEN g % 3 = 0 THEN '+32 475 ' || lpad(g::text, 6, '0') ELSE '0475' || g END, 'Street ' || g,"
                + " 'City', '5000', 'BE0' || g, 'https://p' || g || '.be', g % 10 = 0, 'contact', 'ask'"
                + " FROM generate_series(1, " + PARTNERS + ") g");
        int company = ((Number) db.scalar("SELECT min(id) FROM res_company")).intValue();
        db.execute("INSERT INTO res_users (login, partner_id, company_id, password, notification_type) SELECT"
                + " email, id, " + company + ", 'prod-hash-' || id, 'email' FROM res_partner"
                + " WHERE name LIKE 'Person %'");
        // one author each, then every 50th a list of recipients in reply_to (lists are left to the UPDATE)
        db.execute("INSERT INTO mail_message (message_type, email_from, reply_to, model, res_id) SELECT 'email',"
                + " '\"P' || g || '\" <person' || g || '@customer-domain.be>', CASE WHEN g % 50 = 0 THEN"
                + " 'a' || g || '@x.be, \"B\" <b' || g || '@y.be>' END, 'res.partner', g"
                + " FROM generate_series(1, " + 2 * PARTNERS + ") g");
        db.execute("ANALYZE res_partner");
        db.execute("ANALYZE mail_message");
        return db;
    }

    private static NeutralizeConfig sanitizing(OdooDatabase db, boolean dry) {
        return db.config().dryRun(dry).sanitization(Sanitization.on(Optional.empty(), Set.of())).build();
    }

    private static long fileNode(OdooDatabase db, String table) throws Exception {
        return ((Number) db.scalar("SELECT pg_relation_filenode('" + table + "')")).longValue();
    }

    private static String digest(OdooDatabase db, String table, String columns) throws Exception {
        return (String) db.scalar("SELECT md5(string_agg(row(" + columns + ")::text, E'\\n' ORDER BY id)) FROM "
                + table);
    }

    @ParameterizedTest(name = "Odoo {0}")
    @ValueSource(strings = {"18.0", "19.0"})
    void aRewriteLeavesExactlyWhatTheUpdateLeavesAndCountsTheSame(String series) throws Exception {
        try (OdooDatabase rewritten = large(series); OdooDatabase updated = large(series)) {
            // a view over a masked column: PostgreSQL refuses to rewrite the column, so this copy takes the UPDATE
            String partnerColumns = series.equals("19.0") ? PARTNER_COLUMNS : PARTNER_COLUMNS + ", mobile";
            updated.execute("CREATE VIEW partner_contacts AS SELECT id, email FROM res_partner");
            updated.execute("CREATE VIEW message_authors AS SELECT id, email_from FROM mail_message");
            updated.execute("CREATE VIEW user_logins AS SELECT id, login FROM res_users");
            long partnerNode = fileNode(rewritten, "res_partner");
            long messageNode = fileNode(rewritten, "mail_message");
            long userNode = fileNode(rewritten, "res_users");
            long updatedPartnerNode = fileNode(updated, "res_partner");

            NeutralizationResult plan = engine.neutralize(sanitizing(rewritten, true));
            NeutralizationResult viaRewrite = engine.neutralize(sanitizing(rewritten, false));
            NeutralizationResult viaUpdate = engine.neutralize(sanitizing(updated, false));

            assertThat(viaRewrite.status()).isEqualTo(RunStatus.OK);
            assertThat(viaUpdate.status()).isEqualTo(RunStatus.OK);
            assertThat(fileNode(rewritten, "res_partner")).as("res_partner rewritten").isNotEqualTo(partnerNode);
            assertThat(fileNode(rewritten, "mail_message")).as("mail_message rewritten").isNotEqualTo(messageNode);
            assertThat(fileNode(rewritten, "res_users")).as("res_users rewritten").isNotEqualTo(userNode);
            assertThat(fileNode(updated, "res_partner")).as("res_partner updated in place")
                    .isEqualTo(updatedPartnerNode);
            assertThat(digest(rewritten, "res_partner", partnerColumns))
                    .isEqualTo(digest(updated, "res_partner", partnerColumns));
            assertThat(digest(rewritten, "mail_message", MESSAGE_COLUMNS))
                    .isEqualTo(digest(updated, "mail_message", MESSAGE_COLUMNS));
            assertThat(digest(rewritten, "res_users", USER_COLUMNS))
                    .isEqualTo(digest(updated, "res_users", USER_COLUMNS));
            assertThat(rewritten.count("SELECT count(*) FROM res_users u JOIN res_partner p ON p.id = u.partner_id"
                    + " WHERE u.login <> p.email AND u.login <> 'admin'")).as("logins are their partners' addresses")
                    .isZero();
            for (NeutralizationTarget t : List.of(NeutralizationTarget.SANITIZE_PARTNERS,
                    NeutralizationTarget.SANITIZE_USERS, NeutralizationTarget.SANITIZE_MAIL)) {
                assertThat(viaRewrite.rows(t)).as(t.id()).isEqualTo(viaUpdate.rows(t)).isEqualTo(plan.rows(t))
                        .isGreaterThan(PARTNERS - 1_000);
                assertThat(viaRewrite.target(t).orElseThrow().tables()).as(t.id())
                        .isEqualTo(viaUpdate.target(t).orElseThrow().tables())
                        .isEqualTo(plan.target(t).orElseThrow().tables());
            }
            // the lists the rewrite left were masked by the UPDATE after it; the types did not change
            assertThat(rewritten.count("SELECT count(*) FROM mail_message WHERE reply_to LIKE '%@x.be%'")).isZero();
            assertThat(rewritten.scalar("SELECT reply_to FROM mail_message WHERE id = (SELECT min(id)"
                    + " FROM mail_message WHERE reply_to IS NOT NULL)"))
                    .asString().matches("test\\+[0-9a-f]{16}@example\\.com, test\\+[0-9a-f]{16}@example\\.com");
            assertThat(rewritten.scalar("SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                    + " WHERE attrelid = 'res_partner'::regclass AND attname = 'email'"))
                    .isEqualTo(updated.scalar("SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                            + " WHERE attrelid = 'res_partner'::regclass AND attname = 'email'"));
            assertThat(rewritten.count("SELECT count(*) FROM pg_stats WHERE tablename = 'res_partner'"
                    + " AND attname = 'email'")).as("statistics gathered again").isEqualTo(1);
            assertThat(engine.neutralize(sanitizing(rewritten, false)).status()).isEqualTo(RunStatus.NO_OP);
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @ValueSource(strings = {"18.0"})
    void aRoleWithoutTemporaryObjectsStillRewritesReadingTheSeedForEveryRow(String series) throws Exception {
        try (TestRole role = TestRole.create(); OdooDatabase db = large(series); OdooDatabase folded = large(series)) {
            // the owner of Odoo's tables, but not of the database, and TEMP revoked: the rewrite cannot make the
            // function that folds the seed into a constant, and reads the setting on every row instead
            db.execute("GRANT CONNECT ON DATABASE " + db.name() + " TO " + role.name());
            db.execute("REVOKE TEMPORARY ON DATABASE " + db.name() + " FROM PUBLIC");
            db.execute("DO $$ DECLARE t text; BEGIN FOR t IN SELECT tablename FROM pg_tables"
                    + " WHERE schemaname = 'public' LOOP EXECUTE format('ALTER TABLE public.%I OWNER TO "
                    + role.name() + "', t); END LOOP; END $$");
            long partners = fileNode(db, "res_partner");
            long messages = fileNode(db, "mail_message");

            NeutralizationResult result = engine.neutralize(db.config().database(role.endpoint(db))
                    .sanitization(Sanitization.on(Optional.empty(), Set.of())).build());
            NeutralizationResult withFunction = engine.neutralize(sanitizing(folded, false));

            assertThat(result.status()).isEqualTo(RunStatus.OK);
            assertThat(withFunction.status()).isEqualTo(RunStatus.OK);
            assertThat(fileNode(db, "res_partner")).as("res_partner rewritten").isNotEqualTo(partners);
            assertThat(fileNode(db, "mail_message")).as("mail_message rewritten").isNotEqualTo(messages);
            String partnerColumns = PARTNER_COLUMNS + ", mobile";
            assertThat(digest(db, "res_partner", partnerColumns)).isEqualTo(digest(folded, "res_partner",
                    partnerColumns));
            assertThat(digest(db, "mail_message", MESSAGE_COLUMNS)).isEqualTo(digest(folded, "mail_message",
                    MESSAGE_COLUMNS));
            assertThat(folded.count("SELECT count(*) FROM pg_proc WHERE proname = 'odooops_rewrite_setting'"))
                    .as("the folding function dropped after each rewrite").isZero();
            for (NeutralizationTarget t : List.of(NeutralizationTarget.SANITIZE_PARTNERS,
                    NeutralizationTarget.SANITIZE_MAIL)) {
                assertThat(result.rows(t)).as(t.id()).isEqualTo(withFunction.rows(t));
            }
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @ValueSource(strings = {"18.0"})
    void aFewNewRowsAreUpdatedInPlaceNotByRewritingTheTable(String series) throws Exception {
        try (OdooDatabase db = large(series)) {
            assertThat(engine.neutralize(sanitizing(db, false)).status()).isEqualTo(RunStatus.OK);
            db.execute("ANALYZE res_partner");
            db.execute("INSERT INTO res_partner (name, email, type, autopost_bills) SELECT 'New ' || g,"
                    + " 'new' || g || '@customer-domain.be', 'contact', 'ask' FROM generate_series(1, 5) g");
            long node = fileNode(db, "res_partner");

            NeutralizationResult again = engine.neutralize(sanitizing(db, false));

            assertThat(again.rows(NeutralizationTarget.SANITIZE_PARTNERS)).isEqualTo(5);
            assertThat(fileNode(db, "res_partner")).isEqualTo(node);
            assertThat(db.count("SELECT count(*) FROM res_partner WHERE email LIKE 'new%'")).isZero();
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @ValueSource(strings = {"18.0"})
    void aTableMostlyOfStoredBodiesIsUpdatedInPlace(String series) throws Exception {
        try (OdooDatabase db = large(series)) {
            // ~4 KB of incompressible body a message: stored out of line, which a rewrite would copy whole
            db.execute("UPDATE mail_message SET body = (SELECT string_agg(md5(mail_message.id::text || g::text), '')"
                    + " FROM generate_series(1, 128) g)");
            db.execute("VACUUM ANALYZE mail_message");
            long messages = fileNode(db, "mail_message");
            long partners = fileNode(db, "res_partner");

            NeutralizationResult result = engine.neutralize(sanitizing(db, false));

            assertThat(result.status()).isEqualTo(RunStatus.OK);
            assertThat(fileNode(db, "mail_message")).as("mail_message updated in place").isEqualTo(messages);
            assertThat(fileNode(db, "res_partner")).as("res_partner rewritten").isNotEqualTo(partners);
            assertThat(db.count("SELECT count(*) FROM mail_message WHERE email_from LIKE '%customer-domain%'"))
                    .isZero();
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @ValueSource(strings = {"18.0"})
    void aTableSomebodyElseIsReadingIsUpdatedInPlaceAfterASecond(String series) throws Exception {
        try (OdooDatabase db = large(series); java.sql.Connection reader = db.newConnection()) {
            // Odoo reading res_partner in an open transaction: ACCESS SHARE, which a rewrite's lock waits for
            reader.setAutoCommit(false);
            try (var statement = reader.createStatement()) {
                statement.executeQuery("SELECT id FROM res_partner LIMIT 1").close();
            }
            long partners = fileNode(db, "res_partner");
            long started = System.nanoTime();

            NeutralizationResult result = engine.neutralize(db.config().lockTimeout(java.time.Duration.ofSeconds(30))
                    .sanitization(Sanitization.on(Optional.empty(), Set.of())).build());

            assertThat(result.status()).isEqualTo(RunStatus.OK);
            assertThat(db.count("SELECT count(*) FROM res_partner WHERE email LIKE '%customer-domain%'")).isZero();
            reader.rollback();
            assertThat(fileNode(db, "res_partner")).as("res_partner updated in place").isEqualTo(partners);
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).as("a second's wait, not the run's"
                    + " 30 s lock timeout").isLessThan(java.time.Duration.ofSeconds(20));
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @ValueSource(strings = {"18.0"})
    void aTableWithItsOwnTriggersIsUpdatedSoTheTriggersSeeTheMaskedValues(String series) throws Exception {
        try (OdooDatabase db = large(series)) {
            // the customer's own trigger, mirroring addresses into a table of theirs: it fires for an UPDATE only
            db.execute("CREATE TABLE partner_mirror (partner_id int PRIMARY KEY, email varchar)");
            db.execute("INSERT INTO partner_mirror SELECT id, email FROM res_partner");
            db.execute("CREATE FUNCTION mirror_partner() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                    + " UPDATE partner_mirror SET email = NEW.email WHERE partner_id = NEW.id; RETURN NEW; END $$");
            db.execute("CREATE TRIGGER mirror AFTER UPDATE OF email ON res_partner FOR EACH ROW"
                    + " EXECUTE FUNCTION mirror_partner()");
            long partners = fileNode(db, "res_partner");

            NeutralizationResult result = engine.neutralize(sanitizing(db, false));

            assertThat(result.status()).isEqualTo(RunStatus.OK);
            assertThat(fileNode(db, "res_partner")).as("res_partner updated in place").isEqualTo(partners);
            assertThat(db.count("SELECT count(*) FROM partner_mirror m JOIN res_partner p ON p.id = m.partner_id"
                    + " WHERE m.email IS DISTINCT FROM p.email")).as("the trigger saw every masked address").isZero();
        }
    }
}
