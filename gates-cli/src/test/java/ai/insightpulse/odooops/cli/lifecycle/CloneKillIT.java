package ai.insightpulse.odooops.cli.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.cli.CliRun;
import ai.insightpulse.odooops.lifecycle.backup.BackupZips;
import ai.insightpulse.odooops.lifecycle.filestore.FilestoreTrees;
import ai.insightpulse.odooops.neutralize.testing.TestPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kills {@code odooops clone} and {@code odooops restore} (the real jar, in its own JVM) with SIGKILL at every
 * step, terminates its backends, and checks the promise: the target name never refers to a database that is not
 * neutralized, and the next run leaves no orphan (no work database, no restore role).
 */
class CloneKillIT {

    /** Filestore files in the backup zip of the kill test: enough that its extraction outlasts a kill. */
    private static final int ZIP_FILES = 1000;

    private final TestServer server = new TestServer();

    @AfterEach
    void dropWhatTheTestMade() {
        server.close();
    }

    @ParameterizedTest(name = "killed at {0}, source in use: {1}")
    @CsvSource({
        // source in use: pg_dump | pg_restore into an empty copy
        "swept, true", "created, true", "copied, true", "neutralized, true", "verified, true", "published, true",
        // nobody on the source: CREATE DATABASE … TEMPLATE
        "copied, false", "published, false"})
    void aKilledCloneLeavesTheTargetNeutralizedAndTheNextRunLeavesNoOrphan(String step, boolean sourceInUse)
            throws Exception {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.prodLike(TestServer.randomName("odoo_dev_t_to_"));
        TestServer.execute(target, "UPDATE res_company SET name = 'Previous target'");
        Map<String, String> vars = TestServer.variables();
        vars.put("IPAI_ENV", "dev");
        vars.put("DB_NAME", target);
        assertThat(CliRun.of(vars, "neutralize", "--yes").exitCode()).isZero();

        Connection odooWorker = sourceInUse ? TestPostgres.get().connect(source) : null;
        try {
            Process clone = startClonePausingAt(step, source, target);
            killAndTerminateBackends(clone);
        } finally {
            if (odooWorker != null) {
                odooWorker.close();
            }
        }

        assertThat(TestServer.exists(target)).isTrue();
        assertThat(CloneCommandTest.verify(target).exitCode()).as("verify " + target + " after a kill at " + step)
                .isZero();
        assertThat(TestServer.scalar(target, "SELECT name FROM res_company"))
                .isEqualTo(step.equals("published") ? "Demo Prod Co" : "Previous target");

        CliRun next = CliRun.of(TestServer.variables(), "clone", "--from", source, "--to", target, "--yes");

        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(TestServer.workDatabases(target)).isEmpty();
        assertThat(TestServer.scalar(target, "SELECT name FROM res_company")).isEqualTo("Demo Prod Co");
        assertThat(CloneCommandTest.verify(target).exitCode()).isZero();
    }

    @ParameterizedTest(name = "restore killed at {0}")
    @CsvSource({"created", "copied", "neutralized", "verified", "published"})
    void aKilledRestoreLeavesTheTargetNeutralizedAndTheNextRunLeavesNoOrphanNorRole(String step,
                                                                                  @TempDir Path dir)
            throws Exception {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.prodLike(TestServer.randomName("odoo_dev_t_to_"));
        TestServer.execute(target, "UPDATE res_company SET name = 'Previous target'");
        Map<String, String> vars = TestServer.variables();
        vars.put("IPAI_ENV", "dev");
        vars.put("DB_NAME", target);
        assertThat(CliRun.of(vars, "neutralize", "--yes").exitCode()).isZero();
        Path dump = RestoreCommandTest.pgDump(source, "--format=custom", dir.resolve("prod.dump"));

        killAndTerminateBackends(startPausingAt(step, List.of("restore", "--dump", dump.toString(), "--to", target,
                "--yes")));

        assertThat(CloneCommandTest.verify(target).exitCode()).as("verify " + target + " after a kill at " + step)
                .isZero();
        assertThat(TestServer.scalar(target, "SELECT name FROM res_company"))
                .isEqualTo(step.equals("published") ? "Demo Prod Co" : "Previous target");

        CliRun next = CliRun.of(TestServer.variables(), "restore", "--dump", dump.toString(), "--to", target,
                "--yes");

        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(TestServer.workDatabases(target)).isEmpty();
        assertThat(RestoreCommandTest.restoreRoles(target)).isZero();
        assertThat(TestServer.scalar(target, "SELECT name FROM res_company")).isEqualTo("Demo Prod Co");
        assertThat(CloneCommandTest.verify(target).exitCode()).isZero();
    }

