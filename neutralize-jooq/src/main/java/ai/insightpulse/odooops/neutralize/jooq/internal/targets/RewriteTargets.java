package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.CERTIFICATE_CERTIFICATE;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.CERTIFICATE_KEY;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.DELIVERY_CARRIER;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.FETCHMAIL_SERVER;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.GOOGLE_CALENDAR_CREDENTIALS;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IAP_ACCOUNT;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_ACT_SERVER;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_MAIL_SERVER;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_UI_VIEW;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.MAIL_TEMPLATE;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.MICROSOFT_CALENDAR_CREDENTIALS;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.PAYMENT_PROVIDER;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.POS_PAYMENT_METHOD;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.RES_COMPANY;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.RES_USERS;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.RES_USERS_SETTINGS;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.WEBSITE;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Target;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import ai.insightpulse.odooops.neutralize.jooq.internal.schema.tables.PaymentProvider;
import ai.insightpulse.odooops.neutralize.jooq.internal.schema.tables.PosPaymentMethod;
import ai.insightpulse.odooops.neutralize.jooq.internal.schema.tables.ResCompany;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.Field;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * The targets that only set columns on rows and delete, empty or set system parameters: each is a few lines of
 * data (its rewrites and what it mirrors), with the Odoo behaviour behind its values. Targets with logic of their
 * own (the mail sink, crons, the database identity, EDI proxy users, ...) are classes of their own.
 */
public final class RewriteTargets {

    private RewriteTargets() {
    }

    /**
     * Sets {@code database.is_neutralized} to the text {@code true}, as Odoo 16.0–19.0 write it. Odoo reads it in
     * {@code ir.cron.toggle()} (a neutralized database does not re-enable the fetchmail cron) and in
     * {@code iap.account.create()} (new IAP tokens get {@code +disabled}).
     */
    public static Target neutralizedFlag() {
        return new RewriteTarget(NeutralizationTarget.NEUTRALIZED_FLAG,
                new TargetInfo("base", "ir_config_parameter `database.is_neutralized`", "set to the text `true`",
                        "16.0–19.0"),
                ParameterRewrite.upsert("database.is_neutralized", "true"));
    }

    /**
     * Turns on the {@code web.neutralize_banner} QWeb view, which ships inactive in 16.0–19.0: a red bar on the
     * login page and the backend ("Database neutralized for testing: no emails sent, etc."; 16.0: "This database
     * is neutralized.") and, from 17.0, a {@code noindex, nofollow} robots meta tag. Nothing in Odoo's JS reads
     * the flag: this view is how people see that a database is neutralized.
     */
    public static Target webBanner() {
        return new RewriteTarget(NeutralizationTarget.WEB_BANNER,
                new TargetInfo("web", "ir_ui_view `web.neutralize_banner`", "banner view active", "16.0–19.0"),
                ColumnRewrite.of(IR_UI_VIEW).onlyRows(IR_UI_VIEW.KEY.eq("web.neutralize_banner"), IR_UI_VIEW.KEY)
                        .set(IR_UI_VIEW.ACTIVE, true));
    }

    /**
     * Archives every incoming mail server, as mail's {@code neutralize.sql} does in 16.0–19.0: a copy that still
     * polls prod's mailbox steals (and, with "delete after fetch", deletes) customers' mail. Only {@code active}
     * is needed, so OCA {@code mail_environment}, which drops the connection columns, does not stop it.
     */
    public static Target incomingMail() {
        return new RewriteTarget(NeutralizationTarget.INCOMING_MAIL,
                new TargetInfo("mail", "fetchmail_server.active", "every incoming mail server archived",
                        "16.0–19.0"),
                ColumnRewrite.of(FETCHMAIL_SERVER).set(FETCHMAIL_SERVER.ACTIVE, false));
    }

