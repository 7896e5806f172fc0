package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IAP_ACCOUNT;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import java.util.List;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Disables IAP tokens with iap's 17.0+ rule: a token of at most 33 characters keeps its part before the first
 * {@code +} and gets {@code +disabled}; a longer one becomes {@code dummy_value+disabled} unless it already ends
 * in {@code +disabled}. Odoo 16.0 applies the first rule whatever the length; we apply the 17.0+ rule on every
 * series, because a long token with a suffix still carries the whole prod credential.
 */
public final class IapTokensTarget extends RewriteTarget {

    /** Longest token that keeps its body (Odoo's own limit). */
    static final int SHORT_TOKEN = 33;
    static final String SUFFIX = "+disabled";
    static final String DUMMY = "dummy_value+disabled";

    /** The target. */
    public IapTokensTarget() {
        super(NeutralizationTarget.IAP_TOKENS);
    }


    @Override
    List<ColumnRewrite> rewrites() {
        Field<String> token = IAP_ACCOUNT.ACCOUNT_TOKEN;
        Field<String> disabled = DSL.when(DSL.length(token).le(SHORT_TOKEN),
                        DSL.regexpReplaceFirst(token, DSL.inline("(\\+.*)?$"), DSL.inline(SUFFIX)))
                .when(token.notLike("%" + SUFFIX), DSL.inline(DUMMY))
                .otherwise(token);
        return List.of(ColumnRewrite.of(IAP_ACCOUNT).set(IAP_ACCOUNT.ACCOUNT_TOKEN, disabled));
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("iap", "iap_account.account_token",
                "tokens ≤ 33 chars: part after the first `+` replaced by `+disabled`; longer ones "
                        + "`dummy_value+disabled`",
                "16.0–19.0; the 17.0+ two-step rule everywhere (16.0's Odoo suffixes every token)");
    }
}
