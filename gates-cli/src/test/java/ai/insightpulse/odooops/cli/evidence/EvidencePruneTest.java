package ai.insightpulse.odooops.cli.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.cli.CliRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code odooops evidence prune} on a real tree: runs of every age, a foreign file and folder at every level of the
 * layout, and symbolic links pointing outside — only the layout's own files of old runs change, and a dry run lists
 * exactly what the live run then does.
 */
class EvidencePruneTest {

    private static final DateTimeFormatter RUN_FOLDER = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmZ")
            .withZone(EvidenceOptions.defaultZone());

    @TempDir
    Path root;

    private Path evidence;
    private Path outside;
    private String fresh;
    private String month;
    private String expired;
    private String expiredWithForeign;
    private String expiredClean;
    private FileTime oldModified;

    @BeforeEach
    void treeWithRunsOfEveryAgeForeignEntriesAndLinksOutside() throws IOException {
        evidence = Files.createDirectory(root.resolve("evidence"));
        outside = Files.createDirectory(root.resolve("outside"));
        Instant now = Instant.now();
        fresh = folder(now.minus(Duration.ofDays(1)));
        month = folder(now.minus(Duration.ofDays(31)));
        expired = folder(now.minus(Duration.ofDays(91)));
        expiredWithForeign = folder(now.minus(Duration.ofDays(120)));
        expiredClean = folder(now.minus(Duration.ofDays(100)));

        write(fresh + "/neutralize-odoo_stage/logs/neutralize-101500123.log", "fresh log");
        write(fresh + "/neutralize-odoo_stage/logs/neutralize-101500123.summary.json", "{}");

        write(month + "/verify-odoo_dev/logs/verify-093000001.log", "month-old log\n".repeat(50));
        write(month + "/verify-odoo_dev/logs/verify-093000001.summary.json", "{\"exit_code\":0}");
        write(month + "/verify-odoo_dev/logs/verify-093000002.log.gz", "already compressed");
        write(month + "/verify-odoo_dev/logs/notes.txt", "an operator's note");
        oldModified = FileTime.from(now.minus(Duration.ofDays(31)));
        Files.setLastModifiedTime(evidence.resolve(month + "/verify-odoo_dev/logs/verify-093000001.log"), oldModified);

        write(expired + "/restore-odoo_stage/logs/restore-080000000.log", "expired");
        write(expired + "/restore-odoo_stage/logs/restore-080000000.summary.json", "{}");
        write(expired + "/restore-odoo_stage/logs/restore-080000000-2.log.gz", "expired, compressed");

        write(expiredClean + "/gate/logs/gate-060000000.log", "expired");
        write(expiredClean + "/gate/logs/gate-060000000.summary.json", "{}");

        write(expiredWithForeign + "/neutralize-odoo_dev/logs/neutralize-070000000.log", "expired");
        write(expiredWithForeign + "/README", "kept by someone");
        write(expiredWithForeign + "/clone-odoo_dev/report.html", "not evidence");

        // links pointing outside, at every level, to what looks like old evidence: never followed, never touched
        write("../outside/20200101-0000+0800/neutralize-odoo_stage/logs/neutralize-000000000.log", "outside");
        write("../outside/logs/neutralize-000000000.log", "outside");
        write("../outside/victim.log", "outside");
        Files.createSymbolicLink(evidence.resolve("20200102-0000+0800"), outside.resolve("20200101-0000+0800"));
        Files.createSymbolicLink(evidence.resolve(expired + "/linked-topic"), outside);
        Files.createSymbolicLink(evidence.resolve(month + "/verify-odoo_dev/logs/verify-093000003.log"),
                outside.resolve("victim.log"));
        Files.createSymbolicLink(evidence.resolve(expiredWithForeign + "/neutralize-odoo_dev/logs/"
                + "neutralize-070000001.log"), outside.resolve("victim.log"));

        write("notes.txt", "foreign at the root");
        write("not-a-run/neutralize-odoo_stage/logs/neutralize-000000000.log", "foreign folder");
    }