    /**
     * Replaces the URL of every webhook server action with the placeholder Odoo's base {@code neutralize.sql}
     * writes (17.0+). 16.0 has no webhook state and no {@code webhook_url} column: the target is skipped there.
     */
    public static Target webhooks() {
        String placeholder = "neutralization - disable webhook";
        return new RewriteTarget(NeutralizationTarget.WEBHOOKS,
                new TargetInfo("base", "ir_act_server.webhook_url where state = 'webhook'",
                        "webhook URL replaced by `" + placeholder + "`", "17.0–19.0 (16.0 has no webhooks: skipped)"),
                ColumnRewrite.of(IR_ACT_SERVER).onlyRows(IR_ACT_SERVER.STATE.eq("webhook"), IR_ACT_SERVER.STATE)
                        .set(IR_ACT_SERVER.WEBHOOK_URL, placeholder));
    }

    /**
     * Unpins mail templates from a specific outgoing server (mail, 16.0–19.0), so every message goes through the
     * server selection that finds only the sink.
     */
    public static Target mailTemplateServers() {
        return new RewriteTarget(NeutralizationTarget.MAIL_TEMPLATE_SERVERS,
                new TargetInfo("mail", "mail_template.mail_server_id", "server pin removed (NULL)", "16.0–19.0"),
                ColumnRewrite.of(MAIL_TEMPLATE).set(MAIL_TEMPLATE.MAIL_SERVER_ID, (Integer) null));
    }

