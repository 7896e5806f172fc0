package ai.insightpulse.odooops.neutralize.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.RunStatus;
import ai.insightpulse.odooops.neutralize.TargetOutcome;
import ai.insightpulse.odooops.neutralize.TargetResult;
import ai.insightpulse.odooops.neutralize.testing.IntegrationSeed;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import ai.insightpulse.odooops.neutralize.testing.RowsById;
import ai.insightpulse.odooops.neutralize.testing.TableSnapshot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every integration of a live prod, seeded on the real schema of each series, ends in the state that series'
 * own {@code odoo-bin neutralize} leaves it in (with our documented choices where series differ), once.
 */
class IntegrationNeutralizationTest {

    static final List<String> SERIES = OdooDatabase.SERIES;

    private final JooqNeutralizer engine = JooqNeutralizer.create();

    private static OdooDatabase seededProd(String series, Map<String, Integer> ids) {
        OdooDatabase db = OdooDatabase.createDev(series);
        ids.putAll(ProdLikeSeed.seed(db));
        ids.putAll(IntegrationSeed.seed(db));
        return db;
    }

    private static Object at(OdooDatabase db, String column, String table, Integer id) {
        return db.scalar("SELECT " + column + " FROM " + table + " WHERE id = " + id);
    }

    private static Object param(OdooDatabase db, String key) {
        return db.scalar("SELECT value FROM ir_config_parameter WHERE key = '" + key + "'");
    }

