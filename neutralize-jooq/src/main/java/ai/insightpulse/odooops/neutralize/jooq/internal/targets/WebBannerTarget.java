package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_UI_VIEW;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.ProbedSchema;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Target;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Table;

/**
 * Turns on the {@code web.neutralize_banner} QWeb view, which ships inactive in 16.0–19.0: a red bar on the login
 * page and the backend ("Database neutralized for testing: no emails sent, etc."; 16.0: "This database is
 * neutralized.") and, from 17.0, a {@code noindex, nofollow} robots meta tag. Nothing in Odoo's JS reads the
 * flag: this view is how people see that a database is neutralized.
 */
public final class WebBannerTarget implements Target {

    /** The view key. */
    public static final String VIEW_KEY = "web.neutralize_banner";

    @Override
    public NeutralizationTarget id() {
        return NeutralizationTarget.WEB_BANNER;
    }

    @Override
    public Set<Table<?>> tables() {
        return Set.of(IR_UI_VIEW);
    }

    @Override
    public Optional<String> unavailableReason(ProbedSchema schema) {
        return Target.require(schema, IR_UI_VIEW.KEY, IR_UI_VIEW.ACTIVE);
    }

    @Override
    public List<Step> steps(RunContext context) {
        return List.of(Step.update(context.dsl(), IR_UI_VIEW, Map.of(IR_UI_VIEW.ACTIVE, true),
                IR_UI_VIEW.KEY.eq(VIEW_KEY).and(IR_UI_VIEW.ACTIVE.isDistinctFrom(true))));
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("web", "ir_ui_view `web.neutralize_banner`",
                "banner view active",
                "16.0–19.0");
    }
}