    /**
     * Disables every live payment provider and removes every provider's credentials, in one statement: payment's
     * {@code neutralize.sql} (state to {@code disabled} unless {@code test} or {@code disabled}; identical in
     * 16.0–19.0) plus the one of each {@code payment_<provider>} module (credential columns to NULL). Providers
     * come and go between series (alipay, ogone, payulatam, payumoney, sips: 16.0–17.0; dpo, iyzico, nuvei,
     * paymob, redsys: 19.0+; PayPal's columns changed in 18.0): only the columns the probe finds are named.
     *
     * <p>Beyond Odoo: PayPal's cached {@code paypal_access_token} (18.0+) is a bearer token, nulled too. Xendit's
     * module writes dummy values instead of NULL (18.0+).
     */
    public static Target paymentProviders() {
        PaymentProvider p = PAYMENT_PROVIDER;
        // every credential column Odoo nulls in some series, plus PayPal's cached access token
        List<TableField<?, String>> credentials = List.of(
                p.ADYEN_MERCHANT_ACCOUNT, p.ADYEN_API_KEY, p.ADYEN_HMAC_KEY,
                p.ALIPAY_MERCHANT_PARTNER_ID, p.ALIPAY_MD5_SIGNATURE_KEY, p.ALIPAY_SELLER_EMAIL,
                p.APS_MERCHANT_IDENTIFIER, p.APS_ACCESS_CODE, p.APS_SHA_REQUEST, p.APS_SHA_RESPONSE,
                p.ASIAPAY_MERCHANT_ID, p.ASIAPAY_SECURE_HASH_SECRET, p.ASIAPAY_SECURE_HASH_FUNCTION,
                p.AUTHORIZE_LOGIN, p.AUTHORIZE_TRANSACTION_KEY, p.AUTHORIZE_SIGNATURE_KEY, p.AUTHORIZE_CLIENT_KEY,
                p.BUCKAROO_WEBSITE_KEY, p.BUCKAROO_SECRET_KEY,
                p.DPO_COMPANY_TOKEN, p.DPO_SERVICE_REF,
                p.FLUTTERWAVE_PUBLIC_KEY, p.FLUTTERWAVE_SECRET_KEY, p.FLUTTERWAVE_WEBHOOK_SECRET,
                p.IYZICO_KEY_ID, p.IYZICO_KEY_SECRET,
                p.MERCADO_PAGO_ACCESS_TOKEN,
                p.MOLLIE_API_KEY,
                p.NUVEI_MERCHANT_IDENTIFIER, p.NUVEI_SITE_IDENTIFIER, p.NUVEI_SECRET_KEY,
                p.OGONE_PSPID, p.OGONE_USERID, p.OGONE_PASSWORD, p.OGONE_SHAKEY_IN, p.OGONE_SHAKEY_OUT,
                p.PAYMOB_PUBLIC_KEY, p.PAYMOB_SECRET_KEY, p.PAYMOB_HMAC_KEY, p.PAYMOB_API_KEY,
                p.PAYPAL_EMAIL_ACCOUNT, p.PAYPAL_SELLER_ACCOUNT, p.PAYPAL_PDT_TOKEN, p.PAYPAL_CLIENT_ID,
                p.PAYPAL_CLIENT_SECRET, p.PAYPAL_ACCESS_TOKEN,
                p.PAYULATAM_MERCHANT_ID, p.PAYULATAM_ACCOUNT_ID, p.PAYULATAM_API_KEY,
                p.PAYUMONEY_MERCHANT_KEY, p.PAYUMONEY_MERCHANT_SALT,
                p.RAZORPAY_KEY_ID, p.RAZORPAY_KEY_SECRET, p.RAZORPAY_WEBHOOK_SECRET, p.RAZORPAY_ACCOUNT_ID,
                p.RAZORPAY_REFRESH_TOKEN, p.RAZORPAY_PUBLIC_TOKEN, p.RAZORPAY_ACCESS_TOKEN,
                p.REDSYS_MERCHANT_CODE, p.REDSYS_MERCHANT_TERMINAL, p.REDSYS_SECRET_KEY,
                p.SIPS_MERCHANT_ID, p.SIPS_SECRET,
                p.STRIPE_SECRET_KEY, p.STRIPE_PUBLISHABLE_KEY, p.STRIPE_WEBHOOK_SECRET,
                p.WORLDLINE_PSPID, p.WORLDLINE_API_KEY, p.WORLDLINE_API_SECRET, p.WORLDLINE_WEBHOOK_KEY,
                p.WORLDLINE_WEBHOOK_SECRET);
        ColumnRewrite r = ColumnRewrite.of(p).setWhere(p.STATE, "disabled", p.STATE.notIn("test", "disabled"), p.STATE);
        for (TableField<?, String> column : credentials) {
            r.set(column, (String) null);
        }
        // 16.0's asiapay file also clears the currency; harmless elsewhere (the column is gone)
        r.set(p.ASIAPAY_CURRENCY_ID, (Integer) null);
        r.set(p.RAZORPAY_ACCESS_TOKEN_EXPIRY, (LocalDateTime) null);
        r.set(p.XENDIT_SECRET_KEY, "dummysecret").set(p.XENDIT_WEBHOOK_TOKEN, "dummytoken");
        return new RewriteTarget(NeutralizationTarget.PAYMENT_PROVIDERS,
                new TargetInfo("payment, payment_* (adyen, alipay, aps, asiapay, authorize, buckaroo, dpo, "
                        + "flutterwave, iyzico, mercado_pago, mollie, nuvei, ogone, paymob, paypal, payulatam, "
                        + "payumoney, razorpay, redsys, sips, stripe, worldline, xendit)",
                        "payment_provider.state and every provider credential column present",
                        "enabled providers `disabled` (test ones stay in test); credentials NULL (Xendit: "
                                + "`dummysecret`/`dummytoken`); also PayPal's cached access token",
                        "16.0–19.0 (provider columns per series, probed)"),
                r);
    }

