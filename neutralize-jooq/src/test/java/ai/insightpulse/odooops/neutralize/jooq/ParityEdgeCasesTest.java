package ai.insightpulse.odooops.neutralize.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.ConfigVariables;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import ai.insightpulse.odooops.neutralize.RunStatus;
import ai.insightpulse.odooops.neutralize.TargetOutcome;
import ai.insightpulse.odooops.neutralize.summary.SummaryLine;
import ai.insightpulse.odooops.neutralize.testing.IntegrationSeed;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import ai.insightpulse.odooops.neutralize.testing.RowsById;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Secrets in output, target selection, modules that remove columns, and module columns the fixtures lack. */
class ParityEdgeCasesTest {

    static final java.util.List<String> SERIES = OdooDatabase.SERIES;

    private final JooqNeutralizer engine = JooqNeutralizer.create();

    @ParameterizedTest(name = "Odoo {0}")
    @FieldSource("SERIES")
    void noSeededSecretAppearsInTheSummaryOrTheLogs(String series) {
        try (OdooDatabase db = OdooDatabase.createDev(series)) {
            ProdLikeSeed.seed(db);
            IntegrationSeed.seed(db);
            StringBuilder output = new StringBuilder();
            ByteArrayOutputStream logs = new ByteArrayOutputStream();
            PrintStream stderr = System.err;
            System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
            try {
                output.append(SummaryLine.render(engine.neutralize(db.config().dryRun(true).build()))).append('\n');
                output.append(SummaryLine.render(engine.neutralize(db.config().build()))).append('\n');
                output.append(SummaryLine.render(engine.neutralize(db.config().build()))).append('\n');
            } finally {
                System.setErr(stderr);
            }
            output.append(logs.toString(StandardCharsets.UTF_8));

            assertThat(output).contains("NEUTRALIZE_SUMMARY", "payment_providers");
            assertThat(logs.toString(StandardCharsets.UTF_8)).as("the logs were captured").contains("neutralized");
            String newSecret = (String) db.scalar("SELECT value FROM ir_config_parameter WHERE key = 'database.secret'");
            for (String secret : IntegrationSeed.SECRETS) {
                assertThat(output.toString()).doesNotContain(secret);
            }
            assertThat(output.toString()).doesNotContain(newSecret);
        }
    }

    @Test
    void aSkippedTargetIsReportedNotSelectedAndLeftUntouched() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            Map<String, Integer> ids = IntegrationSeed.seed(db);
            Map<String, String> vars = new HashMap<>(db.variables("dev"));
            vars.put(ConfigVariables.IPAI_NEUTRALIZE_CONFIRM, "YES");
            vars.put(ConfigVariables.IPAI_NEUTRALIZE_SKIP_TARGETS, "payment_providers,database_identity");
            NeutralizeConfig config = ConfigVariables.read(vars, false);
            RowsById before = RowsById.of(db.connection());

            NeutralizationResult result = engine.neutralize(config);

