package ai.insightpulse.odooops.cli.gate.check;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.cli.gate.Finding;
import ai.insightpulse.odooops.cli.gate.Rule;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The seeds' four dry-run rows, run in process against odooops neutralize. */
class DryRunMatrixTest {

    @Test
    void theSeedsFourRowsBehaveAsTheContractSays() {
        assertThat(NeutralizationCheck.MATRIX).extracting(NeutralizationCheck.MatrixRow::name)
                .containsExactly("valid stage", "unknown env", "DB mismatch", "prod no-op");

        assertThat(NeutralizationCheck.dryRunMatrix(NeutralizationCheck.MATRIX)).isEmpty();
    }

    @Test
    void aRowWhoseExitCodeIsNotTheExpectedOneIsAFindingNamingTheRow() {
        var wrong = new NeutralizationCheck.MatrixRow("unknown env expected to pass", "unknown", "odoo_dev", Set.of(0));

        List<Finding> findings = NeutralizationCheck.dryRunMatrix(List.of(wrong));

        assertThat(findings).containsExactly(Finding.at(Rule.NEUTRALIZATION_DRY_RUN_MATRIX, null, 0,
                "row 'unknown env expected to pass' (IPAI_ENV=unknown DB_NAME=odoo_dev --dry-run) exited 1 with 1 "
                        + "NEUTRALIZE_SUMMARY line(s); expected exit 0 and exactly one line"));
    }
}
