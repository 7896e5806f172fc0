package ai.insightpulse.odooops.cli.evidence.prune;

import ai.insightpulse.odooops.cli.RunCommand;
import ai.insightpulse.odooops.cli.RunContext;
import ai.insightpulse.odooops.cli.evidence.ControlPlane;
import ai.insightpulse.odooops.cli.evidence.RunEvidence;
import ai.insightpulse.odooops.neutralize.ConfigValues;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * {@code odooops evidence prune}: the constitution's retention (Phase 4) — evidence of runs older than 30 days
 * compressed, older than 90 days deleted — on an {@code --evidence-dir} tree and, when {@code --evidence-db} is given
 * on this command line, on the control plane's {@code ops.neutralization_runs} (and their {@code ops.deployments}).
 * Everything is validated before anything is touched; one line per change on stdout, then a tally.
 */
@Command(name = "prune",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = {
            "Compresses and deletes old run evidence.",
            "",
            "Files: only DIR/<yyyyMMdd-HHmm+zone>/<topic>/logs/<command>-<time>.(log|summary.json)",
            "are touched, aged by their run folder's name; foreign files and folders and symbolic",
            "links are left alone and never followed. Rows (with --evidence-db on this command",
            "line): runs of this client (ODOOOPS_CLIENT_ID) started before the delete horizon are",
            "deleted with their deployments; rows are not compressed.",
            "",
            "Exit codes: 0 done (or dry run); 1 bad arguments, nothing changed; 2 a change or the",
            "evidence database failed."})
public final class PruneCommand extends RunCommand {

    @Option(names = "--dir", paramLabel = "DIR",
            description = "The evidence directory (what --evidence-dir was).")
    private Path dir;

    @Option(names = "--compress-after", paramLabel = "AGE", defaultValue = "30d",
            description = "Compress evidence of runs older than AGE: days (30d) or hours (12h). Default: 30d.")
    private String compressAfter;

    @Option(names = "--delete-after", paramLabel = "AGE", defaultValue = "90d",
            description = "Delete evidence of runs older than AGE, at least --compress-after. Default: 90d.")
    private String deleteAfter;

    @Option(names = "--dry-run", description = "Change nothing; list exactly what a run now would change.")
    private boolean dryRun;

    /** The command, with the run (its environment: the control plane's password and client). */
    public PruneCommand(RunContext run) {
        super(run);
    }

    @Override
    protected int execute(PrintWriter out, PrintWriter err, long startedNanos) {
        String evidenceDb = evidenceDbFlag();
        Duration compress;
        Duration delete;
        try {
            compress = age("--compress-after", compressAfter);
            delete = age("--delete-after", deleteAfter);
            if (delete.compareTo(compress) < 0) {
                throw new IllegalArgumentException("--delete-after " + deleteAfter + " is shorter than --compress-after "
                        + compressAfter + ": evidence would be deleted before it is compressed");
            }
            if (dir == null && evidenceDb == null) {
                throw new IllegalArgumentException("nothing to prune: give --dir DIR, --evidence-db JDBC_URL, or both");
            }
            if (dir != null && (dir.toString().isBlank() || !Files.isDirectory(dir))) {
                throw new IllegalArgumentException("--dir " + dir + " is not a directory");
            }
        } catch (IllegalArgumentException e) {
            err.println("odooops evidence prune: " + e.getMessage());
            return 1;
        }

        Instant now = Instant.now();
        int code = 0;
        if (dir != null) {
            code = pruneFiles(now, compress, delete, out, err);
        }
        if (evidenceDb != null) {
            try {
                ControlPlane.PrunedRuns rows = ControlPlane.pruneRuns(evidenceDb, run().environment(), now.minus(delete),
                        dryRun);
                out.println((dryRun ? "would delete " : "deleted ") + rows.runs() + " ops.neutralization_runs rows and "
                        + rows.deployments() + " ops.deployments rows of client " + rows.clientId()
                        + " started before " + now.minus(delete));
            } catch (RuntimeException e) {
                err.println("odooops evidence prune: cannot prune the evidence database: "
                        + RunEvidence.redact(String.valueOf(e.getMessage()), run().environment()));
                code = 2;
            }
        }
        out.flush();
        return code;
    }

    private int pruneFiles(Instant now, Duration compress, Duration delete, PrintWriter out, PrintWriter err) {
        RetentionPlan plan;
        try {
            plan = RetentionPlan.of(dir, now, compress, delete);
        } catch (IOException e) {
            err.println("odooops evidence prune: cannot read " + dir + ": " + e.getMessage());
            return 2;
        }
        int failures = 0;
        for (RetentionPlan.Action action : plan.actions()) {
            if (!dryRun) {
                try {
                    RetentionPlan.apply(action);
                } catch (IOException e) {
                    err.println("odooops evidence prune: cannot " + action.kind().infinitive() + " "
                            + dir.relativize(action.path()) + ": " + e);
                    failures++;
                    continue;
                }
            }
            out.println(action.kind().verb(dryRun) + " " + dir.relativize(action.path()));
        }
        for (Path foreign : plan.foreign()) {
            out.println("left alone " + dir.relativize(foreign));
        }
        out.println((dryRun ? "dry run, nothing changed: " : "") + dir + ": "
                + plan.count(RetentionPlan.Kind.COMPRESS) + " compressed, "
                + plan.count(RetentionPlan.Kind.DELETE) + " deleted, "
                + plan.count(RetentionPlan.Kind.REMOVE_FOLDER) + " folders removed, "
                + plan.foreign().size() + " foreign entries left alone"
                + (failures == 0 ? "" : ", " + failures + " failed"));
        return failures == 0 ? 0 : 2;
    }

    /**
     * The control plane of this command line's own {@code --evidence-db} (inherited from {@code odooops}): not
     * {@code ODOOOPS_EVIDENCE_DB}, set for every run, so that deleting rows is always asked for explicitly.
     */
    private String evidenceDbFlag() {
        OptionSpec option = spec().findOption("--evidence-db");
        Object value = option == null ? null : option.getValue();
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    /** An age in days or hours, in the grammar of every duration ({@link ConfigValues}), other units refused. */
    private static Duration age(String option, String value) {
        String text = value.strip();
        Optional<Duration> d = text.endsWith("d") || text.endsWith("h") ? ConfigValues.parseDuration(text)
                : Optional.empty();
        if (d.isEmpty()) {
            throw new IllegalArgumentException(option + " '" + value.replaceAll("\\p{Cntrl}", "?")
                    + "' is not an age: days (30d) or hours (12h)");
        }
        if (d.get().isZero()) {
            throw new IllegalArgumentException(option + " must be more than zero");
        }
        return d.get();
    }
}
