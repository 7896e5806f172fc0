package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_CONFIG_PARAMETER;

import ai.insightpulse.odooops.neutralize.jooq.internal.model.ProbedSchema;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The {@code ir_config_parameter} statements several targets share. Keys are matched exactly; each statement
 * touches only rows that do not hold yet, so its count is the rows changed.
 */
final class ConfigParameters {

    private ConfigParameters() {
    }

    /** The columns every statement here needs. */
    static final List<Field<String>> NEEDS = List.of(IR_CONFIG_PARAMETER.KEY, IR_CONFIG_PARAMETER.VALUE);

    /** Why config parameters cannot be touched here, or empty. */
    static Optional<String> unavailableReason(ProbedSchema schema) {
        return schema.missing(NEEDS);
    }

    /** Deletes the parameters {@code keys}, as Odoo's files do for credentials it wants gone. */
    static Step delete(RunContext context, Collection<String> keys) {
        return Step.delete(context.dsl(), IR_CONFIG_PARAMETER, IR_CONFIG_PARAMETER.KEY.in(keys));
    }

    /** Sets existing parameters {@code keys} to {@code value}; a key that is absent stays absent. */
    static Step setExisting(RunContext context, Collection<String> keys, String value) {
        return Step.update(context.dsl(), IR_CONFIG_PARAMETER, Map.of(IR_CONFIG_PARAMETER.VALUE, value),
                IR_CONFIG_PARAMETER.KEY.in(keys).and(IR_CONFIG_PARAMETER.VALUE.ne(value)));
    }

    /** Inserts or updates parameter {@code key} to {@code value}; counts 1 only when it did not hold. */
    static Step upsert(RunContext context, String key, String value) {
        var holds = DSL.exists(DSL.selectOne().from(IR_CONFIG_PARAMETER)
                .where(IR_CONFIG_PARAMETER.KEY.eq(key)).and(IR_CONFIG_PARAMETER.VALUE.eq(value)));
        var upsert = context.dsl().insertInto(IR_CONFIG_PARAMETER, IR_CONFIG_PARAMETER.KEY, IR_CONFIG_PARAMETER.VALUE)
                .values(key, value)
                .onConflict(IR_CONFIG_PARAMETER.KEY)
                .doUpdate()
                .set(IR_CONFIG_PARAMETER.VALUE, value)
                .where(IR_CONFIG_PARAMETER.VALUE.ne(value));
        return new Step(DSL.when(holds, DSL.inline(0)).otherwise(DSL.inline(1)), upsert);
    }
}
