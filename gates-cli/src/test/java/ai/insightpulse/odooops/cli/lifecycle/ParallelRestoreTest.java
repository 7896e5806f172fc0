package ai.insightpulse.odooops.cli.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** restore --jobs N: a directory archive's table data over N connections, through the same vetting. */
class ParallelRestoreTest {

    private final TestServer server = new TestServer();

    @TempDir
    Path dir;

    @AfterEach
    void dropWhatTheTestMade() {
        server.close();
    }

    @Test
    void aDirectoryArchiveRestoredWithTwoJobsHasEveryRowAndIsPublishedNeutralized() throws Exception {
        String source = server.prodLike(TestServer.randomName("odoo_dev_t_src_"));
        String target = server.owned(TestServer.randomName("odoo_dev_t_to_"));
        Path dump = RestoreCommandTest.pgDump(source, "--format=directory", dir.resolve("prod.dir"));

        CliRun run = CliRun.of(TestServer.variables(), "restore", "--dump", dump.toString(), "--to", target,
                "--yes", "--jobs", "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("with 2 jobs").containsPattern("(\\d+) of \\1 tables done \\(2 jobs\\)");
        CloneCommandTest.assertSameRowCountsExceptInsertedContractRows(source, target);
        assertThat(CloneCommandTest.verify(target).exitCode()).isZero();
        assertThat(RestoreCommandTest.restoreRoles(target)).isZero();
    }

    @Test
    void jobsOutOfRangeAreAConfigError() {
        CliRun run = CliRun.of(TestServer.variables(), "restore", "--dump", dir.toString(), "--to", "odoo_dev_t_x",
                "--yes", "--jobs", "0");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--jobs 0 is not between 1 and 64");
    }
}