    /**
     * Puts every point-of-sale payment terminal in test mode and replaces its keys with Odoo's dummy values, as
     * the {@code pos_<terminal>} modules' files do (adyen 16.0+; mercado_pago, paytm, razorpay, viva_wallet
     * 17.0/18.0+; glory_cash, pine_labs, qfpay, viva_com 19.0). Each terminal's columns exist only with its
     * module.
     */
    public static Target posTerminals() {
        PosPaymentMethod m = POS_PAYMENT_METHOD;
        String dummyKey = "dummykey00012345"; // Paytm's and Razorpay's
        return new RewriteTarget(NeutralizationTarget.POS_TERMINALS,
                new TargetInfo("pos_adyen, pos_mercado_pago, pos_paytm, pos_razorpay, pos_viva_wallet, "
                        + "pos_viva_com, pos_glory_cash, pos_pine_labs, pos_qfpay",
                        "pos_payment_method terminal columns present (`*_test_mode`, keys, tokens, glory websocket "
                                + "address)",
                        "every terminal in test mode; keys and tokens replaced by Odoo's dummy values",
                        "16.0–19.0 when a terminal module is installed (columns probed; none in the bare fixtures)"),
                ColumnRewrite.of(m)
                        .set(m.ADYEN_TEST_MODE, true)
                        // pos_mercado_pago only rewrites methods that have a token
                        .setWhere(m.MP_BEARER_TOKEN, "dummy_value", m.MP_BEARER_TOKEN.isNotNull())
                        .setWhere(m.MP_WEBHOOK_SECRET_KEY, "dummy_value", m.MP_BEARER_TOKEN.isNotNull(),
                                m.MP_BEARER_TOKEN)
                        .set(m.PAYTM_TEST_MODE, true).set(m.PAYTM_MERCHANT_KEY, dummyKey)
                        .set(m.RAZORPAY_TEST_MODE, true).set(m.RAZORPAY_API_KEY, dummyKey)
                        .set(m.VIVA_WALLET_TEST_MODE, true)
                        .set(m.VIVA_COM_TEST_MODE, true)
                        .set(m.GLORY_WEBSOCKET_ADDRESS, "0.0.0.0")
                        .set(m.PINE_LABS_TEST_MODE, true).set(m.PINE_LABS_MERCHANT, "dummymerchant")
                        .set(m.PINE_LABS_SECURITY_TOKEN, "dummy123456")
                        .set(m.QFPAY_POS_KEY, "dummy").set(m.QFPAY_NOTIFICATION_KEY, "dummy"));
    }

    /**
     * Takes every carrier out of production mode and archives the carriers linked to an outside provider
     * (delivery, 17.0+); Mondial Relay's brand becomes its test brand ({@code BDTEST} and two spaces).
     *
     * <p>Odoo 16.0 archives <em>every</em> carrier, fixed-price and rule-based ones included, which breaks
     * checkout on the copy without making anything safer (those carriers compute prices locally and never call
     * out). We apply the 17.0+ rule on every series, deliberately.
     */
    public static Target deliveryCarriers() {
        List<String> localTypes = List.of("fixed", "base_on_rule");
        return new RewriteTarget(NeutralizationTarget.DELIVERY_CARRIERS,
                new TargetInfo("delivery, delivery_mondialrelay",
                        "delivery_carrier.prod_environment, .active, .mondialrelay_brand",
                        "`prod_environment` false; carriers other than `fixed`/`base_on_rule` archived; Mondial "
                                + "Relay brand `BDTEST  `",
                        "16.0–19.0; the 17.0+ rule everywhere (16.0's Odoo archives all carriers, we keep local "
                                + "ones)"),
                ColumnRewrite.of(DELIVERY_CARRIER)
                        .set(DELIVERY_CARRIER.PROD_ENVIRONMENT, false)
                        .setWhere(DELIVERY_CARRIER.ACTIVE, false, DELIVERY_CARRIER.DELIVERY_TYPE.notIn(localTypes)
                                .or(DELIVERY_CARRIER.DELIVERY_TYPE.isNull()), DELIVERY_CARRIER.DELIVERY_TYPE)
                        .set(DELIVERY_CARRIER.MONDIALRELAY_BRAND, "BDTEST  "));
    }

    /**
     * Disables IAP tokens with iap's 17.0+ rule: a token of at most 33 characters (Odoo's own limit) keeps its
     * part before the first {@code +} and gets {@code +disabled}; a longer one becomes
     * {@code dummy_value+disabled} unless it already ends in {@code +disabled}. Odoo 16.0 applies the first rule
     * whatever the length; we apply the 17.0+ rule on every series, because a long token with a suffix still
     * carries the whole prod credential.
     */
    public static Target iapTokens() {
        String suffix = "+disabled";
        Field<String> token = IAP_ACCOUNT.ACCOUNT_TOKEN;
        Field<String> disabled = DSL.when(DSL.length(token).le(33),
                        DSL.regexpReplaceFirst(token, DSL.inline("(\\+.*)?$"), DSL.inline(suffix)))
                .when(token.notLike("%" + suffix), DSL.inline("dummy_value" + suffix))
                .otherwise(token);
        return new RewriteTarget(NeutralizationTarget.IAP_TOKENS,
                new TargetInfo("iap", "iap_account.account_token",
                        "tokens ≤ 33 chars: part after the first `+` replaced by `+disabled`; longer ones "
                                + "`dummy_value+disabled`",
                        "16.0–19.0; the 17.0+ two-step rule everywhere (16.0's Odoo suffixes every token)"),
                ColumnRewrite.of(IAP_ACCOUNT).set(IAP_ACCOUNT.ACCOUNT_TOKEN, disabled));
    }

