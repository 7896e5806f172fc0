package ai.insightpulse.odooops.neutralize.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.RuleResult;
import ai.insightpulse.odooops.neutralize.RunStatus;
import ai.insightpulse.odooops.neutralize.TargetOutcome;
import ai.insightpulse.odooops.neutralize.summary.SummaryLine;
import ai.insightpulse.odooops.neutralize.testing.CustomModuleSeed;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import ai.insightpulse.odooops.neutralize.testing.TableSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The customer's declared rules on the tables of its own modules, created in a real Odoo database of each series
 * (16.0–19.0): applied in the run's transaction after the built-in targets, predicted exactly, idempotent, values
 * bound, absent tables and columns skipped.
 */
class DeclaredRulesTest {

    static final List<String> SERIES = OdooDatabase.SERIES;

    private final JooqNeutralizer engine = JooqNeutralizer.create();

    @ParameterizedTest(name = "Odoo {0}")
    @FieldSource("SERIES")
    void rulesNeutralizeTheCustomModulesRowsAsPredictedAndRuns2ToNChangeNothing(String series) {
        try (OdooDatabase db = OdooDatabase.createDev(series)) {
            ProdLikeSeed.seed(db);
            CustomModuleSeed.seed(db);
            var rules = CustomModuleSeed.rules(CustomModuleSeed.RULES_JSON);

            NeutralizationResult planned = engine.neutralize(db.config().dryRun(true).declaredRules(rules).build());
            NeutralizationResult applied = engine.neutralize(db.config().declaredRules(rules).build());
            NeutralizationResult second = engine.neutralize(db.config().declaredRules(rules).build());
            NeutralizationResult third = engine.neutralize(db.config().declaredRules(rules).build());

            assertThat(planned.rules()).extracting(RuleResult::outcome, RuleResult::rows)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(TargetOutcome.WOULD_CHANGE, 3L),
                            org.assertj.core.groups.Tuple.tuple(TargetOutcome.WOULD_CHANGE, 2L));
            assertThat(applied.rules()).extracting(RuleResult::outcome, RuleResult::rows)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(TargetOutcome.CHANGED, 3L),
                            org.assertj.core.groups.Tuple.tuple(TargetOutcome.CHANGED, 2L));
            assertThat(db.count("SELECT count(*) FROM ipai_zoho_account WHERE active")).isZero();
            assertThat(db.count("SELECT count(*) FROM ipai_zoho_account WHERE api_key IS NOT NULL"))
                    .as("the archived account is outside the rule's where").isEqualTo(1);
            assertThat(db.count("SELECT count(*) FROM ipai_mailgun_bridge WHERE api_key IS NULL AND signing_secret"
                    + " IS NULL AND webhook_url = 'https://invalid.invalid/mailgun'")).isEqualTo(2);
            assertThat(db.scalar("SELECT api_key FROM ipai_mailgun_bridge WHERE mode = 'sandbox'"))
                    .isEqualTo("sandbox-key");
            for (NeutralizationResult later : List.of(second, third)) {
                assertThat(later.status()).isEqualTo(RunStatus.NO_OP);
                assertThat(later.alreadyNeutralized()).isTrue();
                assertThat(later.rules()).extracting(RuleResult::outcome)
                        .containsOnly(TargetOutcome.NO_OP);
            }
        }
    }

    @Test
    void theSummaryReportsRulesUnderTheirOwnKeyAndNoValue() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            CustomModuleSeed.seed(db);

            String line = SummaryLine.render(engine.neutralize(
                    db.config().declaredRules(CustomModuleSeed.rules(CustomModuleSeed.RULES_JSON)).build()));

            assertThat(line).contains("\"rules\":[{\"index\":0,\"name\":\"zoho_accounts\",\"table\":\"ipai_zoho_account\","
                    + "\"outcome\":\"changed\",\"rows\":3}");
            assertThat(line).doesNotContain(CustomModuleSeed.ZOHO_KEY).doesNotContain(CustomModuleSeed.MAILGUN_KEY);
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @FieldSource("SERIES")
    void aRuleWhoseTableOrColumnIsAbsentIsSkippedNamingWhatIsMissing(String series) {
        try (OdooDatabase db = OdooDatabase.createDev(series)) {
            CustomModuleSeed.seed(db);
            var rules = CustomModuleSeed.rules("""
                    [{"table": "ipai_not_installed", "set": {"active": false}},
                     {"table": "ipai_zoho_account", "set": {"api_key": null, "token": null}, "where": {"tenant": 1}},
                     {"table": "ipai_zoho_account", "set": {"api_key": null}}]""");

            NeutralizationResult r = engine.neutralize(db.config().declaredRules(rules).build());

            assertThat(r.status()).isEqualTo(RunStatus.OK);
            assertThat(r.rules().get(0).outcome()).isEqualTo(TargetOutcome.SKIPPED);
            assertThat(r.rules().get(0).reason()).contains("missing ipai_not_installed");
            assertThat(r.rules().get(1).outcome()).isEqualTo(TargetOutcome.SKIPPED);
            assertThat(r.rules().get(1).reason())
                    .contains("missing ipai_zoho_account.tenant, ipai_zoho_account.token");
            assertThat(r.rules().get(2).rows()).isEqualTo(3);
        }
    }

    @Test
    void aRuleThatAnotherWritesBackFailsThePostCheckAndChangesNothing() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            CustomModuleSeed.seed(db);
            var rules = CustomModuleSeed.rules("""
                    [{"table": "ipai_zoho_account", "set": {"region": "none"}},
                     {"table": "ipai_zoho_account", "set": {"region": "eu"}, "where": {"name": "sales"}}]""");

            NeutralizationResult r = engine.neutralize(db.config().declaredRules(rules).build());

            assertThat(r.status()).isEqualTo(RunStatus.ERROR);
            assertThat(r.exitCode().code()).isEqualTo(2);
            assertThat(r.failure().get().message()).contains("post-check failed: 1 row(s) still pending")
                    .contains("another rule writes the same rows back").contains("rolled back");
            assertThat(db.count("SELECT count(*) FROM ipai_zoho_account WHERE region = 'none'"))
                    .as("rolled back").isZero();
        }
    }

    @Test
    void whereTakesEqualityIsNullAndInAndAllMustHold() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            CustomModuleSeed.seed(db);
            var rules = CustomModuleSeed.rules("""
                    [{"table": "ipai_zoho_account", "set": {"region": "none"},
                      "where": {"api_key": null}},
                     {"table": "ipai_zoho_account", "set": {"sequence": 99},
                      "where": {"region": "eu", "name": ["sales", "old", "nobody"]}}]""");

            NeutralizationResult r = engine.neutralize(db.config().declaredRules(rules).build());

            assertThat(r.rules()).extracting(RuleResult::rows).containsExactly(1L, 2L);
            assertThat(db.scalar("SELECT region FROM ipai_zoho_account WHERE name = 'billing'")).isEqualTo("none");
            assertThat(db.count("SELECT count(*) FROM ipai_zoho_account WHERE sequence = 99 AND name IN ('sales', 'old')"))
                    .isEqualTo(2);
        }
    }

    @Test
    void injectionShapedValuesAreBoundAsData() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            CustomModuleSeed.seed(db);
            String hostile = "x'); DROP TABLE ipai_zoho_account; --";
            var rules = CustomModuleSeed.rules("""
                    [{"table": "ipai_zoho_account", "set": {"api_key": "%s"}, "where": {"name": "%s"}},
                     {"table": "ipai_zoho_account", "set": {"api_key": "%s"}, "where": {"name": "sales"}}]"""
                    .formatted(hostile, hostile, hostile));

            NeutralizationResult r = engine.neutralize(db.config().declaredRules(rules).build());

            assertThat(r.status()).isEqualTo(RunStatus.OK);
            assertThat(r.rules()).extracting(RuleResult::rows).containsExactly(0L, 1L);
            assertThat(db.scalar("SELECT api_key FROM ipai_zoho_account WHERE name = 'sales'")).isEqualTo(hostile);
            assertThat(db.count("SELECT count(*) FROM ipai_zoho_account")).isEqualTo(4);
        }
    }

    @Test
    void aValueThatDoesNotFitItsColumnFailsTheRunWithExit2AndChangesNothing() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            CustomModuleSeed.seed(db);
            TableSnapshot before = db.snapshot();
            var rules = CustomModuleSeed.rules("""
                    [{"table": "ipai_zoho_account", "set": {"active": "no"}}]""");

            NeutralizationResult r = engine.neutralize(db.config().declaredRules(rules).build());

            assertThat(r.status()).isEqualTo(RunStatus.ERROR);
            assertThat(r.exitCode().code()).isEqualTo(2);
            assertThat(r.failure().get().kind()).isEqualTo(Failure.Kind.DATABASE);
            assertThat(r.failure().get().message())
                    .isEqualTo("rules[0]: set.active does not fit column ipai_zoho_account.active of type boolean"
                            + " (expected true, false or null); nothing was changed");
            assertThat(db.snapshot()).isEqualTo(before);
        }
    }

    @Test
    void aRuleTheDatabaseRefusesRollsBackTheBuiltInTargetsToo() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            CustomModuleSeed.seed(db);
            TableSnapshot before = db.snapshot();
            var rules = CustomModuleSeed.rules("""
                    [{"table": "ipai_zoho_account", "set": {"name": null}}]""");

            NeutralizationResult r = engine.neutralize(db.config().declaredRules(rules).build());

            assertThat(r.exitCode().code()).isEqualTo(2);
            assertThat(r.failure().get().message()).contains("null value in column \"name\"")
                    .doesNotContain(CustomModuleSeed.ZOHO_KEY);
            assertThat(db.snapshot()).isEqualTo(before);
            assertThat(r.rows(NeutralizationTarget.MAIL_SERVERS)).isZero();
        }
    }
}