    @ParameterizedTest(name = "clone with its filestore killed at {0}")
    @CsvSource({"filestore-copied", "filestore-aside", "databases-swapped", "published"})
    void aKilledCloneNeverPairsTheTargetWithAnotherCopysFilestoreAndTheNextRunRepairs(String step,
                                                                                     @TempDir Path dir)
            throws Exception {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.prodLike(TestServer.randomName("odoo_dev_t_to_"));
        TestServer.execute(target, "UPDATE res_company SET name = 'Previous target'");
        Path filestores = dir.resolve("filestore");
        Map<String, String> sourceFiles = FilestoreTrees.seed(filestores.resolve(source), 40);
        Map<String, String> oldFiles = FilestoreTrees.seed(filestores.resolve(target), 4);

        killAndTerminateBackends(startClonePausingAt(step, source, target, "--data-dir", dir.toString()));

        Map<String, String> published = FilestoreTrees.digests(filestores.resolve(target));
        if (TestServer.scalar(target, "SELECT name FROM res_company").equals("Previous target")) {
            assertThat(published).as("the old database with a filestore after a kill at " + step)
                    .isIn(oldFiles, Map.of());
        } else {
            assertThat(published).as("the new database with a filestore after a kill at " + step)
                    .isIn(sourceFiles, Map.of());
        }

        CliRun next = CliRun.of(TestServer.variables(), "clone", "--from", source, "--to", target, "--yes",
                "--data-dir", dir.toString());

        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(TestServer.workDatabases(target)).isEmpty();
        assertThat(FilestoreCopyRunTest.workEntries(dir)).as(next.err()).isEmpty();
        assertThat(FilestoreTrees.digests(filestores.resolve(target))).isEqualTo(sourceFiles);
        assertThat(FilestoreTrees.digests(filestores.resolve(source))).isEqualTo(sourceFiles);
    }

    /**
     * {@code restore --dump backup.zip} with a data dir, killed after {@code created} (the work database exists,
     * empty) and while the zip's filestore is being written into the work filestore (killed as soon as its first
     * file is on disk, with thousands still to come): the target's database and filestore are the old ones, and
     * the next run sweeps the work database, its role and its half-written filestore, then publishes the backup.
     */
    @ParameterizedTest(name = "backup zip restore killed {0}")
    @CsvSource({"created", "filestore-writing"})
    void aKilledBackupZipRestoreLeavesTheTargetAsItWasAndTheNextRunLeavesNoOrphan(String when, @TempDir Path dir)
            throws Exception {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.prodLike(TestServer.randomName("odoo_dev_t_to_"));
        TestServer.execute(target, "UPDATE res_company SET name = 'Previous target'");
        Map<String, String> vars = TestServer.variables();
        vars.put("IPAI_ENV", "dev");
        vars.put("DB_NAME", target);
        assertThat(CliRun.of(vars, "neutralize", "--yes").exitCode()).isZero();
        Path filestores = dir.resolve("filestore");
        Map<String, String> oldFiles = FilestoreTrees.seed(filestores.resolve(target), 4);
        Path sql = RestoreCommandTest.pgDump(source, "--format=plain", dir.resolve("dump.sql"), "--no-owner");
        Path zip = BackupZips.odoo(Files.readString(sql, StandardCharsets.UTF_8), "18.0", ZIP_FILES)
                .write(dir.resolve("backup.zip"));
        List<String> restore = List.of("restore", "--dump", zip.toString(), "--to", target, "--yes", "--data-dir",
                dir.toString());

        if (when.equals("created")) {
            killAndTerminateBackends(startPausingAt("created", restore));
        } else {
            long written = killWhileWritingTheWorkFilestore(restore, filestores);
            System.out.println("backup zip restore killed with " + written + " of " + ZIP_FILES
                    + " filestore files written");
            assertThat(written).as("files of the work filestore when killed").isBetween(1L, (long) ZIP_FILES);
        }

        assertThat(TestServer.scalar(target, "SELECT name FROM res_company")).isEqualTo("Previous target");
        assertThat(CloneCommandTest.verify(target).exitCode()).as("verify " + target + " after a kill " + when)
                .isZero();
        assertThat(FilestoreTrees.digests(filestores.resolve(target))).isEqualTo(oldFiles);

        CliRun next = CliRun.of(TestServer.variables(), restore.toArray(String[]::new));

        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(TestServer.workDatabases(target)).isEmpty();
        assertThat(RestoreCommandTest.restoreRoles(target)).isZero();
        assertThat(FilestoreCopyRunTest.workEntries(dir)).as(next.err()).isEmpty();
        assertThat(TestServer.scalar(target, "SELECT name FROM res_company")).isEqualTo("Demo Prod Co");
        assertThat(FilestoreTrees.digests(filestores.resolve(target))).isEqualTo(FilestoreCopyRunTest.zipFiles(zip));
        assertThat(CloneCommandTest.verify(target).exitCode()).isZero();
    }

