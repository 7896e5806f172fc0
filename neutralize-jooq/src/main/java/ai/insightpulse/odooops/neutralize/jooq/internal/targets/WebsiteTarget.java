package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_UI_VIEW;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.WEBSITE;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Detaches websites from prod's domain and CDN, tells crawlers to stay away, and turns on the red
 * "NEUTRALIZED" ribbon view (website).
 *
 * <p>Odoo 16.0 only nulls the domain and turns the ribbon on; 17.0+ also turns the CDN off and writes a
 * blocking robots.txt. We apply the 17.0+ behaviour on every series: a copy served with prod's CDN and an
 * indexable robots.txt leaks into search results and prod's CDN cache.
 */
public final class WebsiteTarget extends RequiredColumnsTarget {

    /** The robots.txt Odoo 17.0+ writes. */
    public static final String ROBOTS_TXT = "User-agent: *\nDisallow: /";
    /** The ribbon view key. */
    public static final String RIBBON_KEY = "website.neutralize_ribbon";

    /** The target. */
    public WebsiteTarget() {
        super(NeutralizationTarget.WEBSITE, WEBSITE.ID, IR_UI_VIEW.KEY, IR_UI_VIEW.ACTIVE);
    }

    @Override
    public List<Step> steps(RunContext context) {
        List<Step> steps = new ArrayList<>(ColumnRewrite.of(WEBSITE)
                .set(WEBSITE.DOMAIN, (String) null)
                .set(WEBSITE.CDN_ACTIVATED, false)
                .set(WEBSITE.ROBOTS_TXT, ROBOTS_TXT)
                .steps(context));
        steps.add(Step.update(context.dsl(), IR_UI_VIEW, Map.of(IR_UI_VIEW.ACTIVE, true),
                IR_UI_VIEW.KEY.eq(RIBBON_KEY).and(IR_UI_VIEW.ACTIVE.isDistinctFrom(true))));
        return steps;
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("website", "website.domain, .cdn_activated, .robots_txt; ir_ui_view `"
                + RIBBON_KEY + "`",
                "domain NULL, CDN off, robots.txt `User-agent: *` / `Disallow: /`; ribbon view active",
                "16.0–19.0; the 17.0+ behaviour everywhere (16.0's Odoo leaves CDN and robots.txt)");
    }
}
