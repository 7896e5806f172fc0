package ai.insightpulse.odooops.neutralize.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.DeclaredRules;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import ai.insightpulse.odooops.neutralize.RunStatus;
import ai.insightpulse.odooops.neutralize.Sanitization;
import ai.insightpulse.odooops.neutralize.Secret;
import ai.insightpulse.odooops.neutralize.StagingPassword;
import ai.insightpulse.odooops.neutralize.TargetOutcome;
import ai.insightpulse.odooops.neutralize.summary.SummaryLine;
import ai.insightpulse.odooops.neutralize.testing.FixtureRows;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import ai.insightpulse.odooops.neutralize.testing.TestPostgres;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sanitize step (issue 17) on each real schema: personal data, passwords and keys out of the copy, the same
 * masked address everywhere, idempotent, predicted by a dry run.
 */
class SanitizeTest {

    private static final String STAGING = "Staging-Only-Pw-42";
    private static final StagingPassword STAGING_HASH = StagingPassword.of(Secret.of(STAGING));
    private static final List<String> SEEDED = List.of("alice@acme-customer.be", "Alice@Acme-Customer.be",
            "bob@acme-customer.be", "carol@acme-customer.be", "sales@globex-corp.be", "475123456", "475 12 34 56",
            "081223344", "2071234567", "APIKEY-secret-1", "TOTPSECRETBASE32", "oauth-token-xyz", "Alice Martens",
            "Rue des Roses 12");

    private final JooqNeutralizer engine = JooqNeutralizer.create();

