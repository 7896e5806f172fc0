package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.PAYMENT_PROVIDER;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import ai.insightpulse.odooops.neutralize.jooq.internal.schema.tables.PaymentProvider;
import java.util.List;
import org.jooq.TableField;

/**
 * Disables every live payment provider and removes every provider's credentials, in one statement: payment's
 * {@code neutralize.sql} (state to {@code disabled} unless {@code test} or {@code disabled}; identical in
 * 16.0–19.0) plus the one of each {@code payment_<provider>} module (credential columns to NULL). Providers come
 * and go between series (alipay, ogone, payulatam, payumoney, sips: 16.0–17.0; dpo, iyzico, nuvei, paymob,
 * redsys: 19.0+; PayPal's columns changed in 18.0): only the columns the probe finds are named.
 *
 * <p>Beyond Odoo: PayPal's cached {@code paypal_access_token} (18.0+) is a bearer token, nulled too.
 */
public final class PaymentProvidersTarget extends RewriteTarget {

    private static final PaymentProvider P = PAYMENT_PROVIDER;

    /** Every credential column Odoo nulls in some series, plus PayPal's cached access token. */
    static final List<TableField<?, String>> CREDENTIALS = List.of(
            P.ADYEN_MERCHANT_ACCOUNT, P.ADYEN_API_KEY, P.ADYEN_HMAC_KEY,
            P.ALIPAY_MERCHANT_PARTNER_ID, P.ALIPAY_MD5_SIGNATURE_KEY, P.ALIPAY_SELLER_EMAIL,
            P.APS_MERCHANT_IDENTIFIER, P.APS_ACCESS_CODE, P.APS_SHA_REQUEST, P.APS_SHA_RESPONSE,
            P.ASIAPAY_MERCHANT_ID, P.ASIAPAY_SECURE_HASH_SECRET, P.ASIAPAY_SECURE_HASH_FUNCTION,
            P.AUTHORIZE_LOGIN, P.AUTHORIZE_TRANSACTION_KEY, P.AUTHORIZE_SIGNATURE_KEY, P.AUTHORIZE_CLIENT_KEY,
            P.BUCKAROO_WEBSITE_KEY, P.BUCKAROO_SECRET_KEY,
            P.DPO_COMPANY_TOKEN, P.DPO_SERVICE_REF,
            P.FLUTTERWAVE_PUBLIC_KEY, P.FLUTTERWAVE_SECRET_KEY, P.FLUTTERWAVE_WEBHOOK_SECRET,
            P.IYZICO_KEY_ID, P.IYZICO_KEY_SECRET,
            P.MERCADO_PAGO_ACCESS_TOKEN,
            P.MOLLIE_API_KEY,
            P.NUVEI_MERCHANT_IDENTIFIER, P.NUVEI_SITE_IDENTIFIER, P.NUVEI_SECRET_KEY,
            P.OGONE_PSPID, P.OGONE_USERID, P.OGONE_PASSWORD, P.OGONE_SHAKEY_IN, P.OGONE_SHAKEY_OUT,
            P.PAYMOB_PUBLIC_KEY, P.PAYMOB_SECRET_KEY, P.PAYMOB_HMAC_KEY, P.PAYMOB_API_KEY,
            P.PAYPAL_EMAIL_ACCOUNT, P.PAYPAL_SELLER_ACCOUNT, P.PAYPAL_PDT_TOKEN, P.PAYPAL_CLIENT_ID,
            P.PAYPAL_CLIENT_SECRET, P.PAYPAL_ACCESS_TOKEN,
            P.PAYULATAM_MERCHANT_ID, P.PAYULATAM_ACCOUNT_ID, P.PAYULATAM_API_KEY,
            P.PAYUMONEY_MERCHANT_KEY, P.PAYUMONEY_MERCHANT_SALT,
            P.RAZORPAY_KEY_ID, P.RAZORPAY_KEY_SECRET, P.RAZORPAY_WEBHOOK_SECRET, P.RAZORPAY_ACCOUNT_ID,
            P.RAZORPAY_REFRESH_TOKEN, P.RAZORPAY_PUBLIC_TOKEN, P.RAZORPAY_ACCESS_TOKEN,
            P.REDSYS_MERCHANT_CODE, P.REDSYS_MERCHANT_TERMINAL, P.REDSYS_SECRET_KEY,
            P.SIPS_MERCHANT_ID, P.SIPS_SECRET,
            P.STRIPE_SECRET_KEY, P.STRIPE_PUBLISHABLE_KEY, P.STRIPE_WEBHOOK_SECRET,
            P.WORLDLINE_PSPID, P.WORLDLINE_API_KEY, P.WORLDLINE_API_SECRET, P.WORLDLINE_WEBHOOK_KEY,
            P.WORLDLINE_WEBHOOK_SECRET);

    /** Xendit's module writes dummy values instead of NULL (18.0+). */
    static final String XENDIT_SECRET = "dummysecret";
    static final String XENDIT_TOKEN = "dummytoken";

    /** The target. */
    public PaymentProvidersTarget() {
        super(NeutralizationTarget.PAYMENT_PROVIDERS);
    }


    @Override
    List<ColumnRewrite> rewrites() {
        ColumnRewrite r = ColumnRewrite.of(P)
                .setWhere(P.STATE, "disabled", P.STATE.notIn("test", "disabled"), P.STATE);
        for (TableField<?, String> column : CREDENTIALS) {
            r.set(column, (String) null);
        }
        // 16.0's asiapay file also clears the currency; harmless elsewhere (the column is gone)
        r.set(P.ASIAPAY_CURRENCY_ID, (Integer) null);
        r.set(P.RAZORPAY_ACCESS_TOKEN_EXPIRY, (java.time.LocalDateTime) null);
        r.set(P.XENDIT_SECRET_KEY, XENDIT_SECRET).set(P.XENDIT_WEBHOOK_TOKEN, XENDIT_TOKEN);
        return List.of(r);
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("payment, payment_* (adyen, alipay, aps, asiapay, authorize, buckaroo, dpo, "
                + "flutterwave, iyzico, mercado_pago, mollie, nuvei, ogone, paymob, paypal, payulatam, payumoney, "
                + "razorpay, redsys, sips, stripe, worldline, xendit)",
                "payment_provider.state and every provider credential column present",
                "enabled providers `disabled` (test ones stay in test); credentials NULL (Xendit: `dummysecret`/"
                        + "`dummytoken`); also PayPal's cached access token",
                "16.0–19.0 (provider columns per series, probed)");
    }
}
