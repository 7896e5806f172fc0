package ai.insightpulse.odooops.cli.gate;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.cli.gate.input.GatesConfigFile;
import ai.insightpulse.odooops.cli.gate.input.RepoFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/GATES.md and its GitHub Actions workflow match the code. */
class GatesDocumentationTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    private static final Path GATES_MD = ROOT.resolve("docs/GATES.md");
    private static final Path WORKFLOW = ROOT.resolve("docs/examples/github-actions/odooops-gates.yml");

    @TempDir
    Path dir;

    private static String doc() throws IOException {
        return Files.readString(GATES_MD);
    }

    @Test
    void everyRuleIsDocumented() throws IOException {
        String doc = doc();

        assertThat(Arrays.stream(Rule.values()).map(Rule::id)).allMatch(id -> doc.contains("`" + id + "`"));
    }

    @Test
    void theDocumentedDefaultsAreTheDefaults() throws IOException {
        String doc = doc();
        int section = doc.indexOf("## Configuration");
        int start = doc.indexOf("```yaml\n", section) + "```yaml\n".length();
        Files.writeString(dir.resolve(GatesConfig.FILE_NAME), doc.substring(start, doc.indexOf("```", start)));

        GatesConfig documented = GatesConfigFile.read(new RepoFiles(dir, 1_000_000));

        assertThat(documented).isEqualTo(GatesConfig.defaults());
    }

    @Test
    void theDocEmbedsTheWorkflowFileVerbatim() throws IOException {
        assertThat(doc()).contains("```yaml\n" + Files.readString(WORKFLOW) + "```");
    }

    @Test
    void theWorkflowChecksOutHistoryBuildsOdooopsRunsEveryGateAndUploadsSarif() throws IOException {
        JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());

        assertThat(workflow.path("on").has("pull_request")).isTrue();
        assertThat(workflow.path("permissions").path("security-events").asText()).isEqualTo("write");
        List<JsonNode> steps = new ArrayList<>();
        workflow.path("jobs").path("gates").path("steps").forEach(steps::add);
        JsonNode checkout = steps.get(0);
        assertThat(checkout.path("uses").asText()).startsWith("actions/checkout@");
        assertThat(checkout.path("with").path("fetch-depth").asInt(-1)).isZero();
        assertThat(checkout.path("with").path("path").asText()).isEqualTo("repo");
        assertThat(steps).anyMatch(s -> s.path("run").asText().contains("./mvnw") && s.path("run").asText().contains("package"));
        assertThat(steps).anyMatch(s -> s.path("run").asText()
                .equals("odooops/bin/odooops gate all --repo repo --format github"));
        JsonNode upload = steps.get(steps.size() - 1);
        assertThat(upload.path("uses").asText()).startsWith("github/codeql-action/upload-sarif@");
        assertThat(steps.get(steps.size() - 2).path("run").asText())
                .contains("--format sarif > " + upload.path("with").path("sarif_file").asText());
    }

    @Test
    void theWorkflowsGateCommandPassesOnThePassingRepository() throws Exception {
        Path repo = PassingRepositoryTest.passingGitRepository(dir);

        GateRun run = GateRun.run("all", "--repo", repo.toString(), "--format", "github");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("::notice title=odooops gate::passed: neutralization, email-policy, db-name, "
                + "addons-path, env-consistency, secrets, bucket-prefix, promotion\n");
    }
}
