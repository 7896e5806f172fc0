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

    /** True when the run reached the database and found nothing to change in any selected target. */
    public boolean alreadyNeutralized() {
        return status != RunStatus.ERROR && !targets.isEmpty()
                && targets.stream().allMatch(t -> t.rows() == 0)
                && rules.stream().allMatch(r -> r.rows() == 0)
                && modules.stream().allMatch(m -> m.outcome() == TargetOutcome.NO_OP)
                && targets.stream().anyMatch(t -> t.outcome() == TargetOutcome.NO_OP);
    }

    /** The process exit code for this result. */
    public ExitCode exitCode() {
        return failure.map(f -> f.kind().exitCode()).orElse(ExitCode.SUCCESS);
    }
}