    /**
     * Drops Google and Microsoft calendar OAuth tokens and stops synchronization (google_calendar,
     * microsoft_calendar). The tokens moved between series, so each place is rewritten where the probe finds it:
     * <ul>
     *   <li>16.0/17.0: {@code google_calendar_credentials} (tokens, stopped flag);</li>
     *   <li>16.0: Microsoft tokens and stopped flag on {@code res_users};</li>
     *   <li>17.0: Microsoft tokens on {@code res_users}, sync state in {@code microsoft_calendar_credentials};</li>
     *   <li>18.0+: Google and Microsoft sync state on {@code res_users_settings}, Microsoft tokens on
     *       {@code res_users}.</li>
     * </ul>
     */
    public static Target calendarTokens() {
        var g = GOOGLE_CALENDAR_CREDENTIALS;
        var m = MICROSOFT_CALENDAR_CREDENTIALS;
        var u = RES_USERS;
        var s = RES_USERS_SETTINGS;
        return new RewriteTarget(NeutralizationTarget.CALENDAR_TOKENS,
                new TargetInfo("google_calendar, microsoft_calendar",
                        "google_calendar_credentials (16.0–17.0); microsoft_calendar_credentials (17.0); res_users "
                                + "`microsoft_calendar_token`, `_rtoken` (+ `microsoft_synchronization_stopped` in "
                                + "16.0); res_users_settings `google_*`/`microsoft_*` (18.0+)",
                        "access/refresh tokens and Microsoft sync token/date NULL; synchronization stopped",
                        "16.0–19.0 (each series' own tables, probed)"),
                ColumnRewrite.of(g).set(g.CALENDAR_TOKEN, (String) null).set(g.CALENDAR_RTOKEN, (String) null)
                        .set(g.SYNCHRONIZATION_STOPPED, true),
                ColumnRewrite.of(m).set(m.CALENDAR_SYNC_TOKEN, (String) null).set(m.SYNCHRONIZATION_STOPPED, true)
                        .set(m.LAST_SYNC_DATE, (LocalDateTime) null),
                ColumnRewrite.of(u).set(u.MICROSOFT_CALENDAR_TOKEN, (String) null)
                        .set(u.MICROSOFT_CALENDAR_RTOKEN, (String) null)
                        .set(u.MICROSOFT_SYNCHRONIZATION_STOPPED, true),
                ColumnRewrite.of(s).set(s.GOOGLE_CALENDAR_TOKEN, (String) null)
                        .set(s.GOOGLE_CALENDAR_RTOKEN, (String) null).set(s.GOOGLE_SYNCHRONIZATION_STOPPED, true)
                        .set(s.MICROSOFT_CALENDAR_SYNC_TOKEN, (String) null)
                        .set(s.MICROSOFT_SYNCHRONIZATION_STOPPED, true)
                        .set(s.MICROSOFT_LAST_SYNC_DATE, (LocalDateTime) null));
    }

    /**
     * Deletes the cloud-storage provider choice and its Azure/Google credentials (cloud_storage*, 18.0+): a copy
     * that keeps them writes attachments into, and can delete from, prod's bucket.
     */
    public static Target cloudStorage() {
        return new RewriteTarget(NeutralizationTarget.CLOUD_STORAGE,
                new TargetInfo("cloud_storage, cloud_storage_azure, cloud_storage_google",
                        "ir_config_parameter `cloud_storage_provider`, `cloud_storage_azure_*`, "
                                + "`cloud_storage_google_*`",
                        "provider choice and Azure/Google credentials deleted (attachments stay in the database)",
                        "18.0–19.0 (no-op where the keys are absent)"),
                ParameterRewrite.delete("cloud_storage_provider", "cloud_storage_azure_account_name",
                        "cloud_storage_azure_container_name", "cloud_storage_azure_tenant_id",
                        "cloud_storage_azure_client_id", "cloud_storage_azure_client_secret",
                        "cloud_storage_google_bucket_name", "cloud_storage_google_account_info"));
    }

