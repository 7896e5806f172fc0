package ai.insightpulse.odooops.neutralize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one definition of "neutralized" that the CLI's verify, the agent's status and its drift guard read. */
class NeutralizationVerdictTest {

    private static NeutralizationResult inspected(List<TargetResult> targets, List<RuleResult> rules) {
        return new NeutralizationResult(Optional.of("dev"), Optional.of("odoo_dev"), true, RunStatus.DRY_RUN,
                targets, List.of(), Optional.empty(), Duration.ZERO, Optional.empty(), rules);
    }

    private static RuleResult rule(long rows) {
        return new RuleResult(0, Optional.empty(), "res_partner",
                rows == 0 ? TargetOutcome.NO_OP : TargetOutcome.WOULD_CHANGE, rows, Optional.empty());
    }

    @Test
    void nothingPendingWithSkippedAndUnselectedTargetsIsNeutralized() {
        NeutralizationResult r = inspected(List.of(TargetResult.counted(NeutralizationTarget.CRONS, 0, true),
                TargetResult.skipped(NeutralizationTarget.WEB_BANNER, "missing ir_ui_view"),
                TargetResult.notSelected(NeutralizationTarget.MAIL_SERVERS)), List.of(rule(0)));

        assertThat(r.pendingRows()).isZero();
        assertThat(r.neutralized()).isTrue();
        assertThat(r.alreadyNeutralized()).isTrue();
    }

    @Test
    void aPendingTargetOrAPendingDeclaredRuleIsNotNeutralized() {
        NeutralizationResult target = inspected(List.of(TargetResult.counted(NeutralizationTarget.CRONS, 3, true)),
                List.of());
        NeutralizationResult declared = inspected(List.of(TargetResult.counted(NeutralizationTarget.CRONS, 0, true)),
                List.of(rule(2)));

        assertThat(target.pendingRows()).isEqualTo(3);
        assertThat(target.neutralized()).isFalse();
        assertThat(declared.pendingRows()).isEqualTo(2);
        assertThat(declared.neutralized()).isFalse();
        assertThat(declared.alreadyNeutralized()).isFalse();
    }

    @Test
    void aFailedRunIsNeverNeutralized() {
        NeutralizationResult r = NeutralizationResult.failed(Optional.of("dev"), Optional.of("odoo_dev"), true,
                new Failure(Failure.Kind.CONNECTION, "refused"), Duration.ZERO);

        assertThat(r.status()).isEqualTo(RunStatus.ERROR);
        assertThat(r.neutralized()).isFalse();
        assertThat(r.alreadyNeutralized()).isFalse();
    }

    @Test
    void aRunThatSawNoTargetIsNeutralizedButClaimsNotAlreadyNeutralized() {
        NeutralizationResult prod = NeutralizationResult.prodNoOp("prod", "odoo_prod", false);

        assertThat(prod.targets()).hasSize(NeutralizationTarget.values().length)
                .allSatisfy(t -> assertThat(t.outcome()).isEqualTo(TargetOutcome.NOT_SELECTED));
        assertThat(prod.neutralized()).isTrue();
        assertThat(prod.alreadyNeutralized()).isFalse();
    }

    @Test
    void aSettledLiveRunReadsAsACleanInspection() {
        NeutralizationResult applied = new NeutralizationResult(Optional.of("dev"), Optional.of("odoo_dev"), false,
                RunStatus.OK, List.of(TargetResult.counted(NeutralizationTarget.CRONS, 5, false),
                TargetResult.skipped(NeutralizationTarget.WEB_BANNER, "missing ir_ui_view")), List.of(),
                Optional.empty(), Duration.ZERO, Optional.empty(), List.of(rule(1)));

        NeutralizationResult settled = applied.settled();

        assertThat(applied.neutralized()).isFalse();
        assertThat(settled.dryRun()).isTrue();
        assertThat(settled.neutralized()).isTrue();
        assertThat(settled.target(NeutralizationTarget.WEB_BANNER).get().outcome()).isEqualTo(TargetOutcome.SKIPPED);
    }
}
