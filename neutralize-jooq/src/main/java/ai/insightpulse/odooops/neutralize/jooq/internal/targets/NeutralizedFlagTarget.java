package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_CONFIG_PARAMETER;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.ProbedSchema;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Target;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Sets {@code database.is_neutralized} to the text {@code true}, as Odoo 16.0–19.0 write it. Odoo reads it in
 * {@code ir.cron.toggle()} (a neutralized database does not re-enable the fetchmail cron) and in
 * {@code iap.account.create()} (new IAP tokens get {@code +disabled}).
 */
public final class NeutralizedFlagTarget implements Target {

    /** The config parameter key. */
    public static final String KEY = "database.is_neutralized";
    /** The value Odoo writes. */
    public static final String VALUE = "true";

    @Override
    public NeutralizationTarget id() {
        return NeutralizationTarget.NEUTRALIZED_FLAG;
    }

    @Override
    public Set<Table<?>> tables() {
        return Set.of(IR_CONFIG_PARAMETER);
    }

    @Override
    public Optional<String> unavailableReason(ProbedSchema schema) {
        return Target.require(schema, IR_CONFIG_PARAMETER.KEY, IR_CONFIG_PARAMETER.VALUE);
    }

    @Override
    public List<Step> steps(RunContext context) {
        var alreadySet = DSL.exists(DSL.selectOne().from(IR_CONFIG_PARAMETER)
                .where(IR_CONFIG_PARAMETER.KEY.eq(KEY)).and(IR_CONFIG_PARAMETER.VALUE.eq(VALUE)));
        var upsert = context.dsl().insertInto(IR_CONFIG_PARAMETER, IR_CONFIG_PARAMETER.KEY, IR_CONFIG_PARAMETER.VALUE)
                .values(KEY, VALUE)
                .onConflict(IR_CONFIG_PARAMETER.KEY)
                .doUpdate()
                .set(IR_CONFIG_PARAMETER.VALUE, VALUE)
                .where(IR_CONFIG_PARAMETER.VALUE.ne(VALUE));
        return List.of(new Step(DSL.when(alreadySet, DSL.inline(0)).otherwise(DSL.inline(1)), upsert));
    }

    @Override
    public Set<String> configParameterKeys() {
        return Set.of(KEY);
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("base", "ir_config_parameter `database.is_neutralized`",
                "set to the text `true`",
                "16.0–19.0");
    }
}
