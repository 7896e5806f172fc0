package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.AUTH_OAUTH_PROVIDER;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_CONFIG_PARAMETER;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_MODEL_DATA;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * Disables OAuth sign-in providers (auth_oauth, 16.0–19.0), except those the database itself asks to keep.
 *
 * <p>Upstream auth_oauth's {@code neutralize.sql} keeps the providers whose ids are listed in the config
 * parameter {@code auth_oauth.dont_neutralize_providers}, a JSON array such as {@code [3, 7]}; a missing or
 * non-array value disables every provider. We honour the same parameter without casting it to {@code jsonb}
 * (a malformed value would abort the whole transaction): a provider is kept when its id appears as an array
 * element, and — an extension — when its xml id appears quoted, e.g. {@code ["auth_oauth.provider_google"]}.
 * Kept providers are left as they are, never switched on.
 */
public final class OAuthProvidersTarget extends RequiredColumnsTarget {

    /** The config parameter listing the providers to keep. */
    public static final String KEEP_PARAMETER = "auth_oauth.dont_neutralize_providers";
    /** The {@code ir_model_data.model} of OAuth providers. */
    public static final String PROVIDER_MODEL = "auth.oauth.provider";

    /** The target. */
    public OAuthProvidersTarget() {
        super(NeutralizationTarget.OAUTH_PROVIDERS, AUTH_OAUTH_PROVIDER.ID, AUTH_OAUTH_PROVIDER.ENABLED,
                IR_CONFIG_PARAMETER.KEY, IR_CONFIG_PARAMETER.VALUE, IR_MODEL_DATA.MODULE, IR_MODEL_DATA.NAME,
                IR_MODEL_DATA.MODEL, IR_MODEL_DATA.RES_ID);
    }

    @Override
    public List<Step> steps(RunContext context) {
        var p = IR_CONFIG_PARAMETER.as("keep");
        var d = IR_MODEL_DATA.as("provider_xmlid");
        Condition isArray = p.VALUE.likeRegex("^\\s*\\[.*\\]\\s*$");
        Condition idListed = p.VALUE.likeRegex(DSL.inline("[\\[,]\\s*")
                .concat(AUTH_OAUTH_PROVIDER.ID.cast(String.class)).concat(DSL.inline("\\s*[,\\]]")));
        Condition xmlIdListed = DSL.exists(DSL.selectOne().from(d)
                .where(d.MODEL.eq(PROVIDER_MODEL)).and(d.RES_ID.eq(AUTH_OAUTH_PROVIDER.ID))
                .and(DSL.position(p.VALUE, DSL.inline("\"").concat(d.MODULE).concat(DSL.inline("."))
                        .concat(d.NAME).concat(DSL.inline("\""))).gt(0)));
        Condition kept = DSL.exists(DSL.selectOne().from(p)
                .where(p.KEY.eq(KEEP_PARAMETER)).and(isArray).and(idListed.or(xmlIdListed)));
        return List.of(Step.update(context.dsl(), AUTH_OAUTH_PROVIDER, Map.of(AUTH_OAUTH_PROVIDER.ENABLED, false),
                AUTH_OAUTH_PROVIDER.ENABLED.isDistinctFrom(false).andNot(kept)));
    }

    @Override
    public Set<String> configParameterKeys() {
        return Set.of(KEEP_PARAMETER);
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("auth_oauth", "auth_oauth_provider.enabled; ir_config_parameter `"
                + KEEP_PARAMETER + "`; ir_model_data",
                "every provider disabled except those whose id (or quoted xml id) is listed in the JSON array `"
                        + KEEP_PARAMETER + "`",
                "16.0–19.0");
    }
}
