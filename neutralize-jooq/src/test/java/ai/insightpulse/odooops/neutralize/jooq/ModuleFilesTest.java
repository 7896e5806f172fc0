package ai.insightpulse.odooops.neutralize.jooq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.ModuleResult;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.RunStatus;
import ai.insightpulse.odooops.neutralize.TargetOutcome;
import ai.insightpulse.odooops.neutralize.TargetResult;
import ai.insightpulse.odooops.neutralize.summary.SummaryLine;
import ai.insightpulse.odooops.neutralize.testing.ModuleFilesSeed;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import ai.insightpulse.odooops.neutralize.testing.TableSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The installed modules' {@code data/neutralize.sql} on the addons path, on a real database of each series
 * (16.0–19.0): run in the run's transaction after the built-in targets, in dependency order, once per copy;
 * mirrored core files never run; a failing statement fails the run and changes nothing; what nothing covers is
 * listed, and can be required to be empty.
 */
class ModuleFilesTest {

    static final List<String> SERIES = OdooDatabase.SERIES;

    private final JooqNeutralizer engine = JooqNeutralizer.create();

    @ParameterizedTest(name = "Odoo {0}")
    @FieldSource("SERIES")
    void moduleFilesRunOnceInDependencyOrderAsPredictedAndRuns2ToNAreNoOp(String series) {
        try (OdooDatabase db = OdooDatabase.createDev(series)) {
            ProdLikeSeed.seed(db);
            ModuleFilesSeed.seed(db);
            var path = ModuleFilesSeed.addonsPath();

            NeutralizationResult planned = engine.neutralize(db.config().dryRun(true).addonsPath(path).build());
            NeutralizationResult applied = engine.neutralize(db.config().addonsPath(path).build());
            NeutralizationResult second = engine.neutralize(db.config().addonsPath(path).build());
            NeutralizationResult third = engine.neutralize(db.config().addonsPath(path).build());
            NeutralizationResult replanned = engine.neutralize(db.config().dryRun(true).addonsPath(path).build());

            assertThat(planned.modules()).extracting(ModuleResult::module, ModuleResult::outcome, ModuleResult::statements)
                    .containsExactly(tuple("ipai_queue", TargetOutcome.WOULD_CHANGE, 1),
                            tuple("ipai_mail_api", TargetOutcome.WOULD_CHANGE, 3));
            assertThat(applied.status()).isEqualTo(RunStatus.OK);
            assertThat(applied.modules()).extracting(ModuleResult::module, ModuleResult::outcome,
                            ModuleResult::statements, ModuleResult::rows)
                    .containsExactly(tuple("ipai_queue", TargetOutcome.CHANGED, 1, 3L),
                            tuple("ipai_mail_api", TargetOutcome.CHANGED, 3, 2L));
            assertThat(planned.targets()).extracting(TargetResult::target, TargetResult::rows)
                    .as("the dry run predicts every target's count")
                    .isEqualTo(applied.targets().stream().map(t -> tuple(t.target(), t.rows())).toList());
            assertThat(db.count("SELECT count(*) FROM ipai_job WHERE state IN ('pending', 'enqueued')")).isZero();
            assertThat(db.count("SELECT count(*) FROM ipai_job WHERE state IN ('done', 'failed')")).isEqualTo(2);
            assertThat(db.count("SELECT count(*) FROM ir_config_parameter WHERE key = 'ipai_mail_api.api_key'")).isZero();
            assertThat(db.scalar("SELECT value FROM ir_config_parameter WHERE key = 'ipai_mail_api.endpoint'"))
                    .isEqualTo("https://invalid.invalid/api;v1");
            assertThat(db.count("SELECT count(*) FROM ipai_job WHERE note = 'neutralized; by ipai_mail_api'"))
                    .as("the dollar-quoted body ran as one statement").isEqualTo(5);
            assertThat(db.count("SELECT count(*) FROM ir_config_parameter WHERE key LIKE 'odooops.neutralize_sql.%'"
                    + " AND value ~ '^[0-9a-f]{64}$'")).as("one checksum per run file").isEqualTo(2);
            assertThat(db.count("SELECT count(*) FROM ir_config_parameter WHERE value = 'not-installed-module-ran'"))
                    .as("a module on disk but not installed does not run").isZero();
            for (NeutralizationResult later : List.of(second, third)) {
                assertThat(later.status()).isEqualTo(RunStatus.NO_OP);
                assertThat(later.alreadyNeutralized()).isTrue();
                assertThat(later.modules()).extracting(ModuleResult::outcome).containsOnly(TargetOutcome.NO_OP);
            }
            assertThat(replanned.modules()).extracting(ModuleResult::outcome).containsOnly(TargetOutcome.NO_OP);
            assertThat(replanned.alreadyNeutralized()).isTrue();
            for (NeutralizationResult r : List.of(planned, applied, second)) {
                assertThat(r.uncoveredModules()).containsExactly("ipai_bridge_settings");
                String line = SummaryLine.render(r);
                assertThat(line).doesNotContain(ModuleFilesSeed.MAIL_API_KEY)
                        .doesNotContain(ModuleFilesSeed.BRIDGE_WEBHOOK);
            }
        }
    }

