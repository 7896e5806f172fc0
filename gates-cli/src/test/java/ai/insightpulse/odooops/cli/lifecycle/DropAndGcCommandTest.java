package ai.insightpulse.odooops.cli.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.cli.CliRun;
import ai.insightpulse.odooops.lifecycle.PublishMarker;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code odooops drop} and {@code odooops gc} as CI runs them: exit codes, the one summary line, the evidence. */
class DropAndGcCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestServer server = new TestServer();

    @TempDir
    Path dataDir;

    @AfterEach
    void dropWhatTheTestMade() {
        server.close();
    }

    private static JsonNode line(CliRun run, String prefix) throws Exception {
        assertThat(run.outLines()).as(run.err()).singleElement().asString().startsWith(prefix);
        return JSON.readTree(run.outLines().get(0).substring(prefix.length()));
    }

    private String emptyDatabase(String name, String comment) {
        TestServer.execute("postgres", "CREATE DATABASE " + server.owned(name) + " TEMPLATE template0");
        if (comment != null) {
            TestServer.execute("postgres", "COMMENT ON DATABASE " + name + " IS '" + comment + "'");
        }
        return name;
    }

    private static String comment(String database) {
        return (String) TestServer.scalar("postgres",
                "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '" + database + "'");
    }

    @Test
    void stageProdAndOtherNamesAreRefusedWithExit1BeforeAnythingConnects() throws Exception {
        Map<String, String> unreachable = Map.of("DB_HOST", "127.0.0.1", "DB_PORT", "1", "DB_CONNECT_TIMEOUT", "1s");
        for (String name : List.of("odoo_stage", "odoo_prod", "odoo_production", "customers",
                "odooops_kept_odoo_dev_x_202612042100")) {
            CliRun run = CliRun.of(unreachable, "drop", "--db", name, "--yes");

            assertThat(run.exitCode()).as(name).isEqualTo(1);
            JsonNode line = line(run, "DROP_SUMMARY: ");
            assertThat(line.path("status").asText()).isEqualTo("error");
            assertThat(line.path("error").path("kind").asText()).isEqualTo("config");
            assertThat(run.err()).contains("refusing to drop " + name).doesNotContain("Exception");
        }
        CliRun unconfirmed = CliRun.of(unreachable, "drop", "--db", "odoo_dev_pr_1");
        assertThat(unconfirmed.exitCode()).isEqualTo(1);
        assertThat(unconfirmed.err()).contains("confirm with --yes");
        CliRun badAge = CliRun.of(unreachable, "gc", "--older-than", "soon");
        assertThat(badAge.exitCode()).isEqualTo(1);
        assertThat(line(badAge, "GC_SUMMARY: ").path("error").path("kind").asText()).isEqualTo("config");
    }

    @Test
    void dropRemovesTheDatabaseAndItsFilestoreAndRecordsTheRunAsEvidence() throws Exception {
        String db = emptyDatabase(TestServer.randomName("odoo_dev_t_pr_"), null);
        Path filestore = Files.createDirectories(dataDir.resolve("filestore").resolve(db).resolve("3f"));
        Files.writeString(filestore.resolve("3f2a"), "attachment");
        Path evidence = dataDir.resolve("evidence");
        Map<String, String> vars = new java.util.HashMap<>(TestServer.variables());
        vars.put("ODOO_DATA_DIR", dataDir.toString());

        CliRun run = CliRun.of(vars, "drop", "--db", db, "--yes", "--evidence-dir", evidence.toString());
        CliRun again = CliRun.of(vars, "drop", "--db", db, "--yes");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode line = line(run, "DROP_SUMMARY: ");
        assertThat(line.path("db").asText()).isEqualTo(db);
        assertThat(line.path("status").asText()).isEqualTo("ok");
        assertThat(line.path("database_dropped").asBoolean()).isTrue();
        assertThat(TestServer.exists(db)).isFalse();
        assertThat(dataDir.resolve("filestore").resolve(db)).doesNotExist();
        assertThat(again.exitCode()).isZero();
        assertThat(line(again, "DROP_SUMMARY: ").path("status").asText()).isEqualTo("no_op");
        try (Stream<Path> files = Files.walk(evidence)) {
            Path summary = files.filter(p -> p.toString().endsWith(".summary.json")).findFirst().orElseThrow();
            assertThat(summary.toString()).contains("drop-" + db);
            assertThat(JSON.readTree(summary.toFile()).path("summary").path("db").asText()).isEqualTo(db);
        }
    }

    @Test
    void gcDropsOnlyOldPublishedDevCopiesAndItsDryRunListsExactlyThem() throws Exception {
        String prefix = "odoo_dev_t_gc" + UUID.randomUUID().toString().substring(0, 6) + "_";
        String old = new PublishMarker(Instant.now().minus(Duration.ofHours(3)), "restore").text();
        String due = emptyDatabase(prefix + "pr_7", old);
        String fresh = emptyDatabase(prefix + "pr_8", PublishMarker.now("clone").text());
        String unmarked = emptyDatabase(prefix + "pr_9", null);
        boolean stageWasThere = TestServer.exists("odoo_stage");
        if (!stageWasThere) {
            emptyDatabase("odoo_stage", null);
        }
        String stageComment = comment("odoo_stage");
        TestServer.execute("postgres", "COMMENT ON DATABASE odoo_stage IS '" + old + "'");
        try {
            String[] gc = {"gc", "--older-than", "1h", "--pattern", prefix + "*"};
            CliRun dry = CliRun.of(TestServer.variables(), concat(gc, "--dry-run"));
            CliRun stageEverything = CliRun.of(TestServer.variables(), "gc", "--older-than", "1h", "--pattern",
                    "odoo_*", "--dry-run");
            CliRun live = CliRun.of(TestServer.variables(), gc);

            assertThat(dry.exitCode()).as(dry.err()).isZero();
            JsonNode dryLine = line(dry, "GC_SUMMARY: ");
            assertThat(dryLine.path("status").asText()).isEqualTo("dry_run");
            assertThat(dryLine.path("databases").findValuesAsText("db")).containsExactly(due);
            assertThat(dryLine.path("databases").get(0).path("by").asText()).isEqualTo("restore");
            assertThat(line(stageEverything, "GC_SUMMARY: ").path("databases").findValuesAsText("db"))
                    .doesNotContain("odoo_stage");
            assertThat(live.exitCode()).as(live.err()).isZero();
            assertThat(line(live, "GC_SUMMARY: ").path("databases")).isEqualTo(dryLine.path("databases"));
            assertThat(TestServer.exists(due)).isFalse();
            assertThat(List.of(fresh, unmarked, "odoo_stage")).allMatch(TestServer::exists);
        } finally {
            TestServer.execute("postgres", "COMMENT ON DATABASE odoo_stage IS "
                    + (stageComment == null ? "NULL" : "'" + stageComment.replace("'", "''") + "'"));
        }
    }

    @Test
    void cloneMarksThePublishedCopySoThatGcCanFindItLater() throws Exception {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.owned(TestServer.randomName("odoo_dev_t_pr_"));

        CliRun clone = CliRun.of(TestServer.variables(), "clone", "--from", source, "--to", target, "--yes");

        assertThat(clone.exitCode()).as(clone.err()).isZero();
        PublishMarker marker = PublishMarker.parse(comment(target)).orElseThrow();
        assertThat(marker.by()).isEqualTo("clone");
        assertThat(marker.publishedAt()).isBetween(Instant.now().minus(Duration.ofMinutes(10)), Instant.now());
        assertThat(PublishMarker.parse(comment(source))).as("the source is not marked").isEmpty();
    }

    private static String[] concat(String[] args, String... more) {
        return Stream.concat(Stream.of(args), Stream.of(more)).toArray(String[]::new);
    }
}
