package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.RES_COMPANY;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import java.util.List;

/**
 * Removes the per-company keys of outside services Odoo 19.0 neutralizes: Gelato print-on-demand
 * (sale_gelato: key and webhook secret NULL) and Twilio SMS (sms_twilio: auth token replaced), so a copy neither
 * orders prints nor sends SMS on prod's accounts.
 */
public final class CompanyApiKeysTarget extends RewriteTarget {

    /** The target. */
    public CompanyApiKeysTarget() {
        super(NeutralizationTarget.COMPANY_API_KEYS);
    }


    @Override
    List<ColumnRewrite> rewrites() {
        return List.of(ColumnRewrite.of(RES_COMPANY)
                .set(RES_COMPANY.GELATO_API_KEY, (String) null).set(RES_COMPANY.GELATO_WEBHOOK_SECRET, (String) null)
                .set(RES_COMPANY.SMS_TWILIO_AUTH_TOKEN, "dummy"));
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("sale_gelato, sms_twilio",
                "res_company.gelato_api_key, .gelato_webhook_secret, .sms_twilio_auth_token",
                "Gelato key and webhook secret NULL; Twilio auth token `dummy`",
                "19.0 when the module is installed (columns probed)");
    }
}
