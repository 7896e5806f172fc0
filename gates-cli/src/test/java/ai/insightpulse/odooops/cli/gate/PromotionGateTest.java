package ai.insightpulse.odooops.cli.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Linear promotion (constitution §4.2) on git repositories built with JGit. */
class PromotionGateTest {

    @TempDir
    Path dir;

    private Git git;

    @BeforeEach
    void mainWithOneCommit() throws Exception {
        git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        commit("README.md", "first", "feature: first");
    }

    private RevCommit commit(String file, String content, String message) throws Exception {
        Files.writeString(dir.resolve(file), content);
        git.add().addFilepattern(file).call();
        return git.commit().setMessage(message).setAuthor("Dev", "dev@insightpulseai.com")
                .setCommitter("Dev", "dev@insightpulseai.com").setSign(false).call();
    }

    @Test
    void productionBehindMainPasses() throws Exception {
        git.branchCreate().setName("production").call();
        commit("a.txt", "a", "feature: on main, not promoted yet");

        GateRun run = GateRun.json("promotion", dir);

        assertThat(run.findings()).isEmpty();
        assertThat(run.exit()).isZero();
    }

    @Test
    void aDirectCommitOnProductionIsReportedWithItsId() throws Exception {
        git.branchCreate().setName("production").call();
        git.checkout().setName("production").call();
        RevCommit hotfix = commit("hotfix.txt", "x", "hotfix straight to production");
        git.checkout().setName("main").call();

        GateRun run = GateRun.json("promotion", dir);

        assertThat(run.findings()).containsExactly(GateRun.seen("promotion/not-on-main", null, 0));
        assertThat(run.jsonRoot().path("findings").get(0).path("message").asText())
                .isEqualTo("commit " + hotfix.abbreviate(10).name()
                        + " \"hotfix straight to production\" by Dev is on production but not on main");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void aPromotionMergeCarryingOnlyMainIsAccepted() throws Exception {
        git.branchCreate().setName("production").call();
        RevCommit onMain = commit("a.txt", "a", "feature: a");
        git.checkout().setName("production").call();
        git.merge().include(onMain).setFastForward(MergeCommand.FastForwardMode.NO_FF)
                .setMessage("promote main").call();
        git.checkout().setName("main").call();

        GateRun run = GateRun.json("promotion", dir);

        assertThat(run.findings()).isEmpty();
    }

    @Test
    void aMergeThatAlsoCarriesAProductionOnlyCommitIsReported() throws Exception {
        git.branchCreate().setName("production").call();
        RevCommit onMain = commit("a.txt", "a", "feature: a");
        git.checkout().setName("production").call();
        commit("hotfix.txt", "x", "hotfix");
        git.merge().include(onMain).setFastForward(MergeCommand.FastForwardMode.NO_FF)
                .setMessage("promote main").call();
        git.checkout().setName("main").call();

        GateRun run = GateRun.json("promotion", dir);

        assertThat(run.jsonRoot().path("findings").findValuesAsText("message"))
                .hasSize(2)
                .anyMatch(m -> m.contains("\"hotfix\""))
                .anyMatch(m -> m.contains("\"promote main\""));
    }

    @Test
    void theProductionBranchIsFoundAsOriginProductionInACiCheckout() throws Exception {
        RevCommit head = git.log().call().iterator().next();
        var update = git.getRepository().updateRef("refs/remotes/origin/production");
        update.setNewObjectId(head);
        update.update();

        GateRun run = GateRun.json("promotion", dir);

        assertThat(run.exit()).isZero();
    }

    @Test
    void aMissingProductionBranchExits2() {
        GateRun run = GateRun.run("promotion", "--repo", dir.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("odooops gate: cannot read .git: branch 'production' not found (neither "
                + "refs/heads/production nor refs/remotes/origin/production)\n");
    }

    @Test
    void aShallowCloneExits2RatherThanReportCommitsItCannotSee() throws Exception {
        git.branchCreate().setName("production").call();
        Files.writeString(dir.resolve(".git/shallow"), git.log().call().iterator().next().name() + "\n");

        GateRun run = GateRun.run("promotion", "--repo", dir.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("odooops gate: cannot read .git: shallow clone: fetch the whole history "
                + "(actions/checkout with fetch-depth: 0)\n");
    }

    @Test
    void aDirectoryThatIsNotAGitRepositoryExits2(@TempDir Path plain) {
        GateRun run = GateRun.run("promotion", "--repo", plain.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("odooops gate: cannot read .git: not a git repository");
    }
}
