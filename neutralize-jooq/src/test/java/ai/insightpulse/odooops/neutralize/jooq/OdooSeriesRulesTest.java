package ai.insightpulse.odooops.neutralize.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.RunStatus;
import ai.insightpulse.odooops.neutralize.testing.FixtureRows;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where Odoo's own command differed from ours on real 18.0 (issue 14, point 6): EDI proxy modes follow each
 * series' own rule, and the Google Places key is written on every website.
 */
class OdooSeriesRulesTest {

    private final JooqNeutralizer engine = JooqNeutralizer.create();

    private static Map<String, Integer> ediUsers(OdooDatabase db) throws SQLException {
        Map<String, Integer> ids = new HashMap<>();
        int company = ((Number) db.scalar("SELECT min(id) FROM res_company")).intValue();
        Integer signingKey = null;
        if (!db.series().equals("17.0")) {
            // 18.0+: the user's key is a certificate_key row
            signingKey = FixtureRows.insert(db.connection(), "certificate_key", Map.of("name", "Signing key"));
        }
        int n = 0;
        for (String type : List.of("l10n_it_edi", "peppol", "l10n_my_edi", "l10n_es_edi")) {
            Map<String, Object> v = new HashMap<>();
            v.put("company_id", company);
            v.put("id_client", "client-" + n);
            v.put("edi_identification", "ident-" + n++);
            v.put("proxy_type", type);
            v.put("edi_mode", "prod");
            v.put("active", true);
            if (signingKey != null) {
                v.put("private_key_id", signingKey);
            }
            ids.put(type, FixtureRows.insert(db.connection(), "account_edi_proxy_client_user", v));
        }
        return ids;
    }

    private static Object at(OdooDatabase db, String column, int id) {
        return db.scalar("SELECT " + column + " FROM account_edi_proxy_client_user WHERE id = " + id);
    }

    @ParameterizedTest(name = "Odoo {0}")
    @ValueSource(strings = {"17.0", "18.0"})
    void before19OnlyItalianUsersGoToDemoAndMalaysianUsersStayActiveWithoutTheirModule(String series)
            throws SQLException {
        try (OdooDatabase db = OdooDatabase.createDev(series)) {
            ProdLikeSeed.seed(db);
            Map<String, Integer> ids = ediUsers(db);

            NeutralizationResult result = engine.neutralize(db.config().build());

            assertThat(at(db, "edi_mode", ids.get("l10n_it_edi"))).isEqualTo("demo");
            assertThat(at(db, "edi_mode", ids.get("peppol"))).isEqualTo("test");
            assertThat(at(db, "edi_mode", ids.get("l10n_es_edi"))).isEqualTo("test");
            assertThat(at(db, "edi_mode", ids.get("l10n_my_edi"))).isEqualTo("test");
            assertThat(at(db, "active", ids.get("l10n_my_edi"))).isEqualTo(true);
            assertThat(result.rows(NeutralizationTarget.EDI_PROXY)).isEqualTo(4);
        }
    }

