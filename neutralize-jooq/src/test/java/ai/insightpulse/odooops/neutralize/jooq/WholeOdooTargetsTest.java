package ai.insightpulse.odooops.neutralize.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.CredentialParameters;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.RunStatus;
import ai.insightpulse.odooops.neutralize.TargetOutcome;
import ai.insightpulse.odooops.neutralize.summary.SummaryLine;
import ai.insightpulse.odooops.neutralize.testing.IntegrationSeed;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import ai.insightpulse.odooops.neutralize.testing.TableSnapshot;
import ai.insightpulse.odooops.neutralize.testing.WholeOdooSeed;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The targets that reach beyond Odoo core, on every real schema (16.0–19.0) with the OCA tables and the
 * customer's settings added: OCA queue_job and auth_api_key, credential-shaped system parameters, and the
 * credentials of mail servers.
 */
class WholeOdooTargetsTest {

    static final List<String> SERIES = OdooDatabase.SERIES;

    private final JooqNeutralizer engine = JooqNeutralizer.create();

    private static Map<String, Integer> seedAll(OdooDatabase db) {
        Map<String, Integer> ids = new HashMap<>(ProdLikeSeed.seed(db));
        ids.putAll(IntegrationSeed.seed(db));
        ids.putAll(WholeOdooSeed.seed(db));
        return ids;
    }

