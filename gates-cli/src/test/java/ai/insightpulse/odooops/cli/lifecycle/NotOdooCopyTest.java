package ai.insightpulse.odooops.cli.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.cli.CliRun;
import ai.insightpulse.odooops.neutralize.testing.TableSnapshot;
import ai.insightpulse.odooops.neutralize.testing.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy that is not Odoo is never published (issue 11 point 1): the run on the temporary copy fails closed with
 * {@code not_odoo}, the copy is dropped and the target is left exactly as it was.
 */
class NotOdooCopyTest {

    private final TestServer server = new TestServer();

    @TempDir
    Path dir;

    @AfterEach
    void dropWhatTheTestMade() {
        server.close();
    }

    @Test
    void cloningThePostgresDatabaseOverAGoodTargetIsRefused() {
        assertRefusedAndTargetUntouched("postgres");
    }

    @Test
    void cloningTemplate0OverAGoodTargetIsRefused() {
        assertRefusedAndTargetUntouched("template0");
    }

    @Test
    void restoringADumpOfADatabaseThatIsNotOdooIsRefused() throws Exception {
        String empty = server.owned(TestServer.randomName("odoo_dev_t_empty_"));
        TestServer.execute("postgres", "CREATE DATABASE " + empty);
        TestServer.execute(empty, "CREATE TABLE notes (id serial PRIMARY KEY, body text)");
        Path dump = dir.resolve("not-odoo.dump");
        pgDump(empty, dump);
        String target = server.prodLike(TestServer.randomName("odoo_dev_t_to_"));
        TableSnapshot before = TestServer.snapshot(target);

        CliRun run = CliRun.of(TestServer.variables(), "restore", "--dump", dump.toString(), "--to", target, "--yes");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.summaryJson()).contains("\"status\":\"error\"").contains("\"kind\":\"not_odoo\"");
        assertThat(TestServer.snapshot(target).tablesDifferingFrom(before)).isEmpty();
        assertThat(TestServer.workDatabases(target)).isEmpty();
    }

    private void assertRefusedAndTargetUntouched(String source) {
        String target = server.prodLike(TestServer.randomName("odoo_dev_t_to_"));
        TableSnapshot before = TestServer.snapshot(target);

        CliRun run = CliRun.of(TestServer.variables(), "clone", "--from=" + source, "--to=" + target, "--yes");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.summaryJson()).contains("\"status\":\"error\"").contains("\"kind\":\"not_odoo\"");
        assertThat(TestServer.snapshot(target).tablesDifferingFrom(before)).isEmpty();
        assertThat(TestServer.workDatabases(target)).isEmpty();
        assertThat(CloneCommandTest.verify(target).exitCode()).isEqualTo(3);
    }

    private static void pgDump(String database, Path file) throws Exception {
        TestPostgres pg = TestPostgres.get();
        ProcessBuilder pb = new ProcessBuilder(List.of("pg_dump", "--format=custom", "--file=" + file,
                "--host=" + pg.host(), "--port=" + pg.port(), "--username=" + pg.user(), "--dbname=" + database))
                .redirectErrorStream(true);
        if (!pg.password().isEmpty()) {
            pb.environment().put("PGPASSWORD", pg.password());
        }
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
    }
}
