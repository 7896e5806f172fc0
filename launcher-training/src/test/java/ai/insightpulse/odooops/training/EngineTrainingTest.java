package ai.insightpulse.odooops.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The launcher's class-data-sharing training renders every target's statements without a database. */
class EngineTrainingTest {

    @Test
    void everyTargetRendersItsStatementsForASchemaWithEveryColumn() {
        assertThat(EngineTraining.renderAll()).isPositive();
    }
}
