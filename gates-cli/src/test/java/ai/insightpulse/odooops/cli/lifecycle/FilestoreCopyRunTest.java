package ai.insightpulse.odooops.cli.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.cli.CliRun;
import ai.insightpulse.odooops.lifecycle.backup.BackupZips;
import ai.insightpulse.odooops.lifecycle.filestore.FilestoreTrees;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** clone and restore with Odoo's data dir: the filestore is copied, published and retired with the database. */
class FilestoreCopyRunTest {

    private final TestServer server = new TestServer();

    @TempDir
    Path dir;

    /** The target the bad zips must leave as it was: one for all of them, since none may change it. */
    private static final TestServer SHARED = new TestServer();
    private static String untouchedTarget;

    @AfterEach
    void dropWhatTheTestMade() {
        server.close();
    }

    @AfterAll
    static void dropTheSharedTarget() {
        SHARED.close();
    }

    @Test
    void aClonePublishesEveryAttachmentFileByteIdenticalAndLeavesTheSourceUntouched() throws Exception {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.prodLike(TestServer.randomName("odoo_dev_t_to_"));
        Path dataDir = dir.resolve("data");
        Map<String, String> sourceFiles = FilestoreTrees.seed(dataDir.resolve("filestore").resolve(source), 200);
        FilestoreTrees.seed(dataDir.resolve("filestore").resolve(target), 3);

        CliRun run = CliRun.of(TestServer.variables(), "clone", "--from", source, "--to", target, "--yes",
                "--data-dir", dataDir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("copied the filestore: 200 files").doesNotContain("warning");
        assertThat(FilestoreTrees.digests(dataDir.resolve("filestore").resolve(target))).isEqualTo(sourceFiles);
        assertThat(FilestoreTrees.digests(dataDir.resolve("filestore").resolve(source))).isEqualTo(sourceFiles);
        assertThat(workEntries(dataDir)).isEmpty();

        // hard links (auto on one filesystem): the copy and the source stay independent directory trees
        String first = sourceFiles.keySet().iterator().next();
        Files.delete(dataDir.resolve("filestore").resolve(target).resolve(first));
        assertThat(FilestoreTrees.digests(dataDir.resolve("filestore").resolve(source))).isEqualTo(sourceFiles);
    }

    @Test
    void theDataDirIsReadFromOdoosConfigFile() throws Exception {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.owned(TestServer.randomName("odoo_dev_t_to_"));
        Path dataDir = dir.resolve("data");
        Map<String, String> sourceFiles = FilestoreTrees.seed(dataDir.resolve("filestore").resolve(source), 5);
        Path conf = Files.writeString(dir.resolve("odoo.conf"), "[options]\ndata_dir = " + dataDir + "\n");
        Map<String, String> vars = TestServer.variables();
        vars.put("ODOO_RC", conf.toString());

        CliRun run = CliRun.of(vars, "clone", "--from", source, "--to", target, "--yes", "--filestore-copy", "copy");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(FilestoreTrees.digests(dataDir.resolve("filestore").resolve(target))).isEqualTo(sourceFiles);
    }

    @Test
    void anOdooConfigWithoutDataDirIsAConfigErrorBeforeAnythingConnects() throws Exception {
        Path conf = Files.writeString(dir.resolve("odoo.conf"), "[options]\ndb_host = db\n");

        CliRun run = CliRun.of(TestServer.variables(), "clone", "--from", "odoo_prod", "--to", "odoo_dev_t_none",
                "--yes", "--odoo-conf", conf.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("sets no data_dir");
    }

    @Test
    void withoutADataDirOnlyTheDatabaseIsCopiedWithOneWarning() {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.owned(TestServer.randomName("odoo_dev_t_to_"));

        CliRun run = CliRun.of(TestServer.variables(), "clone", "--from", source, "--to", target, "--yes");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err().lines().filter(l -> l.contains("warning"))).singleElement().asString()
                .contains("no Odoo data dir");
    }

    @Test
    void restoresAnOdooBackupZipWithItsFilestore() throws Exception {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.prodLike(TestServer.randomName("odoo_dev_t_to_"));
        Path dataDir = Files.createDirectories(dir.resolve("data"));
        Path zip = odooBackup(source, "18.0").write(dir.resolve("backup.zip"));

        CliRun run = CliRun.of(TestServer.variables(), "restore", "--dump", zip.toString(), "--to", target,
                "--yes", "--strict", "--data-dir", dataDir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(FilestoreTrees.digests(dataDir.resolve("filestore").resolve(target))).isEqualTo(zipFiles(zip));
        assertThat(CloneCommandTest.verify(target).exitCode()).isZero();
        CloneCommandTest.assertSameRowCountsExceptInsertedContractRows(source, target);
        assertThat(workEntries(dataDir)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"dot-dot | has a '..' segment", "absolute | is an absolute path",
        "symlink | is a symbolic link", "bomb | more than the limit of 100:1", "truncated | truncated",
        "other-series | refusing the backup (--strict): the backup is Odoo 17.0"})
    void aBadBackupZipIsRefusedAndNothingIsPublishedNorWrittenOutsideTheWorkDir(String kind, String reason)
            throws Exception {
        if (untouchedTarget == null) {
            untouchedTarget = SHARED.prodLike(TestServer.randomName("odoo_dev_t_to_"));
        }
        String target = untouchedTarget;
        Path dataDir = dir.resolve("data");
        Map<String, String> targetFiles = FilestoreTrees.seed(dataDir.resolve("filestore").resolve(target), 3);
        Path zip = badZip(kind, dir.resolve("zips"));
        List<String> before = tree(dir);

        CliRun run = CliRun.of(TestServer.variables(), "restore", "--dump", zip.toString(), "--to", target,
                "--yes", "--strict", "--zip-max-ratio", "100", "--data-dir", dataDir.toString());

        assertThat(run.exitCode()).as(run.err()).isIn(1, 2);
        assertThat(run.err()).contains(reason);
        assertThat(TestServer.scalar(target, "SELECT name FROM res_company")).isEqualTo("Demo Prod Co");
        assertThat(FilestoreTrees.digests(dataDir.resolve("filestore").resolve(target))).isEqualTo(targetFiles);
        assertThat(TestServer.workDatabases(target)).isEmpty();
        assertThat(tree(dir)).isEqualTo(before);
    }

    private static Path badZip(String kind, Path dir) throws Exception {
        Files.createDirectories(dir);
        BackupZips zip = BackupZips.odoo("SELECT 1;\n", "18.0", 3);
        Path file = dir.resolve(kind + ".zip");
        switch (kind) {
            case "dot-dot" -> zip.add("filestore/../../../escaped", "x".getBytes()).write(file);
            case "absolute" -> zip.add("/tmp/odooops-escaped", "x".getBytes()).write(file);
            case "symlink" -> {
                zip.add("filestore/ab/link", "/etc/passwd".getBytes()).write(file);
                BackupZips.markAsSymlink(file, "filestore/ab/link");
            }
            case "bomb" -> zip.add("filestore/00/bomb", new byte[4 << 20]).write(file);
            case "truncated" -> {
                byte[] whole = Files.readAllBytes(zip.write(dir.resolve("whole.tmp")));
                Files.delete(dir.resolve("whole.tmp"));
                Files.write(file, Arrays.copyOf(whole, whole.length - 30));
            }
            default -> BackupZips.odoo("SELECT 1;\n", "17.0", 3).write(file);
        }
        return file;
    }

    private static BackupZips odooBackup(String source, String series) throws Exception {
        Path sql = RestoreCommandTest.pgDump(source, "--format=plain", Files.createTempFile("odooops-", ".sql"),
                "--no-owner");
        BackupZips zip = BackupZips.odoo(Files.readString(sql, StandardCharsets.UTF_8), series, 50);
        Files.delete(sql);
        return zip;
    }

    /** The digests of the filestore files in a backup zip, by path. */
    static Map<String, String> zipFiles(Path zip) throws Exception {
        Map<String, String> out = new TreeMap<>();
        Path unpacked = Files.createTempDirectory("odooops-zip-");
        try (var z = new java.util.zip.ZipFile(zip.toFile())) {
            for (var e : java.util.Collections.list(z.entries())) {
                if (e.getName().startsWith("filestore/")) {
                    Path to = unpacked.resolve(e.getName().substring("filestore/".length()));
                    Files.createDirectories(to.getParent());
                    try (var in = z.getInputStream(e)) {
                        Files.copy(in, to);
                    }
                }
            }
        }
        out.putAll(FilestoreTrees.digests(unpacked));
        ai.insightpulse.odooops.lifecycle.filestore.FilestoreCopy.remove(unpacked);
        return out;
    }

    /** The odooops work directories and journals left in the data dir. */
    static List<String> workEntries(Path dataDir) throws Exception {
        try (Stream<Path> entries = Files.list(dataDir.resolve("filestore"))) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("odooops_tmp_") || n.startsWith("odooops_prev_")
                            || n.startsWith(".odooops-")).toList();
        }
    }

    private static List<String> tree(Path root) throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            all.forEach(p -> out.add(root.relativize(p).toString()));
        }
        out.sort(null);
        assertThat(Path.of("/tmp/odooops-escaped")).doesNotExist();
        assertThat(root.getParent().resolve("escaped")).doesNotExist();
        return out;
    }
}