            assertThat(result.target(NeutralizationTarget.PAYMENT_PROVIDERS).orElseThrow().outcome())
                    .isEqualTo(TargetOutcome.NOT_SELECTED);
            assertThat(result.target(NeutralizationTarget.DATABASE_IDENTITY).orElseThrow().outcome())
                    .isEqualTo(TargetOutcome.NOT_SELECTED);
            Map<String, Long> changed = RowsById.of(db.connection()).rowsChangedSince(before);
            assertThat(changed).doesNotContainKey("payment_provider");
            assertThat(db.scalar("SELECT stripe_secret_key FROM payment_provider WHERE id = " + ids.get("stripe")))
                    .isEqualTo(IntegrationSeed.STRIPE_SECRET_KEY);
            assertThat(db.scalar("SELECT value FROM ir_config_parameter WHERE key = 'database.uuid'"))
                    .isEqualTo(IntegrationSeed.PROD_UUID);
            assertThat(result.rows(NeutralizationTarget.INCOMING_MAIL)).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @FieldSource("SERIES")
    void serverColumnsRemovedLikeOcaMailEnvironmentStillCompleteAndReportTheSkip(String series) {
        try (OdooDatabase db = OdooDatabase.createDev(series)) {
            ProdLikeSeed.seed(db);
            IntegrationSeed.seed(db);
            // OCA mail_environment reads server settings from the environment and drops these columns
            db.execute("ALTER TABLE ir_mail_server DROP COLUMN smtp_host, DROP COLUMN smtp_port, "
                    + "DROP COLUMN smtp_user, DROP COLUMN smtp_pass, DROP COLUMN smtp_encryption");
            db.execute("ALTER TABLE fetchmail_server DROP COLUMN server, DROP COLUMN port, DROP COLUMN server_type, "
                    + "DROP COLUMN \"user\", DROP COLUMN password, DROP COLUMN is_ssl");

            NeutralizationResult result = engine.neutralize(db.config().build());

            assertThat(result.status()).isEqualTo(RunStatus.OK);
            assertThat(result.target(NeutralizationTarget.MAIL_SINK).orElseThrow().outcome())
                    .isEqualTo(TargetOutcome.SKIPPED);
            assertThat(result.target(NeutralizationTarget.MAIL_SINK).orElseThrow().reason().orElseThrow())
                    .contains("ir_mail_server.smtp_host");
            assertThat(db.count("SELECT count(*) FROM ir_mail_server WHERE active")).isZero();
            assertThat(db.count("SELECT count(*) FROM fetchmail_server WHERE active")).isZero();
            assertThat(result.rows(NeutralizationTarget.INCOMING_MAIL)).isEqualTo(1);
        }
    }

    @Test
    void moduleColumnsTheFixturesLackAreNeutralizedWhenPresentAndCountedPerRow() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            IntegrationSeed.seed(db);
            // what installing pos_adyen, pos_razorpay, payment_xendit, payment_adyen, delivery_mondialrelay,
            // website_sale_autocomplete, l10n_hu_edi, l10n_in_edi and sale_gelato adds
            db.execute("CREATE TABLE pos_payment_method (id serial PRIMARY KEY, name varchar, adyen_test_mode boolean, "
                    + "razorpay_test_mode boolean, razorpay_api_key varchar)");
            db.execute("INSERT INTO pos_payment_method (name, adyen_test_mode, razorpay_test_mode, razorpay_api_key) "
                    + "VALUES ('Adyen', false, NULL, NULL), ('Razorpay', NULL, false, 'rzp_live_S3CRET'), "
                    + "('Cash', NULL, NULL, NULL)");
            db.execute("ALTER TABLE payment_provider ADD COLUMN xendit_secret_key varchar, "
                    + "ADD COLUMN xendit_webhook_token varchar, ADD COLUMN adyen_api_key varchar");
            db.execute("UPDATE payment_provider SET adyen_api_key = 'AQE-S3CRET' WHERE code = 'paypal'");
            db.execute("ALTER TABLE delivery_carrier ADD COLUMN mondialrelay_brand varchar");
            db.execute("ALTER TABLE website ADD COLUMN google_places_api_key varchar");
            db.execute("UPDATE website SET google_places_api_key = 'AIza-S3CRET'");
            db.execute("ALTER TABLE res_company ADD COLUMN l10n_hu_edi_server_mode varchar, "
                    + "ADD COLUMN l10n_hu_edi_password varchar, ADD COLUMN l10n_in_edi_production_env boolean, "
                    + "ADD COLUMN l10n_in_edi_token_validity timestamp, ADD COLUMN gelato_api_key varchar");
            db.execute("UPDATE res_company SET l10n_hu_edi_server_mode = 'production', l10n_hu_edi_password = 'hu', "
                    + "l10n_in_edi_production_env = true, l10n_in_edi_token_validity = now(), gelato_api_key = 'g'");
            RowsById before = RowsById.of(db.connection());

            NeutralizationResult result = engine.neutralize(db.config().build());

