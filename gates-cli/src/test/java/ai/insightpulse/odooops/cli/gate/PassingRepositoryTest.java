package ai.insightpulse.odooops.cli.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassingRepositoryTest {

    @TempDir
    Path dir;

    /** The passing fixture as a git repository whose production branch equals main. */
    static Path passingGitRepository(Path dir) throws Exception {
        GateRun.copy("passing", dir);
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("customer repository").setAuthor("Ops", "ops@insightpulseai.com")
                    .setCommitter("Ops", "ops@insightpulseai.com").setSign(false).call();
            git.branchCreate().setName("production").call();
        }
        return dir;
    }

    @Test
    void everyGatePassesOnThePassingRepository() throws Exception {
        GateRun run = GateRun.json("all", passingGitRepository(dir));

        assertThat(run.err()).isEmpty();
        assertThat(run.findings()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.jsonRoot().path("gates")).hasSize(Gate.values().length);
        assertThat(run.jsonRoot().path("gates").findValuesAsText("status")).containsOnly("pass");
    }

    @Test
    void textReportSaysPassedAndNamesEveryGate() throws Exception {
        GateRun run = GateRun.run("all", "--repo", passingGitRepository(dir).toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("odooops gate: passed (neutralization ok, email-policy ok, db-name ok, "
                + "addons-path ok, env-consistency ok, secrets ok, bucket-prefix ok, promotion ok); exit 0\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void neutralizationGateRunsTheDryRunMatrixAgainstOurEngineAndPasses() {
        GateRun run = GateRun.json("neutralization", GateRun.fixture("passing"));

        assertThat(run.findings()).isEmpty();
        assertThat(run.exit()).isZero();
    }
}