    @ParameterizedTest(name = "Odoo {0}")
    @FieldSource("SERIES")
    void jobsARunnerWouldExecuteAreCancelledAndFinishedOnesAreLeft(String series) {
        try (OdooDatabase db = OdooDatabase.createDev(series)) {
            Map<String, Integer> ids = seedAll(db);
            Map<String, Object> finishedBefore = new HashMap<>();
            for (String state : List.of("done", "failed", "cancelled")) {
                finishedBefore.put(state, db.scalar("SELECT q::text FROM queue_job q WHERE id = " + ids.get("job_" + state)));
            }

            NeutralizationResult result = engine.neutralize(db.config().build());

            assertThat(result.rows(NeutralizationTarget.QUEUE_JOBS)).isEqualTo(4);
            for (String state : List.of("wait_dependencies", "pending", "enqueued", "started")) {
                int id = ids.get("job_" + state);
                assertThat(db.scalar("SELECT state FROM queue_job WHERE id = " + id)).as(state).isEqualTo("cancelled");
                assertThat(db.scalar("SELECT date_cancelled FROM queue_job WHERE id = " + id)).as(state).isNotNull();
            }
            for (String state : List.of("done", "failed", "cancelled")) {
                assertThat(db.scalar("SELECT q::text FROM queue_job q WHERE id = " + ids.get("job_" + state)))
                        .as(state).isEqualTo(finishedBefore.get(state));
            }
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @FieldSource("SERIES")
    void apiKeysAreArchivedAndTheirSecretReplacedByAValueNobodyKnows(String series) {
        try (OdooDatabase db = OdooDatabase.createDev(series)) {
            Map<String, Integer> ids = seedAll(db);

            NeutralizationResult result = engine.neutralize(db.config().build());

            assertThat(result.rows(NeutralizationTarget.AUTH_API_KEYS)).isEqualTo(2);
            assertThat(db.count("SELECT count(*) FROM auth_api_key WHERE key IN ('" + WholeOdooSeed.API_KEY_1 + "', '"
                    + WholeOdooSeed.API_KEY_2 + "')")).isZero();
            assertThat(db.count("SELECT count(*) FROM auth_api_key WHERE key LIKE 'odooops-neutralized-%' "
                    + "AND length(key) = length('odooops-neutralized-') + 36")).isEqualTo(2);
            assertThat(db.count("SELECT count(DISTINCT key) FROM auth_api_key")).as("one random value per key")
                    .isEqualTo(2);
            if (!series.equals("16.0")) {
                assertThat(db.count("SELECT count(*) FROM auth_api_key WHERE active IS DISTINCT FROM false")).isZero();
            }
            assertThat(db.scalar("SELECT name FROM auth_api_key WHERE id = " + ids.get("api_key_1")))
                    .isEqualTo("partner-1");
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @FieldSource("SERIES")
    void theCustomersCredentialSettingsAreEmptiedAndEverythingElseIsLeft(String series) {
        try (OdooDatabase db = OdooDatabase.createDev(series)) {
            seedAll(db);

            NeutralizationResult result = engine.neutralize(db.config().build());

            for (String key : WholeOdooSeed.CREDENTIAL_SETTINGS.keySet()) {
                assertThat(param(db, key)).as(key).isEqualTo("");
            }
            for (Map.Entry<String, String> e : WholeOdooSeed.PLAIN_SETTINGS.entrySet()) {
                assertThat(param(db, e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
            }
            assertThat(result.rows(NeutralizationTarget.CREDENTIAL_SETTINGS))
                    .as("the summary counts keys").isEqualTo(WholeOdooSeed.CREDENTIAL_SETTINGS.size());
            // keys other targets own keep their owner's value: database.secret is new, not empty
            assertThat(param(db, "database.secret")).isNotEqualTo("").isNotEqualTo(IntegrationSeed.PROD_DB_SECRET);
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @FieldSource("SERIES")
    void aKeyOwnedByAnotherTargetIsLeftToItAndRunsStayIdempotent(String series) {
        try (OdooDatabase db = OdooDatabase.createDev(series)) {
            seedAll(db);
            // both shaped like credentials, both owned: google_places writes `dummy`, captcha_keys empties
            db.execute("INSERT INTO ir_config_parameter (key, value) VALUES "
                    + "('google_address_autocomplete.google_places_api_key', 'AIza-S3CRET'), "
                    + "('recaptcha_private_key', 'S3CRET-captcha')");

            engine.neutralize(db.config().build());
            NeutralizationResult again = engine.neutralize(db.config().build());

            assertThat(param(db, "google_address_autocomplete.google_places_api_key")).isEqualTo("dummy");
            assertThat(param(db, "recaptcha_private_key")).isEqualTo("");
            assertThat(again.status()).isEqualTo(RunStatus.NO_OP);
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @FieldSource("SERIES")
    void configuredWordsAndKeepEntriesChangeWhatIsACredential(String series) {
        try (OdooDatabase db = OdooDatabase.createDev(series)) {
            seedAll(db);
            db.execute("INSERT INTO ir_config_parameter (key, value) VALUES ('ipai_fax.pin', '4711')");
            CredentialParameters rules = CredentialParameters.defaults().withWords(List.of("pin"))
                    .withKept(List.of("ipai_mailgun_bridge.*"));

            NeutralizationResult result = engine.neutralize(db.config().credentialParameters(rules).build());

            assertThat(param(db, "ipai_fax.pin")).isEqualTo("");
            assertThat(param(db, "ipai_mailgun_bridge.apiKey")).isEqualTo(WholeOdooSeed.MAILGUN_KEY);
            assertThat(param(db, "ipai_mailgun_bridge.webhook_signing_key")).isEqualTo(WholeOdooSeed.MAILGUN_SIGNING);
            assertThat(result.rows(NeutralizationTarget.CREDENTIAL_SETTINGS))
                    .isEqualTo(WholeOdooSeed.CREDENTIAL_SETTINGS.size() - 2 + 1);
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @FieldSource("SERIES")
    void everyRealMailServerLosesItsPasswordAndLoginAndTheSinkIsLeft(String series) {
        try (OdooDatabase db = OdooDatabase.createDev(series)) {
            Map<String, Integer> ids = seedAll(db);
            db.execute("UPDATE ir_mail_server SET smtp_user = 'old@example.com', smtp_pass = 'S3CRET-old-relay' "
                    + "WHERE id = " + ids.get("smtp_archived"));
            long realServers = db.count("SELECT count(*) FROM ir_mail_server WHERE id <> " + ids.get("odoo_sink"));

            NeutralizationResult result = engine.neutralize(db.config().build());

            assertThat(db.count("SELECT count(*) FROM ir_mail_server WHERE id <> " + ids.get("odoo_sink")
                    + " AND (smtp_pass IS NOT NULL OR smtp_user IS DISTINCT FROM 'neutralized')"))
                    .as("archived before the run or by it, every real server").isZero();
            assertThat(db.count("SELECT count(*) FROM fetchmail_server WHERE password IS NOT NULL "
                    + "OR \"user\" IS DISTINCT FROM 'neutralized'")).isZero();
            assertThat(db.scalar("SELECT smtp_user FROM ir_mail_server WHERE id = " + ids.get("odoo_sink")))
                    .as("the sink row is not a real server: no login written").isNull();
            long incoming = db.count("SELECT count(*) FROM fetchmail_server");
            assertThat(result.rows(NeutralizationTarget.MAIL_CREDENTIALS)).isEqualTo(realServers + incoming);
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @FieldSource("SERIES")
    void runsTwoToNChangeNothingAndReportNoOp(String series) {
        try (OdooDatabase db = OdooDatabase.createDev(series)) {
            seedAll(db);
            NeutralizationResult first = engine.neutralize(db.config().build());
            assertThat(first.status()).isEqualTo(RunStatus.OK);
            TableSnapshot afterFirst = db.snapshot();

            for (int run = 2; run <= 4; run++) {
                NeutralizationResult again = engine.neutralize(db.config().build());
                assertThat(again.status()).isEqualTo(RunStatus.NO_OP);
                assertThat(again.targets()).allSatisfy(t -> assertThat(t.rows()).as(t.target().id()).isZero());
            }
            assertThat(db.snapshot()).isEqualTo(afterFirst);
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @FieldSource("SERIES")
    void dryRunPredictsEveryCountAndWritesNothing(String series) {
        try (OdooDatabase db = OdooDatabase.createDev(series)) {
            seedAll(db);
            TableSnapshot before = db.snapshot();

            NeutralizationResult plan = engine.neutralize(db.config().dryRun(true).build());

            assertThat(db.snapshot()).isEqualTo(before);
            NeutralizationResult live = engine.neutralize(db.config().build());
            for (NeutralizationTarget t : NeutralizationTarget.values()) {
                assertThat(plan.rows(t)).as(t.id()).isEqualTo(live.rows(t));
            }
            for (NeutralizationTarget t : Set.of(NeutralizationTarget.QUEUE_JOBS, NeutralizationTarget.AUTH_API_KEYS,
                    NeutralizationTarget.CREDENTIAL_SETTINGS, NeutralizationTarget.MAIL_CREDENTIALS)) {
                assertThat(plan.target(t).orElseThrow().outcome()).as(t.id()).isEqualTo(TargetOutcome.WOULD_CHANGE);
            }
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @FieldSource("SERIES")
    void noCredentialValueAppearsInTheSummaryOrTheLogs(String series) {
        try (OdooDatabase db = OdooDatabase.createDev(series)) {
            seedAll(db);
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

            assertThat(output).contains("credential_settings", "queue_jobs", "auth_api_keys", "mail_credentials");
            List<String> secrets = new ArrayList<>(WholeOdooSeed.SECRETS);
            secrets.addAll(IntegrationSeed.SECRETS);
            for (String secret : secrets) {
                assertThat(output.toString()).doesNotContain(secret);
            }
            for (String key : WholeOdooSeed.CREDENTIAL_SETTINGS.keySet()) {
                assertThat(output.toString()).as("keys are counted, not listed").doesNotContain(key);
            }
        }
    }

    private static Object param(OdooDatabase db, String key) {
        return db.scalar("SELECT value FROM ir_config_parameter WHERE key = '" + key + "'");
    }
}
