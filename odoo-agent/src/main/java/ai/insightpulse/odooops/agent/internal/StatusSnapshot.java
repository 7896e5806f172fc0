package ai.insightpulse.odooops.agent.internal;

import ai.insightpulse.odooops.neutralize.Environment;
import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.TargetOutcome;
import ai.insightpulse.odooops.neutralize.TargetResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What the agent knows, frozen at one moment: the last check, the counters, the Odoo probe. Every endpoint renders
 * from one of these, so any request rate is served without touching the database.
 *
 * @param environment   the runtime
 * @param database      the database name
 * @param checkedAt     when the last check ended (empty before the first)
 * @param lastSuccessAt when a check last reached the database
 * @param checkDuration how long the last check took
 * @param result        the last successful inspection (empty when the last check failed)
 * @param error         why the last check failed, one line without secrets
 * @param errorKind     the kind of that failure: {@code not_odoo} and {@code permission} mean the database answered
 *                      but the agent cannot see Odoo's tables as Odoo's own connection would (fail closed)
 * @param odoo          the last Odoo probe
 * @param counters      counters since start
 */
public record StatusSnapshot(Environment environment, String database, Optional<Instant> checkedAt,
                             Optional<Instant> lastSuccessAt, Duration checkDuration,
                             Optional<NeutralizationResult> result, Optional<String> error,
                             Optional<Failure.Kind> errorKind, OdooStatus odoo,
                             Counters counters) {

    /**
     * Counters since the agent started.
     *
     * @param checks        checks run
     * @param checkFailures checks that did not reach the database
     * @param driftEvents   checks that found pending rows after a clean check (outside prod)
     * @param enforcements  re-neutralizations done by enforcement
     * @param applies       {@code neutralization.apply} calls by outcome ({@code ok}, {@code no_op},
     *                      {@code error}, {@code unauthorized}, {@code forbidden})
     */
    public record Counters(long checks, long checkFailures, long driftEvents, long enforcements,
                           Map<String, Long> applies) {
        /** Copies the map. */
        public Counters {
            applies = Map.copyOf(applies);
        }
    }

    /** Whether the last check reached the database. */
    public boolean databaseUp() {
        return result.isPresent();
    }

    /**
     * Whether the last check reached the database but could not see Odoo's tables as Odoo's own connection would
     * ({@code not_odoo}: the core tables do not resolve through the search path; {@code permission}: the role may
     * not read them). Fail closed: the agent then never reports the database neutralized, nor itself ready.
     */
    public boolean odooTablesUnseen() {
        return errorKind.filter(k -> k == Failure.Kind.NOT_ODOO || k == Failure.Kind.PERMISSION).isPresent();
    }

    /** {@link NeutralizationResult#neutralized()} of the last check; empty when unknown. */
    public Optional<Boolean> neutralized() {
        return result.map(NeutralizationResult::neutralized);
    }

    /**
     * In prod: the database looks neutralized (the {@code database.is_neutralized} flag is set and no real mail
     * server is active). That means prod sends no mail, or a neutralized copy was restored over prod: an alarm.
     */
    public boolean prodLooksNeutralized() {
        if (environment != Environment.PROD || result.isEmpty()) {
            return false;
        }
        return clear(NeutralizationTarget.NEUTRALIZED_FLAG).orElse(false)
                && clear(NeutralizationTarget.MAIL_SERVERS).orElse(false);
    }

    /** Rows pending for a target at the last check; empty when unknown, skipped or not selected. */
    public Optional<Long> pending(NeutralizationTarget target) {
        return result.flatMap(r -> r.target(target))
                .filter(t -> t.outcome() != TargetOutcome.SKIPPED && t.outcome() != TargetOutcome.NOT_SELECTED)
                .map(TargetResult::rows);
    }

    /** Whether a target had nothing pending; empty when unknown, skipped or not selected. */
    public Optional<Boolean> clear(NeutralizationTarget target) {
        return pending(target).map(n -> n == 0);
    }

    /** How old the last successful check is at {@code now}. */
    public Optional<Duration> successAge(Instant now) {
        return lastSuccessAt.map(t -> Duration.between(t, now));
    }
}