    @Test
    void on18MalaysianUsersAreArchivedToWhenTheirModuleIsInstalled() throws SQLException {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            FixtureRows.insert(db.connection(), "ir_module_module", Map.of("name", "l10n_my_edi",
                    "state", "to upgrade"));
            Map<String, Integer> ids = ediUsers(db);

            engine.neutralize(db.config().build());

            assertThat(at(db, "edi_mode", ids.get("l10n_my_edi"))).isEqualTo("test");
            assertThat(at(db, "active", ids.get("l10n_my_edi"))).isEqualTo(false);
            assertThat(at(db, "active", ids.get("peppol"))).isEqualTo(true);
        }
    }

    @Test
    void on19PeppolUsersGoToDemoAndMalaysianUsersKeepTheirModeArchivedOnlyWithTheirModule() throws SQLException {
        try (OdooDatabase db = OdooDatabase.createDev("19.0")) {
            ProdLikeSeed.seed(db);
            Map<String, Integer> ids = ediUsers(db);

            engine.neutralize(db.config().build());

            assertThat(at(db, "edi_mode", ids.get("l10n_it_edi"))).isEqualTo("demo");
            assertThat(at(db, "edi_mode", ids.get("peppol"))).isEqualTo("demo");
            assertThat(at(db, "edi_mode", ids.get("l10n_es_edi"))).isEqualTo("test");
            assertThat(at(db, "edi_mode", ids.get("l10n_my_edi"))).isEqualTo("prod");
            assertThat(at(db, "active", ids.get("l10n_my_edi"))).isEqualTo(true);

            db.execute("INSERT INTO ir_module_module (name, state) VALUES ('l10n_my_edi', 'installed')");
            NeutralizationResult second = engine.neutralize(db.config().build());

            assertThat(at(db, "active", ids.get("l10n_my_edi"))).isEqualTo(false);
            assertThat(at(db, "edi_mode", ids.get("l10n_my_edi"))).isEqualTo("prod");
            assertThat(second.rows(NeutralizationTarget.EDI_PROXY)).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @ValueSource(strings = {"17.0", "18.0", "19.0"})
    void theEdiRuleIsIdempotentAndPredictedByTheDryRun(String series) throws SQLException {
        try (OdooDatabase db = OdooDatabase.createDev(series)) {
            ProdLikeSeed.seed(db);
            ediUsers(db);
            db.execute("INSERT INTO ir_module_module (name, state) VALUES ('l10n_my_edi', 'installed')");

            NeutralizationResult plan = engine.neutralize(db.config().dryRun(true).build());
            NeutralizationResult live = engine.neutralize(db.config().build());
            NeutralizationResult again = engine.neutralize(db.config().build());

            assertThat(plan.rows(NeutralizationTarget.EDI_PROXY)).isEqualTo(live.rows(NeutralizationTarget.EDI_PROXY))
                    .isEqualTo(4);
            assertThat(again.status()).isEqualTo(RunStatus.NO_OP);
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @ValueSource(strings = {"17.0", "18.0", "19.0"})
    void aCompanyWithUsersInTwoModesKeepsOneActiveUserInsteadOfFailingOnTheUniqueIndex(String series)
            throws SQLException {
        try (OdooDatabase db = OdooDatabase.createDev(series)) {
            ProdLikeSeed.seed(db);
            Map<String, Integer> ids = ediUsers(db);
            int company = ((Number) db.scalar("SELECT company_id FROM account_edi_proxy_client_user WHERE id = "
                    + ids.get("peppol"))).intValue();
            Map<String, Object> v = new HashMap<>();
            v.put("company_id", company);
            v.put("id_client", "client-peppol-test");
            v.put("edi_identification", "ident-peppol-test");
            v.put("proxy_type", "peppol");
            v.put("edi_mode", "test");
            v.put("active", true);
            if (!series.equals("17.0")) {
                v.put("private_key_id", db.scalar("SELECT private_key_id FROM account_edi_proxy_client_user "
                        + "WHERE id = " + ids.get("peppol")));
            }
            int registeredInTest = FixtureRows.insert(db.connection(), "account_edi_proxy_client_user", v);

            NeutralizationResult plan = engine.neutralize(db.config().dryRun(true).build());
            NeutralizationResult live = engine.neutralize(db.config().build());

            assertThat(live.status()).isEqualTo(RunStatus.OK);
            assertThat(plan.rows(NeutralizationTarget.EDI_PROXY)).isEqualTo(live.rows(NeutralizationTarget.EDI_PROXY));
            String mode = series.equals("19.0") ? "demo" : "test";
            assertThat(db.count("SELECT count(*) FROM account_edi_proxy_client_user WHERE proxy_type = 'peppol' "
                    + "AND active AND edi_mode = '" + mode + "'")).isEqualTo(1);
            assertThat(db.count("SELECT count(*) FROM account_edi_proxy_client_user WHERE proxy_type = 'peppol' "
                    + "AND edi_mode = 'prod'")).isZero();
            // 17.0/18.0: the user already in test keeps the slot; 19.0: neither is in demo, the oldest keeps it
            int keeper = series.equals("19.0") ? ids.get("peppol") : registeredInTest;
            assertThat(db.scalar("SELECT active FROM account_edi_proxy_client_user WHERE id = " + keeper))
                    .isEqualTo(true);
            assertThat(engine.neutralize(db.config().build()).status()).isEqualTo(RunStatus.NO_OP);
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @ValueSource(strings = {"16.0", "17.0", "18.0", "19.0"})
    void theGooglePlacesKeyIsDummyOnEveryWebsiteNullOnesIncluded(String series) throws SQLException {
        try (OdooDatabase db = OdooDatabase.createDev(series)) {
            ProdLikeSeed.seed(db);
            // what installing website_sale_autocomplete adds
            db.execute("ALTER TABLE website ADD COLUMN google_places_api_key varchar");
            FixtureRows.insert(db.connection(), "website", Map.of("name", "shop", "google_places_api_key",
                    "AIza-S3CRET"));
            FixtureRows.insert(db.connection(), "website", Map.of("name", "blog"));

            NeutralizationResult result = engine.neutralize(db.config().build());

            assertThat(db.count("SELECT count(*) FROM website WHERE google_places_api_key IS DISTINCT FROM 'dummy'"))
                    .isZero();
            assertThat(result.rows(NeutralizationTarget.GOOGLE_PLACES)).isEqualTo(2);
        }
    }
}
