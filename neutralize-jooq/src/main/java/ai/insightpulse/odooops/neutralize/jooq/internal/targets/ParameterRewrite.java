package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_CONFIG_PARAMETER;

import ai.insightpulse.odooops.neutralize.jooq.internal.model.ProbedSchema;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.jooq.Table;

/**
 * System parameters ({@code ir_config_parameter}) a target deletes, empties or sets, by exact key: the statements
 * of {@link ConfigParameters} as data. It needs the table's {@code key} and {@code value} columns.
 */
final class ParameterRewrite implements Rewrite {

    private final List<String> keys;
    private final BiFunction<RunContext, List<String>, Step> statement;

    private ParameterRewrite(List<String> keys, BiFunction<RunContext, List<String>, Step> statement) {
        this.keys = List.copyOf(keys);
        this.statement = statement;
    }

    /** Deletes the parameters {@code keys}, as Odoo's files do for credentials they want gone. */
    static ParameterRewrite delete(String... keys) {
        return new ParameterRewrite(List.of(keys), ConfigParameters::delete);
    }

    /** Sets the parameters {@code keys} that exist to {@code value}; an absent key stays absent. */
    static ParameterRewrite setExisting(String value, String... keys) {
        return new ParameterRewrite(List.of(keys), (context, k) -> ConfigParameters.setExisting(context, k, value));
    }

    /** Inserts parameter {@code key}, or updates it, to {@code value}. */
    static ParameterRewrite upsert(String key, String value) {
        return new ParameterRewrite(List.of(key), (context, k) -> ConfigParameters.upsert(context, key, value));
    }

    @Override
    public Table<?> table() {
        return IR_CONFIG_PARAMETER;
    }

    @Override
    public boolean applicable(ProbedSchema schema) {
        return schema.absent(ConfigParameters.NEEDS).isEmpty();
    }

    @Override
    public String missing(ProbedSchema schema) {
        return String.join(", ", schema.absent(ConfigParameters.NEEDS));
    }

    @Override
    public Optional<Step> step(RunContext context) {
        return applicable(context.schema()) ? Optional.of(statement.apply(context, keys)) : Optional.empty();
    }

    @Override
    public Set<String> configParameterKeys() {
        return Set.copyOf(keys);
    }
}
