package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import ai.insightpulse.odooops.neutralize.jooq.internal.model.ProbedSchema;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import java.util.Optional;
import java.util.Set;
import org.jooq.Table;

/**
 * One statement of a {@link RewriteTarget} on one table, described as data: what it needs from the schema and
 * the statement it yields where that exists. A target made only of rewrites needs no code of its own: its tables,
 * the reason it is skipped and the parameter keys it owns all follow from its rewrites.
 */
sealed interface Rewrite permits ColumnRewrite, ParameterRewrite {

    /** The table it changes. */
    Table<?> table();

    /** Whether what it needs exists, i.e. whether {@link #step} yields a statement. */
    boolean applicable(ProbedSchema schema);

    /** What is missing when it is not {@linkplain #applicable applicable}, e.g. {@code fetchmail_server}. */
    String missing(ProbedSchema schema);

    /** The statement, or empty when it is not applicable. */
    Optional<Step> step(RunContext context);

    /** The {@code ir_config_parameter} keys it writes or deletes. */
    default Set<String> configParameterKeys() {
        return Set.of();
    }
}
