package ai.insightpulse.odooops.neutralize;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run did, as data. The summary line ({@link ai.insightpulse.odooops.neutralize.summary.SummaryLine}) is
 * one rendering of it; callers that embed the engine read the fields directly.
 *
 * @param environment      the runtime, when it could be determined
 * @param database         the database name, when given
 * @param dryRun           whether the run only counted
 * @param status           the overall status
 * @param targets          per-target outcomes, in catalog order
 * @param unresolvedAllowlist allowlist entries that matched no cron in this database
 * @param odooSeries       the Odoo series read from the database ({@code 18.0}), when it was read
 * @param duration         wall time of the run
 * @param failure          why the run failed, for {@link RunStatus#ERROR}
 * @param rules            per-rule outcomes of the declared rules, in file order (empty without rules)
 * @param modules          per-module outcomes of the installed modules' {@code neutralize.sql}, in run order
 * @param uncoveredModules installed non-core modules with no built-in target and no file on the addons path that
 *                         own credential-, URL- or host-shaped fields or settings: what "neutralized" does not cover
 */
public record NeutralizationResult(
        Optional<String> environment,
        Optional<String> database,
        boolean dryRun,
        RunStatus status,
        List<TargetResult> targets,
        List<String> unresolvedAllowlist,
        Optional<String> odooSeries,
        Duration duration,
        Optional<Failure> failure,
        List<RuleResult> rules,
        List<ModuleResult> modules,
        List<String> uncoveredModules) {

    /** Checks invariants and copies the lists. */
    public NeutralizationResult {
        Objects.requireNonNull(status, "status");
        environment = environment == null ? Optional.empty() : environment;
        database = database == null ? Optional.empty() : database;
        targets = List.copyOf(targets);
        unresolvedAllowlist = List.copyOf(unresolvedAllowlist);
        odooSeries = odooSeries == null ? Optional.empty() : odooSeries;
        duration = duration == null ? Duration.ZERO : duration;
        failure = failure == null ? Optional.empty() : failure;
        rules = rules == null ? List.of() : List.copyOf(rules);
        modules = modules == null ? List.of() : List.copyOf(modules);
        uncoveredModules = uncoveredModules == null ? List.of() : List.copyOf(uncoveredModules);
        if ((status == RunStatus.ERROR) != failure.isPresent()) {
            throw new IllegalArgumentException("a failure goes with status error, and only with it");
        }
    }

    /** A result without module files or an uncovered list. */
    public NeutralizationResult(Optional<String> environment, Optional<String> database, boolean dryRun,
                                RunStatus status, List<TargetResult> targets, List<String> unresolvedAllowlist,
                                Optional<String> odooSeries, Duration duration, Optional<Failure> failure,
                                List<RuleResult> rules) {
        this(environment, database, dryRun, status, targets, unresolvedAllowlist, odooSeries, duration, failure,
                rules, List.of(), List.of());
    }

    /** A result without declared rules. */
    public NeutralizationResult(Optional<String> environment, Optional<String> database, boolean dryRun,
                                RunStatus status, List<TargetResult> targets, List<String> unresolvedAllowlist,
                                Optional<String> odooSeries, Duration duration, Optional<Failure> failure) {
        this(environment, database, dryRun, status, targets, unresolvedAllowlist, odooSeries, duration, failure,
                List.of());
    }

    /**
     * A run that failed: nothing was counted, nothing changed ({@code environment} and {@code database} as far as
     * they were known).
     */
    public static NeutralizationResult failed(Optional<String> environment, Optional<String> database,
                                              boolean dryRun, Failure failure, Duration duration) {
        return new NeutralizationResult(environment, database, dryRun, RunStatus.ERROR, List.of(), List.of(),
                Optional.empty(), duration, Optional.of(Objects.requireNonNull(failure, "failure")), List.of());
    }

    /** Prod: a no-op that did not connect; every target is listed as not selected. */
    public static NeutralizationResult prodNoOp(String environment, String database, boolean dryRun) {
        List<TargetResult> targets = new java.util.ArrayList<>();
        for (NeutralizationTarget t : NeutralizationTarget.values()) {
            targets.add(TargetResult.notSelected(t));
        }
        return new NeutralizationResult(Optional.of(environment), Optional.of(database), dryRun, RunStatus.NO_OP,
                targets, List.of(), Optional.empty(), Duration.ZERO, Optional.empty(), List.of());
    }

    /** This result with another wall time (a command that did more than the run around it). */
    public NeutralizationResult withDuration(Duration wallTime) {
        return new NeutralizationResult(environment, database, dryRun, status, targets, unresolvedAllowlist,
                odooSeries, wallTime, failure, rules, modules, uncoveredModules);
    }

    /**
     * This result as the inspection right after it would read it: what a successful live run changed or found
     * clean is counted as nothing pending (its post-check saw so in the same transaction); skipped and unselected
     * targets stay as they were; module files that ran are settled as run. Declared rules are not carried over.
     */
    public NeutralizationResult settled() {
        List<TargetResult> settled = new java.util.ArrayList<>();
        for (TargetResult t : targets) {
            settled.add(switch (t.outcome()) {
                case CHANGED, NO_OP -> TargetResult.counted(t.target(), 0, true);
                default -> t;
            });
        }
        List<ModuleResult> ran = new java.util.ArrayList<>();
        for (ModuleResult m : modules) {
            ran.add(m.outcome() == TargetOutcome.CHANGED ? new ModuleResult(m.module(), TargetOutcome.NO_OP, 0, 0) : m);
        }
        return new NeutralizationResult(environment, database, true, RunStatus.DRY_RUN, settled,
                unresolvedAllowlist, odooSeries, duration, Optional.empty(), List.of(), ran, uncoveredModules);
    }

    /** A run that stopped on a configuration error before any connection. */
    public static NeutralizationResult configError(String environment, String database, boolean dryRun,
                                                   String reason, Duration duration) {
        return new NeutralizationResult(Optional.ofNullable(environment), Optional.ofNullable(database), dryRun,
                RunStatus.ERROR, List.of(), List.of(), Optional.empty(), duration,
                Optional.of(new Failure(Failure.Kind.CONFIG, reason)));
    }

    /** The rows changed (or, in a dry run, that would change) by one target; 0 if it did not run. */
    public long rows(NeutralizationTarget target) {
        return targets.stream().filter(t -> t.target() == target).mapToLong(TargetResult::rows).sum();
    }

    /** The result for one target, if it is in this run. */
    public Optional<TargetResult> target(NeutralizationTarget target) {
        return targets.stream().filter(t -> t.target() == target).findFirst();
    }

    /** Real outgoing mail servers switched off (or to be), not counting the sink: the seeds' key. */
    public long mailServersChanged() {
        return rows(NeutralizationTarget.MAIL_SERVERS);
    }

    /** Crons switched off (or to be): the seeds' key. */
    public long cronsChanged() {
        return rows(NeutralizationTarget.CRONS);
    }

    /**
     * The rows this run found to change (dry run, inspection) or changed (live run), over every target and every
     * declared rule: 0 means nothing was pending in what the run could see.
     */
    public long pendingRows() {
        return targets.stream().mapToLong(TargetResult::rows).sum() + rules.stream().mapToLong(RuleResult::rows).sum();
    }

    /**
     * The one verdict "neutralized" of the project: the run reached the database (no failure) and found nothing
     * pending in any selected target or declared rule ({@link #pendingRows()} is 0) and no installed module's
     * {@code neutralize.sql} still to run. Skipped targets (table or
     * column absent) and unselected ones do not make it false: they are listed in the result, where a policy can
     * make them a failure. For a live run that changed rows this is false: it is the state the run <em>found</em>
     * (its post-check verified the end state before committing). The CLI's verify table, the agent's status and
     * its drift guard all read this.
     */
    public boolean neutralized() {
        // a module file that has not run on this copy (or changed since) is neutralization still pending
        return failure.isEmpty() && pendingRows() == 0
                && modules.stream().allMatch(m -> m.outcome() == TargetOutcome.NO_OP);
    }

    /**
     * The summary's {@code already_neutralized}: {@link #neutralized()}, and at least one target was seen with
     * nothing to change (a run whose every target was skipped or unselected claims nothing).
     */
    public boolean alreadyNeutralized() {
        return neutralized() && targets.stream().anyMatch(t -> t.outcome() == TargetOutcome.NO_OP);
    }

    /** The process exit code for this result. */
    public ExitCode exitCode() {
        return failure.map(f -> f.kind().exitCode()).orElse(ExitCode.SUCCESS);
    }
}
