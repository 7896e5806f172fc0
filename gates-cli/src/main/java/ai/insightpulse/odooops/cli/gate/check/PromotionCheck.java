package ai.insightpulse.odooops.cli.gate.check;

import ai.insightpulse.odooops.cli.gate.Finding;
import ai.insightpulse.odooops.cli.gate.Gate;
import ai.insightpulse.odooops.cli.gate.GateInputException;
import ai.insightpulse.odooops.cli.gate.GatesConfig;
import ai.insightpulse.odooops.cli.gate.Rule;
import ai.insightpulse.odooops.cli.gate.input.CustomerRepo;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * {@code promotion}: constitution §4.2, linear promotion {@code feature → main → production}. Every commit reachable
 * from the production branch is reachable from main, read with JGit from the repository's own object database.
 *
 * <p>One exception: a promotion merge made on production ({@code git merge --no-ff main}) is not itself on main,
 * but when its tree is exactly the tree of its parent from main it carries nothing main lacks, so it is accepted.
 * Branches are looked up locally, then as {@code origin/NAME} (what a CI checkout has).
 */
public final class PromotionCheck implements GateCheck {

    @Override
    public Gate gate() {
        return Gate.PROMOTION;
    }

    @Override
    public List<Finding> check(CustomerRepo repo) {
        GatesConfig.Promotion branches = repo.config().promotion();
        File root = repo.files().root().toFile();
        if (!new File(root, Constants.DOT_GIT).exists()) {
            throw new GateInputException(Constants.DOT_GIT, 0, "not a git repository: the promotion gate reads the "
                    + "history (in GitHub Actions: actions/checkout with fetch-depth: 0)");
        }
        List<Finding> findings = new ArrayList<>();
        try (Repository git = new FileRepositoryBuilder().setWorkTree(root).setMustExist(true).build();
             RevWalk walk = new RevWalk(git)) {
            if (new File(git.getDirectory(), "shallow").exists()) {
                // a shallow history cuts main's ancestry short: production's older commits would look unmerged
                throw new GateInputException(Constants.DOT_GIT, 0, "shallow clone: fetch the whole history "
                        + "(actions/checkout with fetch-depth: 0)");
            }
            RevCommit main = walk.parseCommit(branch(git, branches.mainBranch()).getObjectId());
            RevCommit production = walk.parseCommit(branch(git, branches.productionBranch()).getObjectId());
            walk.markStart(production);
            walk.markUninteresting(main);
            for (RevCommit commit : walk) {
                if (!isPromotionMerge(git, commit, main)) {
                    findings.add(Finding.at(Rule.PROMOTION_NOT_ON_MAIN, null, 0, "commit "
                            + commit.abbreviate(10).name() + " \"" + commit.getShortMessage() + "\" by "
                            + commit.getAuthorIdent().getName() + " is on " + branches.productionBranch()
                            + " but not on " + branches.mainBranch()));
                }
            }
        } catch (MissingObjectException e) {
            throw new GateInputException(Constants.DOT_GIT, 0, "incomplete history (a shallow clone?): fetch it all"
                    + " (actions/checkout with fetch-depth: 0)");
        } catch (IOException e) {
            throw new GateInputException(Constants.DOT_GIT, 0, "cannot read the git repository: " + e.getMessage());
        }
        return findings;
    }

    private static Ref branch(Repository git, String name) throws IOException {
        for (String ref : List.of(Constants.R_HEADS + name, Constants.R_REMOTES + "origin/" + name)) {
            Ref found = git.exactRef(ref);
            if (found != null) {
                return found;
            }
        }
        throw new GateInputException(Constants.DOT_GIT, 0, "branch '" + name + "' not found (neither "
                + Constants.R_HEADS + name + " nor " + Constants.R_REMOTES + "origin/" + name + ")");
    }

    private static boolean isPromotionMerge(Repository git, RevCommit commit, RevCommit main) throws IOException {
        if (commit.getParentCount() < 2) {
            return false;
        }
        try (RevWalk reach = new RevWalk(git)) {
            RevCommit mainTip = reach.parseCommit(main);
            for (RevCommit parent : commit.getParents()) {
                RevCommit p = reach.parseCommit(parent);
                if (p.getTree().equals(commit.getTree()) && reach.isMergedInto(p, mainTip)) {
                    return true;
                }
            }
        }
        return false;
    }
}