    @Test
    void aDryRunListsExactlyTheChangesAndChangesNothing() throws IOException {
        Map<String, String> before = snapshot(root);

        CliRun run = CliRun.of(Map.of(), "evidence", "prune", "--dir", evidence.toString(), "--dry-run");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(changes(run)).containsExactlyElementsOf(expectedChanges("would compress", "would delete",
                "would remove folder"));
        assertThat(run.out()).contains("dry run, nothing changed: " + evidence + ": 2 compressed, 6 deleted, "
                + "5 folders removed, 9 foreign entries left alone");
        assertThat(snapshot(root)).isEqualTo(before);
    }

    @Test
    void aLiveRunDoesExactlyWhatTheDryRunListed() throws IOException {
        List<String> planned = changes(CliRun.of(Map.of(), "evidence", "prune", "--dir", evidence.toString(),
                "--dry-run"));

        CliRun run = CliRun.of(Map.of(), "evidence", "prune", "--dir", evidence.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(changes(run)).containsExactlyElementsOf(planned.stream()
                .map(l -> l.replace("would compress", "compressed").replace("would delete", "deleted")
                        .replace("would remove folder", "removed folder")).toList());
        assertThat(run.out()).contains(evidence + ": 2 compressed, 6 deleted, 5 folders removed, "
                + "9 foreign entries left alone");
    }

    @Test
    void onlyTheLayoutsFilesOfOldRunsAreCompressedOrDeleted() throws IOException {
        Map<String, String> before = snapshot(root);

        CliRun.of(Map.of(), "evidence", "prune", "--dir", evidence.toString());

        Map<String, String> after = snapshot(root);
        Map<String, String> expected = new TreeMap<>(before);
        String monthLogs = "evidence/" + month + "/verify-odoo_dev/logs/";
        expected.remove(monthLogs + "verify-093000001.log");
        expected.remove(monthLogs + "verify-093000001.summary.json");
        expected.put(monthLogs + "verify-093000001.log.gz", after.get(monthLogs + "verify-093000001.log.gz"));
        expected.put(monthLogs + "verify-093000001.summary.json.gz",
                after.get(monthLogs + "verify-093000001.summary.json.gz"));
        expected.keySet().removeIf(p -> p.startsWith("evidence/" + expired + "/restore-odoo_stage"));
        expected.keySet().removeIf(p -> p.startsWith("evidence/" + expiredClean));
        expected.remove("evidence/" + expiredWithForeign + "/neutralize-odoo_dev/logs/neutralize-070000000.log");
        assertThat(after).isEqualTo(expected);
        assertThat(after).containsKeys("evidence/" + expired + "/linked-topic", "evidence/" + expiredWithForeign
                + "/README", "evidence/" + expiredWithForeign + "/clone-odoo_dev/report.html");
        assertThat(Files.readString(outside.resolve("victim.log"))).isEqualTo("outside");
    }

    @Test
    void aCompressedLogHoldsTheSameBytesAndKeepsItsModificationTime() throws IOException {
        Path log = evidence.resolve(month + "/verify-odoo_dev/logs/verify-093000001.log");
        byte[] original = Files.readAllBytes(log);

        CliRun.of(Map.of(), "evidence", "prune", "--dir", evidence.toString());

        Path gz = log.resolveSibling("verify-093000001.log.gz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            assertThat(in.readAllBytes()).isEqualTo(original);
        }
        assertThat(Files.getLastModifiedTime(gz)).isEqualTo(oldModified);
        assertThat(log).doesNotExist();
    }

    @Test
    void aSecondRunChangesNothing() throws IOException {
        CliRun.of(Map.of(), "evidence", "prune", "--dir", evidence.toString());
        Map<String, String> before = snapshot(root);

        CliRun run = CliRun.of(Map.of(), "evidence", "prune", "--dir", evidence.toString());

        assertThat(changes(run)).isEmpty();
        assertThat(snapshot(root)).isEqualTo(before);
    }

    @Test
    void shorterAgesReachYoungerRuns() throws IOException {
        CliRun run = CliRun.of(Map.of(), "evidence", "prune", "--dir", evidence.toString(), "--compress-after", "12h",
                "--delete-after", "30d", "--dry-run");

        assertThat(changes(run)).contains("would compress " + fresh + "/neutralize-odoo_stage/logs/"
                + "neutralize-101500123.log", "would delete " + month + "/verify-odoo_dev/logs/verify-093000002.log.gz");
    }

    @Test
    void aMalformedAgeIsAConfigErrorThatChangesNothing() throws IOException {
        assertConfigError("--compress-after '30 days' is not an age: days (30d) or hours (12h)",
                "--dir", evidence.toString(), "--compress-after", "30 days");
        assertConfigError("--delete-after '-1d' is not an age: days (30d) or hours (12h)",
                "--dir", evidence.toString(), "--delete-after=-1d");
        assertConfigError("--compress-after must be more than zero", "--dir", evidence.toString(),
                "--compress-after", "0d");
    }

    @Test
    void aDeleteAgeShorterThanTheCompressAgeIsAConfigError() throws IOException {
        assertConfigError("--delete-after 10d is shorter than --compress-after 30d: evidence would be deleted "
                + "before it is compressed", "--dir", evidence.toString(), "--delete-after", "10d");
    }

    @Test
    void aMissingDirectoryIsAConfigError() throws IOException {
        assertConfigError("--dir " + root.resolve("nowhere") + " is not a directory",
                "--dir", root.resolve("nowhere").toString());
        assertConfigError("nothing to prune: give --dir DIR, --evidence-db JDBC_URL, or both");
    }

    private void assertConfigError(String message, String... options) throws IOException {
        Map<String, String> before = snapshot(root);
        String[] args = Stream.concat(Stream.of("evidence", "prune"), Stream.of(options)).toArray(String[]::new);

        CliRun run = CliRun.of(Map.of(), args);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("odooops evidence prune: " + message);
        assertThat(run.out()).isEmpty();
        assertThat(snapshot(root)).isEqualTo(before);
    }

    private List<String> expectedChanges(String compress, String delete, String remove) {
        String monthLogs = month + "/verify-odoo_dev/logs/";
        String expiredLogs = expired + "/restore-odoo_stage/logs/";
        String cleanLogs = expiredClean + "/gate/logs/";
        // in name order, so run folders oldest first; a folder goes once it is empty, and only then
        return List.of(
                delete + " " + expiredWithForeign + "/neutralize-odoo_dev/logs/neutralize-070000000.log",
                delete + " " + cleanLogs + "gate-060000000.log",
                delete + " " + cleanLogs + "gate-060000000.summary.json",
                remove + " " + expiredClean + "/gate/logs",
                remove + " " + expiredClean + "/gate",
                remove + " " + expiredClean,
                delete + " " + expiredLogs + "restore-080000000-2.log.gz",
                delete + " " + expiredLogs + "restore-080000000.log",
                delete + " " + expiredLogs + "restore-080000000.summary.json",
                remove + " " + expired + "/restore-odoo_stage/logs",
                remove + " " + expired + "/restore-odoo_stage",
                compress + " " + monthLogs + "verify-093000001.log",
                compress + " " + monthLogs + "verify-093000001.summary.json");
    }

    /** The lines that name a change (not the entries left alone, not the tally). */
    private static List<String> changes(CliRun run) {
        return run.outLines().stream().filter(l -> l.startsWith("would ") || l.startsWith("compressed ")
                || l.startsWith("deleted ") || l.startsWith("removed ")).toList();
    }

    private String folder(Instant at) {
        return RUN_FOLDER.format(at);
    }

    private void write(String relative, String content) throws IOException {
        Path p = evidence.resolve(relative).normalize();
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    /** Every entry under {@code top}, links not followed: path → kind and content (or link target). */
    private static Map<String, String> snapshot(Path top) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(top)) {
            for (Path p : paths.toList()) {
                String key = top.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    out.put(key, "link " + Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    out.put(key, "folder");
                } else {
                    out.put(key, "file " + java.util.Arrays.hashCode(Files.readAllBytes(p)) + " "
                            + Files.getLastModifiedTime(p).toMillis());
                }
            }
        }
        return out;
    }
}