    /**
     * Deletes the custom Jitsi server of event rooms (website_event_jitsi, 16.0–18.0), so a copy does not open
     * meeting rooms on prod's video server.
     */
    public static Target jitsi() {
        return new RewriteTarget(NeutralizationTarget.JITSI,
                new TargetInfo("website_event_jitsi", "ir_config_parameter `website_jitsi.jitsi_server_domain`",
                        "custom Jitsi server domain deleted (Odoo falls back to the public meet.jit.si)",
                        "16.0–18.0 (module gone in 19.0; no-op where the key is absent)"),
                ParameterRewrite.delete("website_jitsi.jitsi_server_domain"));
    }

    /**
     * Replaces the Google Places API key with Odoo's {@code dummy}: on every website, NULL keys included, as
     * website_sale_autocomplete's file does (16.0–19.0), and in the 19.0 config parameter of
     * google_address_autocomplete, so a copy does not bill prod's Google account for address completion.
     */
    public static Target googlePlaces() {
        String dummy = "dummy";
        String parameter = "google_address_autocomplete.google_places_api_key";
        return new RewriteTarget(NeutralizationTarget.GOOGLE_PLACES,
                new TargetInfo("website_sale_autocomplete, google_address_autocomplete",
                        "website.google_places_api_key; ir_config_parameter `" + parameter + "`",
                        "API key set to `dummy` on every website (NULL ones included, as Odoo does); the parameter "
                                + "where it exists",
                        "16.0–19.0 when the module is installed (column/key probed)"),
                ColumnRewrite.of(WEBSITE).set(WEBSITE.GOOGLE_PLACES_API_KEY, dummy),
                ParameterRewrite.setExisting(dummy, parameter));
    }

    /**
     * Replaces the passwords of stored certificates and private keys with Odoo's {@code dummy} (certificate,
     * 18.0+), so a copy cannot unlock prod's signing certificates (EDI, fiscal printers).
     */
    public static Target certificates() {
        String dummy = "dummy";
        return new RewriteTarget(NeutralizationTarget.CERTIFICATES,
                new TargetInfo("certificate", "certificate_certificate.pkcs12_password, certificate_key.password",
                        "passwords set to `dummy`", "18.0–19.0 (skipped before: no such module)"),
                ColumnRewrite.of(CERTIFICATE_CERTIFICATE).set(CERTIFICATE_CERTIFICATE.PKCS12_PASSWORD, dummy),
                ColumnRewrite.of(CERTIFICATE_KEY).set(CERTIFICATE_KEY.PASSWORD, dummy));
    }

