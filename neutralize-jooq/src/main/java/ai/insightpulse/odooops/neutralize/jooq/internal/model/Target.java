package ai.insightpulse.odooops.neutralize.jooq.internal.model;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Field;
import org.jooq.Table;

/**
 * One named, idempotent step of neutralization in the engine: which columns it needs and the statements that make
 * it hold. Statements only touch rows that do not hold yet, so their update counts are the rows changed and a
 * second run changes nothing.
 */
public interface Target {

    /** The catalog id this target implements. */
    NeutralizationTarget id();

    /** Every table this target may read or write, for the one schema probe. */
    Set<Table<?>> tables();

    /**
     * Why this target cannot run on {@code schema} (a table or column is absent), or empty when it can. Optional
     * columns the target adapts to are not listed here.
     */
    Optional<String> unavailableReason(ProbedSchema schema);

    /** The statements, in order, for a schema on which the target is available. */
    List<Step> steps(RunContext context);

    /**
     * The {@code ir_config_parameter} keys this target writes or deletes. No other target touches them: the
     * credential-settings target leaves them to their owner (emptying a key another target sets would make the two
     * undo each other on every run).
     */
    default Set<String> configParameterKeys() {
        return Set.of();
    }

    /** What the target mirrors and touches, for {@code docs/TARGETS.md}. */
    TargetInfo info();

    /** Helper for {@link #unavailableReason(ProbedSchema)}. */
    static Optional<String> require(ProbedSchema schema, Field<?>... columns) {
        return schema.missing(columns);
    }
}
