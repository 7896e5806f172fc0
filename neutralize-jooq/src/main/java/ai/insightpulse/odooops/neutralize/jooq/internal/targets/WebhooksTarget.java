package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_ACT_SERVER;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import java.util.List;

/**
 * Replaces the URL of every webhook server action with the placeholder Odoo's base {@code neutralize.sql} writes
 * (17.0+). 16.0 has no webhook state and no {@code webhook_url} column: the target is skipped there.
 */
public final class WebhooksTarget extends RewriteTarget {

    /** The text Odoo writes instead of the URL. */
    public static final String PLACEHOLDER = "neutralization - disable webhook";

    /** The target. */
    public WebhooksTarget() {
        super(NeutralizationTarget.WEBHOOKS);
    }


    @Override
    List<ColumnRewrite> rewrites() {
        return List.of(ColumnRewrite.of(IR_ACT_SERVER)
                .onlyRows(IR_ACT_SERVER.STATE.eq("webhook"), IR_ACT_SERVER.STATE)
                .set(IR_ACT_SERVER.WEBHOOK_URL, PLACEHOLDER));
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("base", "ir_act_server.webhook_url where state = 'webhook'",
                "webhook URL replaced by `" + PLACEHOLDER + "`", "17.0–19.0 (16.0 has no webhooks: skipped)");
    }
}