    /**
     * Adds the personal-data tables. 18.0/19.0: the tables of a real Odoo dump (schema-full). 16.0/17.0: no dump of
     * these tables is kept, so the 18.0 ones stand in, with the signup columns those series keep on res_partner.
     */
    static OdooDatabase seeded(String series) throws SQLException, IOException {
        OdooDatabase db = OdooDatabase.createDev(series);
        ProdLikeSeed.seed(db);
        String source = series.equals("19.0") ? "19.0" : "18.0";
        try (InputStream in = SanitizeTest.class.getResourceAsStream(
                "/odoo/" + source + "/sanitize-tables-" + source + ".sql")) {
            db.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        if (series.equals("16.0") || series.equals("17.0")) {
            db.execute("ALTER TABLE res_partner ADD COLUMN signup_token varchar, "
                    + "ADD COLUMN signup_expiration timestamp");
        }
        if (series.equals("16.0")) {
            // 16.0's mail.tracking.value names its ir.model.fields link `field` (17.0 renamed it field_id)
            db.execute("ALTER TABLE mail_tracking_value RENAME COLUMN field_id TO field");
        }
        var c = db.connection();
        Map<String, Object> aliceRow = new HashMap<>(Map.of("name", "Alice Martens", "email",
                "alice@acme-customer.be", "email_normalized", "alice@acme-customer.be", "phone", "+32 475 12 34 56",
                "street", "Rue des Roses 12", "city", "Namur", "is_company", false, "type", "contact",
                "autopost_bills", "ask"));
        if (!series.equals("19.0")) {
            // 19.0 dropped res_partner.mobile
            aliceRow.put("mobile", "0475123456");
        }
        int alice = FixtureRows.insert(c, "res_partner", aliceRow);
        int bob = FixtureRows.insert(c, "res_partner", Map.of("name", "Bob", "email", "bob@acme-customer.be",
                "phone", "081223344", "is_company", false, "type", "contact", "autopost_bills", "ask"));
        int globex = FixtureRows.insert(c, "res_partner", Map.of("name", "Globex SA", "email",
                "sales@globex-corp.be", "phone", "+44 20 7123 4567", "street", "Avenue Louise 1", "is_company", true,
                "type", "contact", "autopost_bills", "ask"));
        int admin = FixtureRows.insert(c, "res_partner", Map.of("name", "Administrator", "type", "contact",
                "autopost_bills", "ask"));
        if (series.equals("16.0") || series.equals("17.0")) {
            db.execute("UPDATE res_partner SET signup_token = 'signup-tok', signup_type = 'reset' WHERE id = " + bob);
        }
        int company = ((Number) db.scalar("SELECT min(id) FROM res_company")).intValue();
        if (db.count("SELECT count(*) FROM res_users WHERE login = 'admin'") == 0) {
            FixtureRows.insert(c, "res_users", Map.of("login", "admin", "partner_id", admin,
                    "company_id", company, "password", "$pbkdf2-sha512$600000$prodsalt$prodhash", "notification_type",
                    "email"));
        }
        int aliceUser = FixtureRows.insert(c, "res_users", Map.of("login", "Alice@Acme-Customer.be", "partner_id",
                alice, "company_id", company, "password", "$pbkdf2-sha512$600000$alicesalt$alicehash",
                "notification_type", "email", "totp_secret", "TOTPSECRETBASE32", "oauth_access_token",
                "oauth-token-xyz"));
        FixtureRows.insert(c, "res_users", Map.of("login", "bob@acme-customer.be", "partner_id", bob,
                "company_id", company, "notification_type", "email"));
        FixtureRows.insert(c, "res_users_apikeys", Map.of("name", "integration", "user_id", aliceUser, "index",
                "abcdefgh", "key", "APIKEY-secret-1"));
        FixtureRows.insert(c, "auth_totp_device", Map.of("name", "laptop", "user_id", aliceUser, "index",
                "hgfedcba", "key", "device-key"));
        int message = FixtureRows.insert(c, "mail_message", Map.of("message_type", "email", "author_id", alice,
                "email_from", "\"Alice Martens\" <Alice@Acme-Customer.be>", "model", "res.partner", "res_id", globex));
        FixtureRows.insert(c, "mail_mail", Map.of("mail_message_id", message, "state", "outgoing", "email_to",
                "carol@acme-customer.be"));
        int emailField = FixtureRows.insert(c, "ir_model_fields", Map.of("model", "res.partner", "name", "email",
                "ttype", "char", "state", "base", "field_description", "{\"en_US\": \"Email\"}"));
        db.execute("INSERT INTO mail_tracking_value (" + (series.equals("16.0") ? "field" : "field_id")
                + ", mail_message_id, old_value_char, new_value_char) VALUES (" + emailField + ", " + message
                + ", 'carol@acme-customer.be', 'Alice@Acme-Customer.be')");
        FixtureRows.insert(c, "mail_mail", Map.of("mail_message_id", message, "state", "sent", "email_to",
                "bob@acme-customer.be, \"Carol\" <carol@acme-customer.be>"));
        return db;
    }

    private static NeutralizeConfig sanitizing(OdooDatabase db, Optional<StagingPassword> password, boolean dry) {
        return db.config().dryRun(dry).sanitization(Sanitization.on(password, Set.of())).build();
    }

    private static String dataDump(OdooDatabase db) throws IOException, InterruptedException {
        TestPostgres pg = TestPostgres.get();
        ProcessBuilder pb = new ProcessBuilder("pg_dump", "--data-only", "--schema=public", "-h", pg.host(), "-p",
                Integer.toString(pg.port()), "-U", pg.user(), db.name());
        pb.environment().put("PGPASSWORD", pg.password());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("pg_dump exit").isZero();
        // pg_dump 15.14+ wraps its output in \restrict <random token>: not data
        return out.lines().filter(l -> !l.startsWith("\\restrict") && !l.startsWith("\\unrestrict"))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    @ParameterizedTest(name = "Odoo {0}")
    @ValueSource(strings = {"16.0", "17.0", "18.0", "19.0"})
    void afterOneRunNoSeededAddressPhoneOrSecretIsLeftInADumpOfTheCopy(String series) throws Exception {
        try (OdooDatabase db = seeded(series)) {
            NeutralizationResult result = engine.neutralize(sanitizing(db, Optional.of(STAGING_HASH), false));

            assertThat(result.status()).isEqualTo(RunStatus.OK);
            String dump = dataDump(db);
            for (String seeded : SEEDED) {
                assertThat(dump).as("seeded value in pg_dump").doesNotContainIgnoringCase(seeded);
            }
            assertThat(db.count("SELECT count(*) FROM res_users_apikeys")).isZero();
            assertThat(db.count("SELECT count(*) FROM auth_totp_device")).isZero();
            assertThat(db.count("SELECT count(*) FROM mail_mail WHERE state = 'outgoing'")).isZero();
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @ValueSource(strings = {"16.0", "17.0", "18.0", "19.0"})
    void oneAddressMapsToOneMaskedAddressInPartnerLoginAndMessage(String series) throws Exception {
        try (OdooDatabase db = seeded(series)) {
            engine.neutralize(sanitizing(db, Optional.of(STAGING_HASH), false));

            Object partnerEmail = db.scalar("SELECT email FROM res_partner"
                    + " WHERE id = (SELECT author_id FROM mail_message LIMIT 1)");
            assertThat((String) partnerEmail).matches("test\\+[0-9a-f]{16}@example\\.com");
            assertThat(db.count("SELECT count(*) FROM res_users WHERE login = '" + partnerEmail + "'")).isEqualTo(1);
            assertThat(db.scalar("SELECT email_from FROM mail_message LIMIT 1")).isEqualTo(partnerEmail);
            assertThat(db.count("SELECT count(DISTINCT login) FROM res_users"))
                    .isEqualTo(db.count("SELECT count(*) FROM res_users"));
            assertThat(db.count("SELECT count(*) FROM res_users WHERE login = 'admin'")).isEqualTo(1);
            assertThat(db.scalar("SELECT name FROM res_partner WHERE is_company")).isEqualTo("Globex SA");
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @ValueSource(strings = {"16.0", "17.0", "18.0", "19.0"})
    void everyUserCanLogInWithTheStagingPasswordAsOdooChecksIt(String series) throws Exception {
        try (OdooDatabase db = seeded(series)) {
            engine.neutralize(sanitizing(db, Optional.of(STAGING_HASH), false));

            assertThat(db.count("SELECT count(DISTINCT password) FROM res_users")).isEqualTo(1);
            String stored = (String) db.scalar("SELECT password FROM res_users WHERE login = 'admin'");
            assertThat(PasslibPbkdf2Sha512.verify(STAGING, stored)).isTrue();
            assertThat(PasslibPbkdf2Sha512.verify("wrong", stored)).isFalse();
        }
    }

    @Test
    void withoutAStagingPasswordEveryPasswordIsEmptiedSoNobodyLogsIn() throws Exception {
        try (OdooDatabase db = seeded("18.0")) {
            engine.neutralize(sanitizing(db, Optional.empty(), false));

            assertThat(db.count("SELECT count(*) FROM res_users WHERE password IS NOT NULL")).isZero();
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @ValueSource(strings = {"16.0", "17.0", "18.0", "19.0"})
    void aDryRunPredictsTheRunAndRunsTwoToNChangeNothing(String series) throws Exception {
        try (OdooDatabase db = seeded(series)) {
            NeutralizationResult plan = engine.neutralize(sanitizing(db, Optional.of(STAGING_HASH), true));
            NeutralizationResult first = engine.neutralize(sanitizing(db, Optional.of(STAGING_HASH), false));
            String afterFirst = dataDump(db);
            NeutralizationResult second = engine.neutralize(sanitizing(db, Optional.of(STAGING_HASH), false));
            NeutralizationResult third = engine.neutralize(sanitizing(db, Optional.of(STAGING_HASH), false));

            for (NeutralizationTarget t : List.of(NeutralizationTarget.SANITIZE_PARTNERS,
                    NeutralizationTarget.SANITIZE_USERS, NeutralizationTarget.SANITIZE_MAIL)) {
                assertThat(plan.rows(t)).as(t.id()).isEqualTo(first.rows(t)).isPositive();
                // per table and column: predicted exactly, and nothing left for run 2
                assertThat(plan.target(t).orElseThrow().tables()).as(t.id())
                        .isEqualTo(first.target(t).orElseThrow().tables()).isNotEmpty();
                assertThat(second.target(t).orElseThrow().tables().values()).as(t.id()).containsOnly(0L);
            }
            Map<String, Long> partners = first.target(NeutralizationTarget.SANITIZE_PARTNERS).orElseThrow().tables();
            assertThat(partners).containsEntry("res_partner.email", 3L).containsEntry("res_partner.name", 3L)
                    .containsEntry("res_partner.street", 1L);
            Map<String, Long> users = first.target(NeutralizationTarget.SANITIZE_USERS).orElseThrow().tables();
            assertThat(users).containsEntry("res_users.login", 2L).containsEntry("res_users_apikeys", 1L)
                    .containsEntry("auth_totp_device", 1L);
            Map<String, Long> mail = first.target(NeutralizationTarget.SANITIZE_MAIL).orElseThrow().tables();
            assertThat(mail).containsEntry("mail_mail", 2L).containsEntry("mail_mail:deleted", 1L)
                    .containsEntry("mail_mail.email_to", 1L).containsEntry("mail_message.email_from", 1L)
                    .containsEntry("mail_tracking_value.old_value_char", 1L);
            assertThat(second.status()).isEqualTo(RunStatus.NO_OP);
            assertThat(third.status()).isEqualTo(RunStatus.NO_OP);
            assertThat(dataDump(db)).isEqualTo(afterFirst);
            for (NeutralizationResult r : List.of(plan, first, second)) {
                String line = SummaryLine.render(r);
                assertThat(line).contains("\"res_partner\":{\"rows\":");
                for (String seeded : SEEDED) {
                    assertThat(line).as("summary").doesNotContainIgnoringCase(seeded);
                }
            }
        }
    }

    @Test
    void declaredMaskingRulesPutTheCustomersOwnColumnsInTheProfile() throws Exception {
        try (OdooDatabase db = seeded("18.0")) {
            db.execute("CREATE TABLE x_helpdesk_contact (id serial PRIMARY KEY, contact_email varchar, "
                    + "contact_phone varchar, passport_no varchar, notes text, nickname varchar, active boolean)");
            db.execute("INSERT INTO x_helpdesk_contact (contact_email, contact_phone, passport_no, notes, nickname, "
                    + "active) VALUES ('alice@acme-customer.be', '+32 475 12 34 56', 'EH123456', 'calls at night', "
                    + "'Ali', true), ('bob@acme-customer.be', '081223344', 'EH123456', NULL, 'Bobby', true)");
            DeclaredRules rules = DeclaredRules.parse(new ObjectMapper().readTree("""
                    {"rules": [{"name": "helpdesk", "table": "x_helpdesk_contact",
                      "mask": {"contact_email": "email", "contact_phone": "phone", "passport_no": "hash",
                               "notes": null, "nickname": {"constant": "Anonymous"}},
                      "where": {"active": true}}]}"""), "test");

            NeutralizationResult plain = engine.neutralize(db.config().declaredRules(rules).build());
            assertThat(plain.rules().get(0).outcome()).isEqualTo(TargetOutcome.SKIPPED);
            assertThat(plain.rules().get(0).reason()).hasValueSatisfying(r -> assertThat(r).contains("--sanitize"));
            assertThat(db.count("SELECT count(*) FROM x_helpdesk_contact WHERE nickname = 'Ali'")).isEqualTo(1);

            NeutralizeConfig config = db.config().declaredRules(rules)
                    .sanitization(Sanitization.on(Optional.empty(), Set.of())).build();
            NeutralizationResult plan = engine.neutralize(db.config().declaredRules(rules).dryRun(true)
                    .sanitization(Sanitization.on(Optional.empty(), Set.of())).build());
            NeutralizationResult first = engine.neutralize(config);
            assertThat(plan.rules().get(0).rows()).isEqualTo(first.rules().get(0).rows()).isEqualTo(2);
            assertThat(db.scalar("SELECT contact_email FROM x_helpdesk_contact WHERE nickname = 'Anonymous' "
                    + "AND notes IS NULL ORDER BY id LIMIT 1"))
                    .isEqualTo(db.scalar("SELECT email FROM res_partner WHERE name = 'Contact ' || id AND phone LIKE "
                            + "'+999%' ORDER BY id LIMIT 1"));
            assertThat(db.count("SELECT count(DISTINCT passport_no) FROM x_helpdesk_contact "
                    + "WHERE passport_no ~ '^hash:[0-9a-f]{16}$'")).isEqualTo(1);
            assertThat(db.count("SELECT count(*) FROM x_helpdesk_contact WHERE contact_phone ~ '^\\+?999[0-9]+$' "
                    + "AND length(regexp_replace(contact_phone, '[^0-9]', '', 'g')) IN (11, 9)")).isEqualTo(2);
            String dump = dataDump(db);
            for (String seeded : List.of("alice@acme-customer.be", "475 12 34 56", "081223344", "EH123456",
                    "calls at night", "Bobby")) {
                assertThat(dump).doesNotContainIgnoringCase(seeded);
            }
            NeutralizationResult second = engine.neutralize(config);
            assertThat(second.status()).isEqualTo(RunStatus.NO_OP);
            assertThat(second.rules().get(0).outcome()).isEqualTo(TargetOutcome.NO_OP);
        }
    }

    @Test
    void aMaskingFunctionThatCannotFitItsColumnIsRefusedBeforeAnyChange() throws Exception {
        try (OdooDatabase db = seeded("18.0")) {
            db.execute("CREATE TABLE x_short (id serial PRIMARY KEY, code varchar(8), seq integer)");
            db.execute("INSERT INTO x_short (code, seq) VALUES ('AB12', 7)");
            for (String mask : List.of("{\"seq\": \"email\"}", "{\"code\": \"hash\"}")) {
                DeclaredRules rules = DeclaredRules.parse(new ObjectMapper().readTree(
                        "[{\"table\": \"x_short\", \"mask\": " + mask + "}]"), "test");

                NeutralizationResult result = engine.neutralize(db.config().declaredRules(rules)
                        .sanitization(Sanitization.on(Optional.empty(), Set.of())).build());

                // a non-text column is refused by the plan; a text column too short by PostgreSQL: both roll back
                assertThat(result.failure()).as(mask).hasValueSatisfying(f -> assertThat(f.message())
                        .containsAnyOf("mask.seq (email) does not fit column x_short.seq of type integer",
                                "value too long").contains("nothing was changed"));
                assertThat(db.count("SELECT count(*) FROM res_partner WHERE email = 'alice@acme-customer.be'"))
                        .isEqualTo(1);
                assertThat(db.count("SELECT count(*) FROM x_short WHERE code = 'AB12'")).isEqualTo(1);
            }
        }
    }

    @Test
    void journalEntriesOfMaskedPartnersAreLeftAsTheyAreAndStillBalance() throws Exception {
        try (OdooDatabase db = seeded("18.0")) {
            // account_move_line's columns that carry the money and the partner, as in schema-full-18.0.sql
            db.execute("CREATE TABLE account_move_line (id serial PRIMARY KEY, move_id integer NOT NULL, "
                    + "partner_id integer, name varchar, ref varchar, debit numeric, credit numeric, balance numeric)");
            db.execute("INSERT INTO account_move_line (move_id, partner_id, name, ref, debit, credit, balance) "
                    + "SELECT 1, p.id, 'INV/2026/0001', 'SO042', 121, 0, 121 "
                    + "FROM res_partner p WHERE p.email = 'alice@acme-customer.be' "
                    + "UNION ALL SELECT 1, NULL, 'Revenue', NULL, 0, 121, -121");
            String content = "SELECT md5(string_agg(l::text, '|' ORDER BY l.id)) FROM account_move_line l";
            Object before = db.scalar(content);

            engine.neutralize(sanitizing(db, Optional.of(STAGING_HASH), false));

            assertThat(db.scalar(content)).isEqualTo(before);
            assertThat(db.count("SELECT count(*) FROM (SELECT move_id FROM account_move_line GROUP BY move_id "
                    + "HAVING sum(debit) <> sum(credit) OR sum(balance) <> 0) unbalanced")).isZero();
        }
    }

    @Test
    void keptLoginsStayAsTheyAre() throws Exception {
        try (OdooDatabase db = seeded("19.0")) {
            engine.neutralize(db.config().sanitization(
                    Sanitization.on(Optional.empty(), Set.of("bob@acme-customer.be"))).build());

            assertThat(db.count("SELECT count(*) FROM res_users WHERE login = 'bob@acme-customer.be'")).isEqualTo(1);
            assertThat(db.count("SELECT count(*) FROM res_users WHERE login ILIKE 'alice%'")).isZero();
        }
    }

    @Test
    void withoutSanitizeNothingPersonalIsTouched() throws Exception {
        try (OdooDatabase db = seeded("18.0")) {
            NeutralizationResult result = engine.neutralize(db.config().build());

            assertThat(db.count("SELECT count(*) FROM res_partner WHERE email = 'alice@acme-customer.be'"))
                    .isEqualTo(1);
            assertThat(db.count("SELECT count(*) FROM res_users_apikeys")).isEqualTo(1);
            assertThat(result.targets().stream().filter(t -> t.target().isSanitize())
                    .allMatch(t -> t.rows() == 0)).isTrue();
        }
    }

    /**
     * passlib's pbkdf2_sha512 check, written from its documented format alone and independent of the production
     * code (PBKDF2 from RFC 8018 over HmacSHA512, not the JDK's SecretKeyFactory): {@code $pbkdf2-sha512$<rounds>$
     * <salt>$<checksum>}, salt and checksum in adapted base64 ({@code .} for {@code +}, no padding). Odoo 16–19
     * verify a login with passlib's CryptContext on exactly this.
     */
    static final class PasslibPbkdf2Sha512 {
        static boolean verify(String password, String stored) throws GeneralSecurityException {
            String[] parts = stored.split("\\$");
            if (parts.length != 5 || !parts[1].equals("pbkdf2-sha512")) {
                return false;
            }
            int rounds = Integer.parseInt(parts[2]);
            byte[] salt = ab64(parts[3]);
            byte[] expected = ab64(parts[4]);
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(password.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            mac.update(salt);
            byte[] u = mac.doFinal(new byte[] {0, 0, 0, 1});
            byte[] t = u.clone();
            for (int i = 1; i < rounds; i++) {
                u = mac.doFinal(u);
                for (int j = 0; j < t.length; j++) {
                    t[j] ^= u[j];
                }
            }
            return expected.length == 64 && MessageDigest.isEqual(t, expected);
        }

        private static byte[] ab64(String s) {
            return Base64.getDecoder().decode(s.replace('.', '+'));
        }
    }

}
