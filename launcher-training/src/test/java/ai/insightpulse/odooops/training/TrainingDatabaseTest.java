package ai.insightpulse.odooops.training;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.DatabaseEndpoint;
import ai.insightpulse.odooops.neutralize.Environment;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import ai.insightpulse.odooops.neutralize.RunStatus;
import ai.insightpulse.odooops.neutralize.Secret;
import ai.insightpulse.odooops.neutralize.TargetResult;
import ai.insightpulse.odooops.neutralize.jooq.JooqNeutralizer;
import org.junit.jupiter.api.Test;

/**
 * The launchers' class-data-sharing training goes down a real run's whole path: through the driver, every target
 * planned and applied, nothing skipped. (The stand-in is no database; nothing here tests neutralization.)
 */
class TrainingDatabaseTest {

    @Test
    void aLiveRunAgainstTheStandInAppliesEveryTarget() {
        try (TrainingDatabase db = TrainingDatabase.start()) {
            NeutralizeConfig config = NeutralizeConfig.builder()
                    .environment(Environment.DEV)
                    .database(new DatabaseEndpoint("127.0.0.1", db.port(), "training", Secret.empty(),
                            TrainingDatabase.DATABASE_NAME))
                    .confirmed(true)
                    .build();
            NeutralizationResult plan = JooqNeutralizer.create().inspect(config);
            assertThat(plan.status()).isEqualTo(RunStatus.DRY_RUN);
            NeutralizationResult run = JooqNeutralizer.create().neutralize(config);
            assertThat(run.status()).as(run.failure().map(Object::toString).orElse("")).isEqualTo(RunStatus.OK);
            // sanitize targets are opt-in (--sanitize) and not selected here
            assertThat(run.targets().stream().filter(t -> !t.target().isSanitize()))
                    .allSatisfy(t -> assertThat(t.rows()).as(t.target().id()).isPositive());
        }
    }

    @Test
    void warmUpCompletes() {
        EngineTraining.warmUp();
    }

    @Test
    void itsVariablesNameAConfirmedDevRun() {
        try (TrainingDatabase db = TrainingDatabase.start()) {
            assertThat(db.variables()).containsEntry("IPAI_ENV", "dev")
                    .containsEntry("DB_PORT", Integer.toString(db.port()))
                    .containsEntry("DB_NAME", TrainingDatabase.DATABASE_NAME)
                    .containsEntry("IPAI_NEUTRALIZE_CONFIRM", "YES");
        }
    }
}