    @ParameterizedTest(name = "Odoo {0}")
    @FieldSource("SERIES")
    void oneRunLeavesEveryIntegrationAsOdoosOwnNeutralizationDoes(String series) {
        Map<String, Integer> ids = new java.util.HashMap<>();
        try (OdooDatabase db = seededProd(series, ids)) {
            int major = Integer.parseInt(series.substring(0, 2));

            NeutralizationResult result = engine.neutralize(db.config().build());

            assertThat(result.status()).isEqualTo(RunStatus.OK);
            assertThat(result.targets()).noneMatch(t -> t.outcome() == TargetOutcome.SKIPPED
                    && !expectedSkips(major).contains(t.target()));
            // incoming mail, templates
            assertThat(db.count("SELECT count(*) FROM fetchmail_server WHERE active")).isZero();
            assertThat(at(db, "mail_server_id", "mail_template", ids.get("template_pinned"))).isNull();
            // webhooks
            if (major >= 17) {
                assertThat(at(db, "webhook_url", "ir_act_server", ids.get("webhook")))
                        .isEqualTo("neutralization - disable webhook");
            } else {
                assertThat(result.target(NeutralizationTarget.WEBHOOKS).orElseThrow().reason())
                        .contains("missing ir_act_server.webhook_url");
            }
            // payment
            assertThat(at(db, "state", "payment_provider", ids.get("stripe"))).isEqualTo("disabled");
            assertThat(db.count("SELECT count(*) FROM payment_provider WHERE stripe_secret_key IS NOT NULL "
                    + "OR stripe_webhook_secret IS NOT NULL OR stripe_publishable_key IS NOT NULL")).isZero();
            assertThat(at(db, "state", "payment_provider", ids.get("paypal"))).isEqualTo("test");
            assertThat(at(db, major >= 18 ? "paypal_client_secret" : "paypal_pdt_token", "payment_provider",
                    ids.get("paypal"))).isNull();
            assertThat(at(db, "paypal_email_account", "payment_provider", ids.get("paypal"))).isNull();
            // IAP
            assertThat(at(db, "account_token", "iap_account", ids.get("iap_short")))
                    .isEqualTo(IntegrationSeed.IAP_SHORT_TOKEN + "+disabled");
            assertThat(at(db, "account_token", "iap_account", ids.get("iap_long"))).isEqualTo("dummy_value+disabled");
            assertThat(at(db, "account_token", "iap_account", ids.get("iap_already"))).isEqualTo("abc123+disabled");
            // OAuth, honouring auth_oauth.dont_neutralize_providers
            assertThat(at(db, "enabled", "auth_oauth_provider", ids.get("oauth_google"))).isEqualTo(false);
            assertThat(at(db, "enabled", "auth_oauth_provider", ids.get("oauth_kept"))).isEqualTo(true);
            // calendar tokens, wherever the series keeps them
            assertThat(db.count("SELECT count(*) FROM res_users WHERE microsoft_calendar_token IS NOT NULL "
                    + "OR microsoft_calendar_rtoken IS NOT NULL")).isZero();
            if (major <= 17) {
                assertThat(db.count("SELECT count(*) FROM google_calendar_credentials WHERE calendar_token IS NOT NULL "
                        + "OR calendar_rtoken IS NOT NULL OR NOT synchronization_stopped")).isZero();
            }
            if (major == 16) {
                assertThat(db.count("SELECT count(*) FROM res_users WHERE NOT microsoft_synchronization_stopped"))
                        .isZero();
            }
            if (major == 17) {
                assertThat(db.count("SELECT count(*) FROM microsoft_calendar_credentials WHERE calendar_sync_token "
                        + "IS NOT NULL OR last_sync_date IS NOT NULL OR NOT synchronization_stopped")).isZero();
            }
            if (major >= 18) {
                assertThat(db.count("SELECT count(*) FROM res_users_settings WHERE google_calendar_token IS NOT NULL "
                        + "OR google_calendar_rtoken IS NOT NULL OR NOT google_synchronization_stopped "
                        + "OR microsoft_calendar_sync_token IS NOT NULL OR microsoft_last_sync_date IS NOT NULL "
                        + "OR NOT microsoft_synchronization_stopped")).isZero();
            }
            // cloud storage, Jitsi, web push keys and subscriptions
            assertThat(db.count("SELECT count(*) FROM ir_config_parameter WHERE key LIKE 'cloud_storage%' "
                    + "OR key = 'website_jitsi.jitsi_server_domain'")).isZero();
            if (major >= 17) {
                assertThat(db.count("SELECT count(*) FROM ir_config_parameter WHERE key IN "
                        + "('mail.web_push_vapid_private_key', 'mail.web_push_vapid_public_key', "
                        + "'mail.sfu_server_key')")).isZero();
                assertThat(db.count("SELECT count(*) FROM " + (major == 17 ? "mail_partner_device" : "mail_push_device")))
                        .isZero();
                assertThat(db.count("SELECT count(*) FROM " + (major == 17 ? "mail_notification_web_push" : "mail_push")))
                        .isZero();
            } else {
                assertThat(result.target(NeutralizationTarget.WEB_PUSH).orElseThrow().outcome())
                        .isEqualTo(TargetOutcome.SKIPPED);
            }
            // website
            assertThat(at(db, "domain", "website", ids.get("website"))).isNull();
            assertThat(at(db, "cdn_activated", "website", ids.get("website"))).isEqualTo(false);
            assertThat(at(db, "robots_txt", "website", ids.get("website"))).isEqualTo("User-agent: *\nDisallow: /");
            assertThat(at(db, "active", "ir_ui_view", ids.get("view_ribbon"))).isEqualTo(true);
            // delivery: local carriers stay active (the 17.0+ rule, on every series)
            assertThat(db.count("SELECT count(*) FROM delivery_carrier WHERE prod_environment")).isZero();
            assertThat(at(db, "active", "delivery_carrier", ids.get("carrier_fixed"))).isEqualTo(true);
            assertThat(at(db, "active", "delivery_carrier", ids.get("carrier_external"))).isEqualTo(false);
            // EDI proxy
            if (major >= 17) {
                assertThat(at(db, "edi_mode", "account_edi_proxy_client_user", ids.get("edi_it"))).isEqualTo("demo");
                assertThat(at(db, "edi_mode", "account_edi_proxy_client_user", ids.get("edi_other")))
                        .isEqualTo("test");
            } else {
                assertThat(param(db, "account_edi_proxy_client.demo")).isEqualTo("true");
            }
            // certificates
            if (major >= 18) {
                assertThat(at(db, "pkcs12_password", "certificate_certificate", ids.get("certificate")))
                        .isEqualTo("dummy");
                assertThat(at(db, "password", "certificate_key", ids.get("certificate_key"))).isEqualTo("dummy");
            }
            // a new identity, recorded
            Object uuid = param(db, "database.uuid");
            assertThat(uuid).isNotEqualTo(IntegrationSeed.PROD_UUID);
            assertThat(param(db, "database.secret")).isNotEqualTo(IntegrationSeed.PROD_DB_SECRET);
            assertThat(param(db, "odooops.neutralized_uuid")).isEqualTo(uuid + "@" + db.name());
        }
    }

