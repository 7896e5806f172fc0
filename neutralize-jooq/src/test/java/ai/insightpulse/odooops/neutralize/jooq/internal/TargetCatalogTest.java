package ai.insightpulse.odooops.neutralize.jooq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalog: one engine target per contract target, in run order. (A missing one does not compile.) */
class TargetCatalogTest {

    @Test
    void everyTargetRunsOnceInCatalogOrderWithCredentialSettingsLast() {
        List<NeutralizationTarget> order = TargetCatalog.all().stream().map(Target::id).toList();

        assertThat(order).containsExactlyInAnyOrder(NeutralizationTarget.values())
                .endsWith(NeutralizationTarget.CREDENTIAL_SETTINGS)
                .startsWith(NeutralizationTarget.MAIL_SERVERS, NeutralizationTarget.MAIL_SINK,
                        NeutralizationTarget.CRONS);
        for (NeutralizationTarget id : NeutralizationTarget.values()) {
            assertThat(TargetCatalog.of(id).id()).isEqualTo(id);
        }
    }
}