    /**
     * Switches every company's localisation e-invoicing / fiscal-authority connection to its test environment
     * and removes its credentials, as the {@code l10n_*} modules' files do (Egypt, Spain SII/TicketBAI/Veri*factu,
     * Greece, Hungary, India e-invoice/e-waybill, Italy, Jordan, Kenya, Malaysia, Romania, Serbia, Saudi Arabia,
     * Türkiye, Vietnam). Each column exists only with its module; 16.0/17.0 Spain uses
     * {@code l10n_es_edi_test_env}, 18.0+ {@code l10n_es_sii_test_env}; 19.0 moved India's e-waybill columns to
     * {@code l10n_in_ewaybill_*}. Hungary is rewritten only where the server mode is {@code production}, as Odoo
     * does.
     */
    public static Target localizationEdi() {
        ResCompany c = RES_COMPANY;
        ColumnRewrite all = ColumnRewrite.of(c)
                .set(c.L10N_EG_PRODUCTION_ENV, false).set(c.L10N_EG_CLIENT_SECRET, "dummy")
                .set(c.L10N_ES_EDI_TEST_ENV, true).set(c.L10N_ES_SII_TEST_ENV, true)
                .set(c.L10N_ES_TBAI_TEST_ENV, true).set(c.L10N_ES_EDI_VERIFACTU_TEST_ENVIRONMENT, true)
                .set(c.L10N_GR_EDI_TEST_ENV, true)
                .set(c.L10N_IN_EDI_PRODUCTION_ENV, false)
                .set(c.L10N_IN_EDI_USERNAME, (String) null).set(c.L10N_IN_EDI_PASSWORD, (String) null)
                .set(c.L10N_IN_EDI_TOKEN, (String) null).set(c.L10N_IN_EDI_TOKEN_VALIDITY, (LocalDateTime) null)
                .set(c.L10N_IN_EDI_EWAYBILL_USERNAME, (String) null)
                .set(c.L10N_IN_EDI_EWAYBILL_PASSWORD, (String) null)
                .set(c.L10N_IN_EDI_EWAYBILL_AUTH_VALIDITY, (LocalDateTime) null)
                .set(c.L10N_IN_EWAYBILL_USERNAME, (String) null).set(c.L10N_IN_EWAYBILL_PASSWORD, (String) null)
                .set(c.L10N_IN_EWAYBILL_AUTH_VALIDITY, (LocalDateTime) null)
                .set(c.L10N_IT_EDI_REGISTER, false)
                .set(c.L10N_JO_EDI_SECRET_KEY, "dummy").set(c.L10N_JO_EDI_CLIENT_IDENTIFIER, "dummy")
                .set(c.L10N_KE_CU_PROXY_ADDRESS, "")
                .set(c.L10N_MY_EDI_MODE, "test")
                .set(c.L10N_RO_EDI_TEST_ENV, true).set(c.L10N_RO_EDI_CLIENT_ID, (String) null)
                .set(c.L10N_RO_EDI_CLIENT_SECRET, (String) null).set(c.L10N_RO_EDI_ACCESS_TOKEN, (String) null)
                .set(c.L10N_RO_EDI_REFRESH_TOKEN, (String) null)
                .set(c.L10N_RS_EDI_API_KEY, "dummy").set(c.L10N_RS_EDI_DEMO_ENV, true)
                .set(c.L10N_SA_API_MODE, "sandbox")
                .set(c.L10N_TR_NILVERA_API_KEY, (String) null).set(c.L10N_TR_NILVERA_USE_TEST_ENV, true)
                .set(c.L10N_TR_NILVERA_PURCHASE_JOURNAL_ID, (Integer) null)
                .set(c.L10N_VN_EDI_USERNAME, "").set(c.L10N_VN_EDI_PASSWORD, "");
        // l10n_hu_edi rewrites only companies in production; folded into the same statement so a company counts once
        var production = c.L10N_HU_EDI_SERVER_MODE.eq("production");
        var mode = c.L10N_HU_EDI_SERVER_MODE;
        all.setWhere(mode, "test", production)
                .setWhere(c.L10N_HU_EDI_USERNAME, "", production, mode)
                .setWhere(c.L10N_HU_EDI_PASSWORD, "", production, mode)
                .setWhere(c.L10N_HU_EDI_SIGNATURE_KEY, "", production, mode)
                .setWhere(c.L10N_HU_EDI_REPLACEMENT_KEY, "", production, mode);
        return new RewriteTarget(NeutralizationTarget.LOCALIZATION_EDI,
                new TargetInfo("l10n_eg_edi_eta, l10n_es_edi_sii, l10n_es_edi_tbai, l10n_es_edi_verifactu, "
                        + "l10n_gr_edi, l10n_hu_edi, l10n_in, l10n_in_edi, l10n_in_edi_ewaybill, l10n_in_ewaybill, "
                        + "l10n_it_edi, l10n_jo_edi, l10n_ke_edi_tremol, l10n_my_edi, l10n_ro_edi, l10n_rs_edi, "
                        + "l10n_sa_edi, l10n_tr_nilvera, l10n_vn_edi_viettel",
                        "res_company `l10n_*` EDI columns present",
                        "test/sandbox/demo environment on; production flags off; credentials NULL, empty or `dummy` "
                                + "as each module does (Hungary only where in production)",
                        "16.0–19.0 when a localisation is installed (columns probed; none in the bare fixtures)"),
                all);
    }

