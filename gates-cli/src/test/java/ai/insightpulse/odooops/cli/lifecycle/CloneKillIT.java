package ai.insightpulse.odooops.cli.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.cli.CliRun;
import ai.insightpulse.odooops.lifecycle.filestore.FilestoreTrees;
import ai.insightpulse.odooops.neutralize.testing.TestPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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

    private static Process startPausingAt(String step, List<String> args) throws Exception {
        Path jar = Path.of(System.getProperty("odooops.home", "."), "gates-cli", "target", "odooops.jar");
        assertThat(jar).exists();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.jooq.no-logo=true", "-jar", jar.toString()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().clear();
        pb.environment().putAll(TestServer.variables());
        pb.environment().put(PauseHook.VARIABLE, step);
        Process process = pb.start();
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
