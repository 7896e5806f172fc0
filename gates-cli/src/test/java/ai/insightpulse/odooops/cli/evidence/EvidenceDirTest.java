package ai.insightpulse.odooops.cli.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.cli.CliRun;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceDirTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DB_PASSWORD = "db-Pa55-never-printed";

    @TempDir
    Path evidence;

    @Test
    void aSuccessfulRunLeavesItsSummaryAndLogUnderTheManilaMinuteAndTopic() throws IOException {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);

            CliRun run = CliRun.of(vars(db), "neutralize", "--yes", "--evidence-dir", evidence.toString());

            assertThat(run.exitCode()).isZero();
            Path logs = onlyLogsDirectory();
            assertThat(logs.getParent().getFileName().toString()).isEqualTo("neutralize-" + db.name());
            assertThat(logs.getParent().getParent().getFileName().toString()).matches("\\d{8}-\\d{4}\\+0800");
            JsonNode summary = summaryJson(logs);
            assertThat(summary.path("exit_code").asInt()).isZero();
            assertThat(summary.path("summary").path("status").asText()).isEqualTo("ok");
            assertThat(summary.path("started_at").asText()).endsWith("+08:00");
            assertThat(log(logs)).contains("# odooops neutralize --yes --evidence-dir")
                    .contains("exit code 0").contains(run.out().strip())
                    .as("the engine's own log line").contains("neutralized " + db.name() + " (18.0)");
        }
    }

    @Test
    void noOpAndDryRunRunsLeaveEvidenceToo() throws IOException {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            CliRun.of(vars(db), "neutralize", "--yes");

            CliRun.of(vars(db), "neutralize", "--yes", "--evidence-dir", evidence.toString());
            CliRun.of(vars(db), "neutralize", "--dry-run", "--evidence-dir", evidence.toString());

            assertThat(allSummaries()).extracting(s -> s.path("summary").path("status").asText())
                    .containsExactlyInAnyOrder("no_op", "dry_run");
        }
    }

    @Test
    void aConfigErrorLeavesEvidenceWithItsReasonAndExitCode() throws IOException {
        Map<String, String> vars = Map.of("IPAI_ENV", "stage", "DB_NAME", "odoo_prod",
                EvidenceOptions.DIR_VARIABLE, evidence.toString());

        CliRun run = CliRun.of(vars, "neutralize", "--yes");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode summary = summaryJson(onlyLogsDirectory());
        assertThat(summary.path("exit_code").asInt()).isEqualTo(1);
        assertThat(summary.path("summary").path("error").path("kind").asText()).isEqualTo("config");
        assertThat(log(onlyLogsDirectory())).contains("odooops neutralize: IPAI_ENV=stage requires DB_NAME=odoo_stage");
    }

    @Test
    void aCommandLineMistakeLeavesEvidence() throws IOException {
        CliRun run = CliRun.of(Map.of(), "verify", "--no-such-flag", "--evidence-dir=" + evidence);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(summaryJson(onlyLogsDirectory()).path("exit_code").asInt()).isEqualTo(1);
        assertThat(log(onlyLogsDirectory())).contains("Unknown option: '--no-such-flag'");
    }

    @Test
    void theEvidenceDirectoryGivenBeforeTheSubcommandRecordsTheSubcommandsName() throws IOException {
        Map<String, String> vars = Map.of("IPAI_ENV", "stage", "DB_NAME", "odoo_prod");

        CliRun.of(vars, "--evidence-dir", evidence.toString(), "neutralize", "--yes");

        Path logs = onlyLogsDirectory();
        assertThat(logs.getParent().getFileName().toString()).isEqualTo("neutralize-odoo_prod");
        assertThat(summaryJson(logs).path("command").asText()).isEqualTo("neutralize");
    }

    @Test
    void aDatabaseErrorLeavesEvidence() throws IOException {
        Map<String, String> vars = new HashMap<>(Map.of("IPAI_ENV", "dev", "DB_NAME", "odoo_dev", "DB_HOST",
                "127.0.0.1", "DB_PORT", "1", "DB_PASSWORD", DB_PASSWORD));

        CliRun run = CliRun.of(vars, "verify", "--evidence-dir", evidence.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode summary = summaryJson(onlyLogsDirectory());
        assertThat(summary.path("summary").path("error").path("kind").asText()).isEqualTo("connection");
        assertThat(filesText()).doesNotContain(DB_PASSWORD);
    }

    @Test
    void aVerifyThatFindsWorkPendingRecordsExitThree() throws IOException {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);

            CliRun run = CliRun.of(vars(db), "verify", "--evidence-dir", evidence.toString());

            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(summaryJson(onlyLogsDirectory()).path("exit_code").asInt()).isEqualTo(3);
            assertThat(log(onlyLogsDirectory())).contains("verdict: NOT neutralized");
        }
    }

    @Test
    void noSecretReachesTheEvidence() throws IOException {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);

            CliRun.of(vars(db), "neutralize", "--yes", "--evidence-dir", evidence.toString(),
                    "--evidence-zone", "UTC");

            assertThat(filesText()).doesNotContain(DB_PASSWORD).doesNotContain(ProdLikeSeed.SMTP_SECRET);
        }
    }

    @Test
    void aFailedRestoreLeavesEvidenceUnderItsTarget() throws IOException {
        CliRun run = CliRun.of(Map.of(), "restore", "--dump", "/nonexistent/prod.dump", "--to", "odoo_stage", "--yes",
                "--evidence-dir", evidence.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(onlyLogsDirectory().getParent().getFileName().toString()).isEqualTo("restore-odoo_stage");
        assertThat(summaryJson(onlyLogsDirectory()).path("summary").path("error").path("message").asText())
                .contains("/nonexistent/prod.dump is not a readable file");
    }

    @Test
    void theZoneOfTheDirectoryNamesIsConfigurable() throws IOException {
        CliRun.of(Map.of(), "verify", "--evidence-dir", evidence.toString(), "--evidence-zone", "UTC");

        assertThat(onlyLogsDirectory().getParent().getParent().getFileName().toString())
                .matches("\\d{8}-\\d{4}\\+0000");
    }

    @Test
    void aRunWhoseEvidenceCannotBeWrittenIsNotASuccess() throws IOException {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            Path notADirectory = Files.writeString(evidence.resolve("file"), "x");

            CliRun run = CliRun.of(vars(db), "neutralize", "--dry-run", "--evidence-dir", notADirectory.toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("odooops: cannot write evidence under " + notADirectory);
        }
    }

    private static Map<String, String> vars(OdooDatabase db) {
        Map<String, String> vars = db.variables("dev");
        vars.put("DB_PASSWORD", DB_PASSWORD); // trust authentication ignores it; the evidence must not show it
        return vars;
    }

    private Path onlyLogsDirectory() throws IOException {
        try (Stream<Path> paths = Files.walk(evidence)) {
            List<Path> logs = paths.filter(p -> p.getFileName().toString().equals("logs")).toList();
            assertThat(logs).hasSize(1);
            return logs.get(0);
        }
    }

    private static JsonNode summaryJson(Path logs) throws IOException {
        try (Stream<Path> files = Files.list(logs)) {
            Path file = files.filter(p -> p.toString().endsWith(".summary.json")).findFirst().orElseThrow();
            return JSON.readTree(file.toFile());
        }
    }

    private List<JsonNode> allSummaries() throws IOException {
        try (Stream<Path> paths = Files.walk(evidence)) {
            return paths.filter(p -> p.toString().endsWith(".summary.json")).map(p -> {
                try {
                    return JSON.readTree(p.toFile());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }

    private static String log(Path logs) throws IOException {
        try (Stream<Path> files = Files.list(logs)) {
            return Files.readString(files.filter(p -> p.toString().endsWith(".log")).findFirst().orElseThrow());
        }
    }

    private String filesText() throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> paths = Files.walk(evidence)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                b.append(Files.readString(p));
            }
        }
        return b.toString();
    }
}