    /**
     * Removes the per-company keys of outside services Odoo 19.0 neutralizes: Gelato print-on-demand
     * (sale_gelato: key and webhook secret NULL) and Twilio SMS (sms_twilio: auth token replaced), so a copy
     * neither orders prints nor sends SMS on prod's accounts.
     */
    public static Target companyApiKeys() {
        return new RewriteTarget(NeutralizationTarget.COMPANY_API_KEYS,
                new TargetInfo("sale_gelato, sms_twilio",
                        "res_company.gelato_api_key, .gelato_webhook_secret, .sms_twilio_auth_token",
                        "Gelato key and webhook secret NULL; Twilio auth token `dummy`",
                        "19.0 when the module is installed (columns probed)"),
                ColumnRewrite.of(RES_COMPANY).set(RES_COMPANY.GELATO_API_KEY, (String) null)
                        .set(RES_COMPANY.GELATO_WEBHOOK_SECRET, (String) null)
                        .set(RES_COMPANY.SMS_TWILIO_AUTH_TOKEN, "dummy"));
    }

    /**
     * Clears the credentials of every real mail server, outgoing and incoming. Odoo 19.0 (odoo/odoo#284960,
     * backported in #285221) clears {@code smtp_user} and {@code smtp_pass} in the statement that archives the
     * outgoing servers: an archived server's password still authenticates against the real relay, and it travels
     * with every dump of the copy. We do the same on every series 16.0–19.0, for incoming servers ({@code user},
     * {@code password}) too, and write a placeholder login instead of none: a module that ignores {@code active}
     * and connects anyway then fails at AUTH, where an empty login would send unauthenticated through a relay
     * that trusts prod's address.
     *
     * <p>The rows are every real server, not "the archived ones": the servers target archives every active one in
     * the same transaction, and a condition that does not depend on that step's effect keeps the dry-run count
     * equal to the live count. The sink (and so Odoo's own {@code invalid} row) is left alone.
     */
    public static Target mailCredentials() {
        String login = "neutralized";
        return new RewriteTarget(NeutralizationTarget.MAIL_CREDENTIALS,
                new TargetInfo("base, mail (19.0's rule, odoo/odoo#284960)",
                        "ir_mail_server.smtp_user, .smtp_pass; fetchmail_server.user, .password",
                        "every real server (archived by `mail_servers`/`incoming_mail`): password NULL, login `"
                                + login + "`; the sink is left alone",
                        "16.0–19.0 (Odoo clears them from 19.0; we do on every series)"),
                ColumnRewrite.of(IR_MAIL_SERVER)
                        .onlyRows(context -> MailSinkServer.isSink(IR_MAIL_SERVER, context.schema(),
                                context.mailSink()).not())
                        .set(IR_MAIL_SERVER.SMTP_USER, login)
                        .set(IR_MAIL_SERVER.SMTP_PASS, (String) null),
                ColumnRewrite.of(FETCHMAIL_SERVER)
                        .set(FETCHMAIL_SERVER.USER, login)
                        .set(FETCHMAIL_SERVER.PASSWORD, (String) null));
    }

    /**
     * Empties the reCAPTCHA and Cloudflare Turnstile keys (google_recaptcha, website_cf_turnstile; 19.0 files),
     * so a copy does not spend prod's quota or verify against prod's site. Keys that are absent stay absent.
     */
    public static Target captchaKeys() {
        return new RewriteTarget(NeutralizationTarget.CAPTCHA_KEYS,
                new TargetInfo("google_recaptcha, website_cf_turnstile", "ir_config_parameter "
                        + "`recaptcha_public_key`, `recaptcha_private_key`, `cf.turnstile_site_key`, "
                        + "`cf.turnstile_secret_key`", "existing keys emptied",
                        "19.0 (no-op where the keys are absent)"),
                ParameterRewrite.setExisting("", "recaptcha_public_key", "recaptcha_private_key",
                        "cf.turnstile_site_key", "cf.turnstile_secret_key"));
    }
}