    @Test
    void theSummaryReportsModulesInRunOrderAndTheUncoveredList() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            ModuleFilesSeed.seed(db);

            String line = SummaryLine.render(engine.neutralize(db.config().addonsPath(ModuleFilesSeed.addonsPath()).build()));

            assertThat(line).contains("\"modules\":{\"ipai_queue\":{\"status\":\"changed\",\"statements\":1,\"rows\":3},"
                    + "\"ipai_mail_api\":{\"status\":\"changed\",\"statements\":3,\"rows\":2}}")
                    .contains("\"uncovered_modules\":[\"ipai_bridge_settings\"]")
                    .contains("\"contract_version\":\"3.1.0\"");
        }
    }

    @Test
    void aFileWhoseContentChangedRunsAgain() {
        try (OdooDatabase db = OdooDatabase.createDev("17.0")) {
            ModuleFilesSeed.seed(db);
            var path = ModuleFilesSeed.addonsPath();
            engine.neutralize(db.config().addonsPath(path).build());
            db.execute("UPDATE ir_config_parameter SET value = 'checksum-of-an-older-file'"
                    + " WHERE key = 'odooops.neutralize_sql.ipai_queue'");
            db.execute("INSERT INTO ipai_job (state) VALUES ('pending')");

            NeutralizationResult again = engine.neutralize(db.config().addonsPath(path).build());

            assertThat(again.modules()).extracting(ModuleResult::module, ModuleResult::outcome, ModuleResult::rows)
                    .containsExactly(tuple("ipai_queue", TargetOutcome.CHANGED, 1L),
                            tuple("ipai_mail_api", TargetOutcome.NO_OP, 0L));
            assertThat(db.count("SELECT count(*) FROM ipai_job WHERE state = 'pending'")).isZero();
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @FieldSource("SERIES")
    void aFailingStatementFailsTheRunNamingModuleFileAndStatementAndChangesNothing(String series) {
        try (OdooDatabase db = OdooDatabase.createDev(series)) {
            ProdLikeSeed.seed(db);
            ModuleFilesSeed.seed(db);
            ModuleFilesSeed.installBroken(db);
            TableSnapshot before = db.snapshot();
            long pendingJobs = db.count("SELECT count(*) FROM ipai_job WHERE state = 'pending'");

            NeutralizationResult r = engine.neutralize(db.config().addonsPath(ModuleFilesSeed.addonsPath()).build());

            assertThat(r.status()).isEqualTo(RunStatus.ERROR);
            assertThat(r.exitCode().code()).isEqualTo(2);
            assertThat(r.failure().get().kind()).isEqualTo(Failure.Kind.DATABASE);
            assertThat(r.failure().get().message()).contains("module ipai_broken")
                    .contains("ipai_broken/data/neutralize.sql").contains("statement 2 of 2")
                    .contains("ipai_table_that_does_not_exist").contains("nothing was changed")
                    .doesNotContain(ModuleFilesSeed.MAIL_API_KEY);
            assertThat(db.snapshot()).isEqualTo(before);
            assertThat(db.count("SELECT count(*) FROM ipai_job WHERE state = 'pending'")).isEqualTo(pendingJobs);
            assertThat(db.count("SELECT count(*) FROM ir_config_parameter WHERE key LIKE 'odooops.neutralize_sql.%'"))
                    .isZero();
        }
    }

    @Test
    void theRunsTransactionCompilesNothingWithJitWhateverTheDatabasesDefault() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            ModuleFilesSeed.seed(db);
            ModuleFilesSeed.installRunSettings(db);
            db.execute("ALTER DATABASE " + db.name() + " SET jit = on");

            NeutralizationResult r = engine.neutralize(db.config().addonsPath(ModuleFilesSeed.addonsPath()).build());

            assertThat(r.status()).isEqualTo(RunStatus.OK);
            assertThat(db.scalar("SELECT value FROM ir_config_parameter WHERE key = 'ipai_run_settings.jit'"))
                    .as("jit as the module's file saw it, inside the run's transaction").isEqualTo("off");
        }
    }

    @Test
    void aFileThatUndoesATargetFailsThePostCheckAndChangesNothing() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            ModuleFilesSeed.seed(db);
            ModuleFilesSeed.installCronRevival(db);
            TableSnapshot before = db.snapshot();

            NeutralizationResult r = engine.neutralize(db.config().addonsPath(ModuleFilesSeed.addonsPath()).build());

            assertThat(r.status()).isEqualTo(RunStatus.ERROR);
            assertThat(r.exitCode().code()).isEqualTo(2);
            assertThat(r.failure().get().message()).contains("post-check failed")
                    .contains("still pending for crons").contains("rolled back");
            assertThat(db.snapshot()).as("the targets' changes and every file's rolled back too").isEqualTo(before);
            assertThat(db.count("SELECT count(*) FROM ir_config_parameter WHERE key LIKE 'odooops.neutralize_sql.%'"))
                    .isZero();
        }
    }

    @Test
    void requiredCoverageFailsTheRunWithExit2NamingTheUncoveredModulesAndChangesNothing() {
        try (OdooDatabase db = OdooDatabase.createDev("19.0")) {
            ProdLikeSeed.seed(db);
            ModuleFilesSeed.seed(db);
            TableSnapshot before = db.snapshot();

            NeutralizationResult planned = engine.neutralize(db.config().dryRun(true)
                    .addonsPath(ModuleFilesSeed.addonsPath()).requireCoverage(true).build());
            NeutralizationResult r = engine.neutralize(db.config()
                    .addonsPath(ModuleFilesSeed.addonsPath()).requireCoverage(true).build());

            for (NeutralizationResult run : List.of(planned, r)) {
                assertThat(run.exitCode().code()).isEqualTo(2);
                assertThat(run.failure().get().kind()).isEqualTo(Failure.Kind.UNCOVERED);
                assertThat(run.failure().get().message()).contains("ipai_bridge_settings")
                        .doesNotContain(ModuleFilesSeed.BRIDGE_WEBHOOK);
            }
            assertThat(db.snapshot()).isEqualTo(before);
        }
    }

    @Test
    void withoutAnAddonsPathNoFileRunsAndEveryModuleThatMightNeedOneIsListed() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            ModuleFilesSeed.seed(db);

            NeutralizationResult r = engine.neutralize(db.config().build());

            assertThat(r.status()).isEqualTo(RunStatus.OK);
            assertThat(r.modules()).isEmpty();
            assertThat(r.uncoveredModules()).containsExactly("ipai_bridge_settings", "ipai_mail_api", "ipai_queue");
            assertThat(db.count("SELECT count(*) FROM ipai_job WHERE state = 'pending'")).isEqualTo(2);
        }
    }
}