            assertThat(result.status()).isEqualTo(RunStatus.OK);
            assertThat(db.count("SELECT count(*) FROM pos_payment_method WHERE adyen_test_mode AND razorpay_test_mode "
                    + "AND razorpay_api_key = 'dummykey00012345'")).isEqualTo(3);
            assertThat(result.rows(NeutralizationTarget.POS_TERMINALS)).isEqualTo(3);
            assertThat(db.count("SELECT count(*) FROM payment_provider WHERE xendit_secret_key = 'dummysecret' "
                    + "AND xendit_webhook_token = 'dummytoken' AND adyen_api_key IS NULL")).isEqualTo(3);
            assertThat(db.count("SELECT count(*) FROM delivery_carrier WHERE mondialrelay_brand = 'BDTEST  '"))
                    .isEqualTo(2);
            assertThat(db.scalar("SELECT google_places_api_key FROM website")).isEqualTo("dummy");
            assertThat(db.count("SELECT count(*) FROM res_company WHERE l10n_hu_edi_server_mode = 'test' "
                    + "AND l10n_hu_edi_password = '' AND NOT l10n_in_edi_production_env "
                    + "AND l10n_in_edi_token_validity IS NULL")).isEqualTo(1);
            assertThat(result.rows(NeutralizationTarget.LOCALIZATION_EDI)).isEqualTo(1);
            assertThat(db.scalar("SELECT gelato_api_key FROM res_company")).isNull();
            assertThat(result.rows(NeutralizationTarget.COMPANY_API_KEYS)).isEqualTo(1);
            // two pairs of targets rewrite the same row (l10n_edi + company_api_keys on the company, website +
            // google_places on the website), and mail_credentials every server mail_servers / incoming_mail
            // archive: each target counts the row; every other row is counted once
            long reported = result.targets().stream().mapToLong(t -> t.rows()).sum();
            long changed = RowsById.of(db.connection()).rowsChangedSince(before).values().stream()
                    .mapToLong(Long::longValue).sum();
            assertThat(reported).isEqualTo(changed + 2 + result.rows(NeutralizationTarget.MAIL_SERVERS)
                    + result.rows(NeutralizationTarget.INCOMING_MAIL));

            NeutralizationResult again = engine.neutralize(db.config().build());
            assertThat(again.status()).isEqualTo(RunStatus.NO_OP);
        }
    }

    @Test
    void odoo19ConfigParameterKeysAreEmptiedOrSetToTestOnlyWhereTheyExist() {
        try (OdooDatabase db = OdooDatabase.createDev("19.0")) {
            ProdLikeSeed.seed(db);
            IntegrationSeed.seed(db);
            db.execute("INSERT INTO ir_config_parameter (key, value) VALUES ('recaptcha_private_key', 'S3CRET-captcha'), "
                    + "('cf.turnstile_secret_key', 'S3CRET-turnstile'), ('account_peppol.edi.mode', 'prod'), "
                    + "('google_address_autocomplete.google_places_api_key', 'AIza-S3CRET')");

            NeutralizationResult result = engine.neutralize(db.config().build());

            assertThat(db.count("SELECT count(*) FROM ir_config_parameter WHERE key IN ('recaptcha_private_key', "
                    + "'cf.turnstile_secret_key') AND value = ''")).isEqualTo(2);
            assertThat(db.count("SELECT count(*) FROM ir_config_parameter WHERE key IN ('recaptcha_public_key', "
                    + "'cf.turnstile_site_key', 'l10n_dk_nemhandel.edi.mode')")).as("absent keys stay absent").isZero();
            assertThat(result.rows(NeutralizationTarget.CAPTCHA_KEYS)).isEqualTo(2);
            assertThat(db.scalar("SELECT value FROM ir_config_parameter WHERE key = 'account_peppol.edi.mode'"))
                    .isEqualTo("test");
            assertThat(db.scalar("SELECT value FROM ir_config_parameter "
                    + "WHERE key = 'google_address_autocomplete.google_places_api_key'")).isEqualTo("dummy");
            assertThat(result.rows(NeutralizationTarget.GOOGLE_PLACES)).isEqualTo(1);
        }
    }
}
