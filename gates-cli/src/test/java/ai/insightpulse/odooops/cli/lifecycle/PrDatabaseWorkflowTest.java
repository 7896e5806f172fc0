package ai.insightpulse.odooops.cli.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.cli.CliRun;
import ai.insightpulse.odooops.lifecycle.PublishMarker;
import ai.insightpulse.odooops.neutralize.MailSink;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/examples/github-actions/odooops-pr-databases.yml is what OPERATIONS.md shows, and its commands, run as the
 * workflow runs them, publish, drop and collect a pull request's database; the compose example's catcher.
 */
class PrDatabaseWorkflowTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    private static final Path WORKFLOW = ROOT.resolve("docs/examples/github-actions/odooops-pr-databases.yml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String PR_NUMBER = "${{ github.event.pull_request.number }}";

    private final TestServer server = new TestServer();

    @TempDir
    Path dataDir;

    @AfterEach
    void dropWhatTheTestMade() {
        server.close();
    }

    private static List<JsonNode> steps() throws IOException {
        List<JsonNode> steps = new ArrayList<>();
        YAML.readTree(WORKFLOW.toFile()).path("jobs").path("pr-database").path("steps").forEach(steps::add);
        return steps;
    }

    private static JsonNode step(String command) throws IOException {
        return steps().stream().filter(s -> s.path("run").asText().startsWith("odooops/bin/odooops " + command + " "))
                .findFirst().orElseThrow(() -> new AssertionError("no step runs odooops " + command));
    }

    /** The step's command line as the shell splits it, the PR number and the source laid in. */
    private static String[] args(JsonNode step, String prNumber, String stage) {
        String line = step.path("run").asText().strip().replace(PR_NUMBER, prNumber)
                .replace("--from odoo_stage", "--from " + stage);
        return Stream.of(line.split(" +")).skip(1).map(a -> a.replace("'", "")).toArray(String[]::new);
    }

    @Test
    void theOperationsRunbookEmbedsTheWorkflowVerbatim() throws IOException {
        assertThat(Files.readString(ROOT.resolve("docs/OPERATIONS.md")))
                .contains("```yaml\n" + Files.readString(WORKFLOW) + "```");
    }

    @Test
    void theWorkflowPublishesOnOpenAndPushDropsOnCloseAndCollectsOnSchedule() throws IOException {
        JsonNode workflow = YAML.readTree(WORKFLOW.toFile());

        assertThat(workflow.path("on").path("pull_request").path("types").toString())
                .contains("opened", "synchronize", "reopened", "closed");
        assertThat(workflow.path("on").path("schedule").get(0).path("cron").asText()).isNotBlank();
        assertThat(step("clone").path("if").asText()).contains("github.event.action != 'closed'");
        assertThat(step("clone").path("run").asText()).contains("--from odoo_stage --to odoo_dev_pr_" + PR_NUMBER);
        assertThat(step("drop").path("if").asText()).contains("github.event.action == 'closed'");
        assertThat(step("drop").path("run").asText()).contains("--db odoo_dev_pr_" + PR_NUMBER);
        assertThat(step("gc").path("if").asText()).contains("github.event_name == 'schedule'");
        assertThat(workflow.path("concurrency").path("group").asText()).contains("github.event.pull_request.number");
    }

    @Test
    void theWorkflowsCommandsPublishThenDropAPullRequestsDatabase() throws IOException {
        String stage = server.prodLike(TestServer.randomName("odoo_dev_t_stage_"));
        String pr = "t" + ThreadLocalRandom.current().nextInt(1_000_000);
        String database = server.owned("odoo_dev_pr_" + pr);
        Map<String, String> env = new HashMap<>(TestServer.variables());
        YAML.readTree(WORKFLOW.toFile()).path("env").fields().forEachRemaining(e -> {
            if (!e.getValue().asText().contains("${{")) {
                env.put(e.getKey(), e.getValue().asText());
            }
        });
        env.put("ODOO_DATA_DIR", dataDir.toString());
        Files.createDirectories(dataDir.resolve("filestore").resolve(database));

        CliRun clone = CliRun.of(env, args(step("clone"), pr, stage));
        String published = String.valueOf(TestServer.scalar(database,
                "SELECT smtp_host || ':' || smtp_port FROM ir_mail_server WHERE active"));
        String comment = String.valueOf(TestServer.scalar("postgres",
                "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '" + database + "'"));
        CliRun gc = CliRun.of(env, Stream.concat(Stream.of(args(step("gc"), pr, stage)), Stream.of("--dry-run"))
                .toArray(String[]::new));
        CliRun drop = CliRun.of(env, args(step("drop"), pr, stage));

        assertThat(clone.exitCode()).as(clone.err()).isZero();
        assertThat(published).isEqualTo(env.get("IPAI_MAIL_CATCHER"));
        assertThat(PublishMarker.parse(comment)).isPresent();
        assertThat(gc.exitCode()).as(gc.err()).isZero();
        assertThat(gc.out()).startsWith("GC_SUMMARY: ").doesNotContain(database);
        assertThat(drop.exitCode()).as(drop.err()).isZero();
        assertThat(TestServer.exists(database)).isFalse();
        assertThat(dataDir.resolve("filestore").resolve(database)).doesNotExist();
    }

    @Test
    void theComposeExampleRoutesStageMailToItsMailpitCatcher() throws IOException {
        JsonNode compose = YAML.readTree(ROOT.resolve("docker/compose/example.yml").toFile());
        String catcher = compose.path("x-odoo-database").path("IPAI_MAIL_CATCHER").asText();

        assertThat(compose.path("services").path("mailpit").path("image").asText()).startsWith("axllent/mailpit:");
        assertThat(MailSink.catcher(catcher, null)).isEqualTo(MailSink.catcher("mailpit:1025", null));
        assertThat(compose.path("services").path("refresh-stage").path("environment").path("IPAI_MAIL_CATCHER")
                .asText()).isEqualTo(catcher);
    }
}
