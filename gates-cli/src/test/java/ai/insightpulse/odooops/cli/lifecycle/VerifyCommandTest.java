package ai.insightpulse.odooops.cli.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.cli.CliRun;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import ai.insightpulse.odooops.neutralize.testing.TableSnapshot;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerifyCommandTest {

    @Test
    void aProdLikeCopyIsNotNeutralizedExitsThreeAndChangesNothing() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            TableSnapshot before = db.snapshot();

            CliRun run = CliRun.of(db.variables("dev"), "verify");

            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.outLines()).hasSize(1);
            assertThat(run.out()).startsWith("NEUTRALIZE_SUMMARY: {\"env\":\"dev\",\"db\":\"" + db.name()
                    + "\",\"dry_run\":true,\"mail_servers_changed\":3,\"crons_changed\":")
                    .contains("\"already_neutralized\":false,\"status\":\"dry_run\"");
            assertThat(run.err()).containsPattern("mail_servers +3 pending").contains("NOT neutralized");
            assertThat(db.snapshot().tablesDifferingFrom(before)).isEmpty();
        }
    }

    @Test
    void aNeutralizedDatabaseVerifiesWithExitZero() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            assertThat(CliRun.of(db.variables("dev"), "neutralize", "--yes").exitCode()).isZero();

            CliRun run = CliRun.of(db.variables("dev"), "verify");

            assertThat(run.exitCode()).isZero();
            assertThat(run.outLines()).singleElement().asString()
                    .contains("\"already_neutralized\":true,\"status\":\"dry_run\"");
            assertThat(run.err()).contains("verdict: neutralized (exit 0)").doesNotContain("pending");
        }
    }

    @Test
    void noSecretOfTheDatabaseAppearsInAnyOutput() {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);

            CliRun run = CliRun.of(db.variables("dev"), "verify");

            assertThat(run.out() + run.err()).doesNotContain(ProdLikeSeed.SMTP_SECRET);
        }
    }

    @Test
    void aDatabaseNameTheEnvironmentDoesNotAllowIsAConfigErrorWithExitOne() {
        CliRun run = CliRun.of(Map.of("IPAI_ENV", "stage", "DB_NAME", "odoo_prod"), "verify");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).singleElement().asString()
                .contains("\"dry_run\":true").contains("\"status\":\"error\"").contains("\"kind\":\"config\"");
        assertThat(run.err()).contains("odooops verify: IPAI_ENV=stage requires DB_NAME=odoo_stage");
    }

    @Test
    void anUnknownFlagIsAConfigErrorThatStillPrintsTheSummaryLine() {
        CliRun run = CliRun.of(Map.of(), "verify", "--no-such-flag");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).singleElement().asString().startsWith("NEUTRALIZE_SUMMARY: ")
                .contains("\"dry_run\":true");
    }

    @Test
    void anUnreachableServerIsARuntimeErrorWithExitTwo() {
        CliRun run = CliRun.of(Map.of("IPAI_ENV", "dev", "DB_NAME", "odoo_dev", "DB_HOST", "127.0.0.1",
                "DB_PORT", "1", "DB_CONNECT_TIMEOUT", "1s"), "verify");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.outLines()).singleElement().asString().contains("\"kind\":\"connection\"");
    }
}