    private static List<NeutralizationTarget> expectedSkips(int major) {
        return switch (major) {
            // the OCA tables (queue_job, auth_api_key) are in none of the real schemas
            case 16 -> List.of(NeutralizationTarget.WEBHOOKS, NeutralizationTarget.WEB_PUSH,
                    NeutralizationTarget.CERTIFICATES, NeutralizationTarget.POS_TERMINALS,
                    NeutralizationTarget.LOCALIZATION_EDI, NeutralizationTarget.COMPANY_API_KEYS,
                    NeutralizationTarget.QUEUE_JOBS, NeutralizationTarget.AUTH_API_KEYS);
            case 17 -> List.of(NeutralizationTarget.CERTIFICATES, NeutralizationTarget.POS_TERMINALS,
                    NeutralizationTarget.LOCALIZATION_EDI, NeutralizationTarget.COMPANY_API_KEYS,
                    NeutralizationTarget.QUEUE_JOBS, NeutralizationTarget.AUTH_API_KEYS);
            default -> List.of(NeutralizationTarget.POS_TERMINALS, NeutralizationTarget.LOCALIZATION_EDI,
                    NeutralizationTarget.COMPANY_API_KEYS, NeutralizationTarget.QUEUE_JOBS,
                    NeutralizationTarget.AUTH_API_KEYS);
        };
    }