    /**
     * Runs {@code args} and SIGKILLs it as soon as a work filestore ({@code odooops_tmp_…}) holds a file.
     *
     * @return how many files the work filestore held when the run was killed
     */
    private static long killWhileWritingTheWorkFilestore(List<String> args, Path filestores) throws Exception {
        Process run = start(args, null);
        CompletableFuture.runAsync(() -> drain(run));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            assertThat(run.isAlive()).as("the restore ended before writing its filestore").isTrue();
            assertThat(System.nanoTime()).as("the restore never wrote its filestore").isLessThan(deadline);
            Path work = workFilestore(filestores);
            if (work != null && files(work) > 0) {
                killAndTerminateBackends(run);
                return files(work);
            }
            Thread.sleep(2);
        }
    }

    private static Path workFilestore(Path filestores) throws Exception {
        if (!Files.isDirectory(filestores)) {
            return null;
        }
        try (Stream<Path> entries = Files.list(filestores)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("odooops_tmp_")).findFirst()
                    .orElse(null);
        }
    }

    private static long files(Path dir) throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    private static void drain(Process process) {
        try (var err = process.getErrorStream()) {
            err.transferTo(OutputStream.nullOutputStream());
        } catch (java.io.IOException e) {
            // the process was killed: nothing more to read
        }
    }

    @Test
    void aCloneKilledRightAfterPublishingNeverLosesTheTargetItWasAskedToKeep() throws Exception {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.prodLike(TestServer.randomName("odoo_dev_t_to_"));
        TestServer.execute(target, "UPDATE res_company SET name = 'Previous target'");

        killAndTerminateBackends(startClonePausingAt("published", source, target, "--keep-previous"));
        CliRun next = CliRun.of(TestServer.variables(), "clone", "--from", source, "--to", target, "--yes");

        assertThat(next.exitCode()).as(next.err()).isZero();
        List<String> kept = TestServer.databases("odooops_kept_" + target + "_");
        kept.forEach(server::owned);
        assertThat(kept).singleElement();
        assertThat(TestServer.scalar(kept.get(0), "SELECT name FROM res_company")).isEqualTo("Previous target");
    }

    private static Process startClonePausingAt(String step, String source, String target, String... extra)
            throws Exception {
        List<String> args = new ArrayList<>(List.of("clone", "--from", source, "--to", target, "--yes"));
        args.addAll(List.of(extra));
        return startPausingAt(step, args);
    }

    /** Starts the real jar with {@code args}, pausing at {@code step} if it is not null. */
    private static Process start(List<String> args, String step) throws Exception {
        Path jar = Path.of(System.getProperty("odooops.home", "."), "gates-cli", "target", "odooops.jar");
        assertThat(jar).exists();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.jooq.no-logo=true", "-jar", jar.toString()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().clear();
        pb.environment().putAll(TestServer.variables());
        if (step != null) {
            pb.environment().put(PauseHook.VARIABLE, step);
        }
        return pb.start();
    }

    private static Process startPausingAt(String step, List<String> args) throws Exception {
        Process process = start(args, step);
        CompletableFuture<List<String>> paused = CompletableFuture.supplyAsync(() -> {
            List<String> seen = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    seen.add(line);
                    if (line.equals("odooops: test pause at " + step)) {
                        return seen;
                    }
                }
            } catch (java.io.IOException e) {
                seen.add(e.toString());
            }
            throw new IllegalStateException("the run never paused at " + step + ": " + seen);
        });
        paused.get(120, TimeUnit.SECONDS);
        return process;
    }

    private static void killAndTerminateBackends(Process clone) throws Exception {
        clone.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
        assertThat(clone.waitFor(30, TimeUnit.SECONDS)).isTrue();
        try (Connection admin = TestPostgres.get().admin(); Statement s = admin.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    + "WHERE application_name IN ('odooops-clone', 'odooops-restore')");
        }
    }
}
