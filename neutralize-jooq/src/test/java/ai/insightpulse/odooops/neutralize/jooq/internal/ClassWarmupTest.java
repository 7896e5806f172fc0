package ai.insightpulse.odooops.neutralize.jooq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The launcher's class-data-sharing training renders every target's statements without a database. */
class ClassWarmupTest {

    @Test
    void everyTargetRendersItsStatementsForASchemaWithEveryColumn() {
        assertThat(ClassWarmup.renderAll()).isPositive();
    }
}