    @ParameterizedTest(name = "Odoo {0}")
    @FieldSource("SERIES")
    void perTargetCountsEqualTheRowsChanged(String series) {
        try (OdooDatabase db = seededProd(series, new java.util.HashMap<>())) {
            RowsById before = RowsById.of(db.connection());

            NeutralizationResult result = engine.neutralize(db.config().build());

            long reported = result.targets().stream().mapToLong(TargetResult::rows).sum();
            Map<String, Long> changed = RowsById.of(db.connection()).rowsChangedSince(before);
            // mail_credentials also rewrites every server mail_servers / incoming_mail archive: each counts it
            long countedTwice = result.rows(NeutralizationTarget.MAIL_SERVERS)
                    + result.rows(NeutralizationTarget.INCOMING_MAIL);
            assertThat(reported).as("rows changed per table: %s; reported: %s", changed, result.targets())
                    .isEqualTo(changed.values().stream().mapToLong(Long::longValue).sum() + countedTwice);
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @FieldSource("SERIES")
    void eachTargetRunAloneChangesExactlyTheRowsItReports(String series) {
        try (OdooDatabase db = seededProd(series, new java.util.HashMap<>())) {
            java.util.Set<NeutralizationTarget> contract = java.util.EnumSet.noneOf(NeutralizationTarget.class);
            for (NeutralizationTarget t : NeutralizationTarget.values()) {
                if (t.isContract()) {
                    contract.add(t);
                }
            }
            engine.neutralize(db.config().targets(contract).build());

            for (NeutralizationTarget t : NeutralizationTarget.values()) {
                if (t.isContract() || t.isSanitize()) { // sanitize targets: SanitizeTest
                    continue;
                }
                java.util.Set<NeutralizationTarget> selected = java.util.EnumSet.copyOf(contract);
                selected.add(t);
                RowsById before = RowsById.of(db.connection());

                NeutralizationResult result = engine.neutralize(db.config().targets(selected).build());

                Map<String, Long> changed = RowsById.of(db.connection()).rowsChangedSince(before);
                assertThat(result.rows(t)).as("%s changed %s", t.id(), changed)
                        .isEqualTo(changed.values().stream().mapToLong(Long::longValue).sum());
            }
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @FieldSource("SERIES")
    void runsTwoToNChangeNothingAndKeepTheNewIdentity(String series) {
        try (OdooDatabase db = seededProd(series, new java.util.HashMap<>())) {
            engine.neutralize(db.config().build());
            TableSnapshot afterFirst = db.snapshot();

            for (int run = 2; run <= 3; run++) {
                NeutralizationResult again = engine.neutralize(db.config().build());
                assertThat(again.status()).isEqualTo(RunStatus.NO_OP);
                assertThat(again.targets()).allSatisfy(t -> assertThat(t.rows()).as(t.target().id()).isZero());
            }
            assertThat(db.snapshot().tablesDifferingFrom(afterFirst)).isEmpty();
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @FieldSource("SERIES")
    void dryRunPredictsEveryTargetExactly(String series) {
        try (OdooDatabase db = seededProd(series, new java.util.HashMap<>())) {
            TableSnapshot before = db.snapshot();

            NeutralizationResult plan = engine.neutralize(db.config().dryRun(true).build());

            assertThat(db.snapshot().tablesDifferingFrom(before)).isEmpty();
            NeutralizationResult live = engine.neutralize(db.config().build());
            for (NeutralizationTarget t : NeutralizationTarget.values()) {
                assertThat(plan.rows(t)).as(t.id()).isEqualTo(live.rows(t));
            }
        }
    }

    @org.junit.jupiter.api.Test
    void aCopyOfANeutralizedCopyGetsItsOwnIdentity() {
        try (OdooDatabase db = seededProd("18.0", new java.util.HashMap<>())) {
            engine.neutralize(db.config().build());
            Object first = param(db, "database.uuid");
            // what copying the neutralized database to another name looks like: the marker names another database
            db.execute("UPDATE ir_config_parameter SET value = value || '-copy' WHERE key = 'odooops.neutralized_uuid'");

            NeutralizationResult result = engine.neutralize(db.config().build());

            assertThat(result.rows(NeutralizationTarget.DATABASE_IDENTITY)).isEqualTo(3);
            assertThat(param(db, "database.uuid")).isNotEqualTo(first);
        }
    }

    @org.junit.jupiter.api.Test
    void aMalformedOAuthKeepListDisablesEveryProviderWithoutFailingTheRun() {
        Map<String, Integer> ids = new java.util.HashMap<>();
        try (OdooDatabase db = seededProd("18.0", ids)) {
            db.execute("UPDATE ir_config_parameter SET value = '[1,,' WHERE key = 'auth_oauth.dont_neutralize_providers'");

            NeutralizationResult result = engine.neutralize(db.config().build());

            assertThat(result.status()).isEqualTo(RunStatus.OK);
            assertThat(db.count("SELECT count(*) FROM auth_oauth_provider WHERE enabled")).isZero();
        }
    }

    @org.junit.jupiter.api.Test
    void oauthProvidersCanBeKeptByXmlId() {
        Map<String, Integer> ids = new java.util.HashMap<>();
        try (OdooDatabase db = seededProd("18.0", ids)) {
            db.execute("INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('auth_oauth', "
                    + "'provider_google', 'auth.oauth.provider', " + ids.get("oauth_google") + ", false)");
            db.execute("UPDATE ir_config_parameter SET value = '[\"auth_oauth.provider_google\"]' "
                    + "WHERE key = 'auth_oauth.dont_neutralize_providers'");

            engine.neutralize(db.config().build());

            assertThat(at(db, "enabled", "auth_oauth_provider", ids.get("oauth_google"))).isEqualTo(true);
            assertThat(at(db, "enabled", "auth_oauth_provider", ids.get("oauth_kept"))).isEqualTo(false);
        }
    }
}
