package ai.insightpulse.odooops.neutralize.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.RunStatus;
import ai.insightpulse.odooops.neutralize.TargetOutcome;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import ai.insightpulse.odooops.neutralize.testing.TableSnapshot;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The contract targets on a prod-like database of every real Odoo schema (16.0, 17.0, 18.0, 19.0). */
class ProdLikeNeutralizationTest {

    static final java.util.List<String> SERIES = OdooDatabase.SERIES;

    private final JooqNeutralizer engine = JooqNeutralizer.create();

    @ParameterizedTest(name = "Odoo {0}")
    @FieldSource("SERIES")
    void oneRunLeavesNoLiveServerOneSinkOnlyAllowlistedCronsFlagAndBanner(String series) {
        try (OdooDatabase db = OdooDatabase.createDev(series)) {
            Map<String, Integer> ids = ProdLikeSeed.seed(db);
            long realActiveBefore = db.count("SELECT count(*) FROM ir_mail_server WHERE active AND smtp_host <> 'invalid'")
                    + (series.equals("16.0") ? 0 : 1); // the cli row is live although its host says invalid
            long cronsActiveBefore = db.count("SELECT count(*) FROM ir_cron WHERE active");

            NeutralizationResult result = engine.neutralize(db.config().build());

            assertThat(result.status()).isEqualTo(RunStatus.OK);
            assertThat(result.odooSeries()).contains(series);
            assertThat(db.count("SELECT count(*) FROM ir_mail_server WHERE active AND id <> " + ids.get("odoo_sink")))
                    .as("no active server but the sink").isZero();
            assertThat(db.scalar("SELECT active FROM ir_mail_server WHERE id = " + ids.get("odoo_sink")))
                    .as("Odoo's own sink row is reused").isEqualTo(true);
            assertThat(db.count("SELECT count(*) FROM ir_mail_server WHERE smtp_host = 'invalid' "
                    + "AND smtp_authentication <> 'cli'")).as("no second sink inserted").isEqualTo(1);
            assertThat(db.count("SELECT count(*) FROM ir_cron WHERE active")).isEqualTo(2);
            assertThat(db.scalar("SELECT active FROM ir_cron WHERE id = " + ids.get("cron_autovacuum"))).isEqualTo(true);
            assertThat(db.scalar("SELECT active FROM ir_cron WHERE id = " + ids.get("cron_delete_notifications")))
                    .isEqualTo(true);
            assertThat(db.scalar("SELECT active FROM ir_cron WHERE id = " + ids.get("cron_custom_no_xmlid")))
                    .isEqualTo(false);
            assertThat(db.scalar("SELECT value FROM ir_config_parameter WHERE key = 'database.is_neutralized'"))
                    .isEqualTo("true");
            assertThat(db.scalar("SELECT active FROM ir_ui_view WHERE key = 'web.neutralize_banner'")).isEqualTo(true);

            assertThat(result.mailServersChanged()).isEqualTo(realActiveBefore);
            assertThat(result.cronsChanged()).isEqualTo(cronsActiveBefore - 2);
            assertThat(result.rows(NeutralizationTarget.MAIL_SINK)).isEqualTo(1);
            assertThat(result.rows(NeutralizationTarget.NEUTRALIZED_FLAG)).isEqualTo(1);
            assertThat(result.rows(NeutralizationTarget.WEB_BANNER)).isEqualTo(1);
            assertThat(result.unresolvedAllowlist()).containsExactly("mail.mail_gc_notifications",
                    "base_automation.autovacuum", "base.ir_cron_auto_vacuum");
            assertThat(result.alreadyNeutralized()).isFalse();
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @FieldSource("SERIES")
    void runsTwoToNChangeNothingAndReportNoOp(String series) {
        try (OdooDatabase db = OdooDatabase.createDev(series)) {
            ProdLikeSeed.seed(db);
            engine.neutralize(db.config().build());
            TableSnapshot afterFirst = db.snapshot();

            for (int run = 2; run <= 4; run++) {
                NeutralizationResult again = engine.neutralize(db.config().build());
                assertThat(again.status()).isEqualTo(RunStatus.NO_OP);
                assertThat(again.alreadyNeutralized()).isTrue();
                assertThat(again.targets()).allSatisfy(t -> assertThat(t.rows()).isZero());
            }
            assertThat(db.snapshot()).isEqualTo(afterFirst);
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @FieldSource("SERIES")
    void dryRunPredictsExactlyWhatALiveRunChangesAndWritesNothing(String series) {
        try (OdooDatabase db = OdooDatabase.createDev(series)) {
            ProdLikeSeed.seed(db);
            TableSnapshot before = db.snapshot();

            NeutralizationResult plan = engine.neutralize(db.config().dryRun(true).build());

            assertThat(plan.status()).isEqualTo(RunStatus.DRY_RUN);
            assertThat(db.snapshot()).as("dry run wrote nothing").isEqualTo(before);
            NeutralizationResult live = engine.neutralize(db.config().build());
            for (NeutralizationTarget t : NeutralizationTarget.values()) {
                assertThat(plan.rows(t)).as(t.id()).isEqualTo(live.rows(t));
            }
            assertThat(plan.targets()).filteredOn(t -> t.rows() > 0)
                    .allSatisfy(t -> assertThat(t.outcome()).isEqualTo(TargetOutcome.WOULD_CHANGE));
        }
    }
}
