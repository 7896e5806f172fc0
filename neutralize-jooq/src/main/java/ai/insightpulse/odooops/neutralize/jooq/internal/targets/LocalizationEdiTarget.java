package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.RES_COMPANY;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import ai.insightpulse.odooops.neutralize.jooq.internal.schema.tables.ResCompany;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Switches every company's localisation e-invoicing / fiscal-authority connection to its test environment and
 * removes its credentials, as the {@code l10n_*} modules' files do (Egypt, Spain SII/TicketBAI/Veri*factu,
 * Greece, Hungary, India e-invoice/e-waybill, Italy, Jordan, Kenya, Malaysia, Romania, Serbia, Saudi Arabia,
 * Türkiye, Vietnam). Each column exists only with its module; 16.0/17.0 Spain uses {@code l10n_es_edi_test_env},
 * 18.0+ {@code l10n_es_sii_test_env}; 19.0 moved India's e-waybill columns to {@code l10n_in_ewaybill_*}.
 * Hungary is rewritten only where the server mode is {@code production}, as Odoo does.
 */
public final class LocalizationEdiTarget extends RewriteTarget {

    private static final ResCompany C = RES_COMPANY;

    /** The target. */
    public LocalizationEdiTarget() {
        super(NeutralizationTarget.LOCALIZATION_EDI);
    }


    @Override
    List<ColumnRewrite> rewrites() {
        ColumnRewrite all = ColumnRewrite.of(C)
                .set(C.L10N_EG_PRODUCTION_ENV, false).set(C.L10N_EG_CLIENT_SECRET, "dummy")
                .set(C.L10N_ES_EDI_TEST_ENV, true).set(C.L10N_ES_SII_TEST_ENV, true)
                .set(C.L10N_ES_TBAI_TEST_ENV, true).set(C.L10N_ES_EDI_VERIFACTU_TEST_ENVIRONMENT, true)
                .set(C.L10N_GR_EDI_TEST_ENV, true)
                .set(C.L10N_IN_EDI_PRODUCTION_ENV, false)
                .set(C.L10N_IN_EDI_USERNAME, (String) null).set(C.L10N_IN_EDI_PASSWORD, (String) null)
                .set(C.L10N_IN_EDI_TOKEN, (String) null).set(C.L10N_IN_EDI_TOKEN_VALIDITY, (LocalDateTime) null)
                .set(C.L10N_IN_EDI_EWAYBILL_USERNAME, (String) null)
                .set(C.L10N_IN_EDI_EWAYBILL_PASSWORD, (String) null)
                .set(C.L10N_IN_EDI_EWAYBILL_AUTH_VALIDITY, (LocalDateTime) null)
                .set(C.L10N_IN_EWAYBILL_USERNAME, (String) null).set(C.L10N_IN_EWAYBILL_PASSWORD, (String) null)
                .set(C.L10N_IN_EWAYBILL_AUTH_VALIDITY, (LocalDateTime) null)
                .set(C.L10N_IT_EDI_REGISTER, false)
                .set(C.L10N_JO_EDI_SECRET_KEY, "dummy").set(C.L10N_JO_EDI_CLIENT_IDENTIFIER, "dummy")
                .set(C.L10N_KE_CU_PROXY_ADDRESS, "")
                .set(C.L10N_MY_EDI_MODE, "test")
                .set(C.L10N_RO_EDI_TEST_ENV, true).set(C.L10N_RO_EDI_CLIENT_ID, (String) null)
                .set(C.L10N_RO_EDI_CLIENT_SECRET, (String) null).set(C.L10N_RO_EDI_ACCESS_TOKEN, (String) null)
                .set(C.L10N_RO_EDI_REFRESH_TOKEN, (String) null)
                .set(C.L10N_RS_EDI_API_KEY, "dummy").set(C.L10N_RS_EDI_DEMO_ENV, true)
                .set(C.L10N_SA_API_MODE, "sandbox")
                .set(C.L10N_TR_NILVERA_API_KEY, (String) null).set(C.L10N_TR_NILVERA_USE_TEST_ENV, true)
                .set(C.L10N_TR_NILVERA_PURCHASE_JOURNAL_ID, (Integer) null)
                .set(C.L10N_VN_EDI_USERNAME, "").set(C.L10N_VN_EDI_PASSWORD, "");
        // l10n_hu_edi rewrites only companies in production; folded into the same statement so a company counts once
        var production = C.L10N_HU_EDI_SERVER_MODE.eq("production");
        var mode = C.L10N_HU_EDI_SERVER_MODE;
        all.setWhere(mode, "test", production)
                .setWhere(C.L10N_HU_EDI_USERNAME, "", production, mode)
                .setWhere(C.L10N_HU_EDI_PASSWORD, "", production, mode)
                .setWhere(C.L10N_HU_EDI_SIGNATURE_KEY, "", production, mode)
                .setWhere(C.L10N_HU_EDI_REPLACEMENT_KEY, "", production, mode);
        return List.of(all);
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("l10n_eg_edi_eta, l10n_es_edi_sii, l10n_es_edi_tbai, l10n_es_edi_verifactu, "
                + "l10n_gr_edi, l10n_hu_edi, l10n_in, l10n_in_edi, l10n_in_edi_ewaybill, l10n_in_ewaybill, "
                + "l10n_it_edi, l10n_jo_edi, l10n_ke_edi_tremol, l10n_my_edi, l10n_ro_edi, l10n_rs_edi, l10n_sa_edi, "
                + "l10n_tr_nilvera, l10n_vn_edi_viettel",
                "res_company `l10n_*` EDI columns present",
                "test/sandbox/demo environment on; production flags off; credentials NULL, empty or `dummy` "
                        + "as each module does (Hungary only where in production)",
                "16.0–19.0 when a localisation is installed (columns probed; none in the bare fixtures)");
    }
}
