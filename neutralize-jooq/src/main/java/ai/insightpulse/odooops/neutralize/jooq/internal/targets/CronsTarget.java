package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_CRON;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_MODEL_DATA;

import ai.insightpulse.odooops.neutralize.CronAllowlist;
import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.XmlId;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Switches off every active cron whose xml id is not allowlisted. Allowlisted crons are left exactly as they are
 * (an inactive one stays inactive). A cron with no xml id is switched off like any other, as Odoo does.
 *
 * <p>{@code NOT EXISTS} rather than {@code NOT IN}: one {@code ir_model_data} row with a NULL {@code res_id}
 * would make {@code NOT IN} match nothing.
 */
public final class CronsTarget extends RequiredColumnsTarget {

    /** The {@code ir_model_data.model} of scheduled actions. */
    public static final String CRON_MODEL = "ir.cron";

    /** The target. */
    public CronsTarget() {
        super(NeutralizationTarget.CRONS, IR_CRON.ID, IR_CRON.ACTIVE, IR_MODEL_DATA.MODULE, IR_MODEL_DATA.NAME,
                IR_MODEL_DATA.MODEL, IR_MODEL_DATA.RES_ID);
    }

    @Override
    public List<Step> steps(RunContext context) {
        Condition notAllowlisted = context.allowlist().isEmpty()
                ? DSL.trueCondition()
                : DSL.notExists(DSL.selectOne().from(IR_MODEL_DATA)
                        .where(IR_MODEL_DATA.MODEL.eq(CRON_MODEL))
                        .and(IR_MODEL_DATA.RES_ID.eq(IR_CRON.ID))
                        .and(allowlisted(context.allowlist())));
        return List.of(Step.update(context.dsl(), IR_CRON, Map.of(IR_CRON.ACTIVE, false),
                IR_CRON.ACTIVE.isTrue().and(notAllowlisted)));
    }

    /**
     * {@code module || '.' || name = ANY(?)} over {@code ir_model_data} for the allowlist, the ids bound as one
     * array parameter: a row-value {@code IN} list grows the statement with the allowlist, and PostgreSQL's parser
     * fails on a few thousand entries ({@code stack depth limit exceeded}). Exact, since a module name never
     * contains a dot.
     */
    public static Condition allowlisted(CronAllowlist allowlist) {
        String[] ids = allowlist.entries().stream().map(XmlId::toString).toArray(String[]::new);
        return DSL.concat(IR_MODEL_DATA.MODULE, DSL.inline("."), IR_MODEL_DATA.NAME)
                .eq(DSL.any(DSL.val(ids, SQLDataType.VARCHAR.array())));
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("base", "ir_cron.active, ir_model_data",
                "every active cron archived except the allowlisted xml ids (left as they are)",
                "16.0–19.0");
    }
}
