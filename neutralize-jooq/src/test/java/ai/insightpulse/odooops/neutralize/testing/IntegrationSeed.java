package ai.insightpulse.odooops.neutralize.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seeds, on top of {@link ProdLikeSeed}, every integration a live prod of the fixture's series holds, in the
 * tables and columns that series really has: an active incoming server, a webhook action (17.0+), Stripe enabled
 * with keys and PayPal in test with credentials, IAP accounts, OAuth providers (one kept by Odoo's allowlist
 * parameter), calendar tokens where the series keeps them, cloud storage, Jitsi and web-push keys, web-push
 * devices (17.0+), a website with domain and CDN, carriers in production, an EDI proxy user in production (or
 * 16.0's demo parameter), certificates (18.0+), a template pinned to a server and prod's uuid/secret.
 *
 * <p>Every secret seeded is in {@link #SECRETS}: no output may ever contain one.
 */
public final class IntegrationSeed {

    public static final String STRIPE_SECRET_KEY = "sk_live_S3CRET_stripe_51Hx";
    public static final String STRIPE_WEBHOOK_SECRET = "whsec_S3CRET_stripe_hook";
    public static final String PAYPAL_SECRET = "S3CRET-paypal-credential";
    public static final String IMAP_PASSWORD = "S3CRET-imap-pass";
    public static final String IAP_SHORT_TOKEN = "iapS3CRETshort0123456789abcdef";
    public static final String IAP_LONG_TOKEN = "iapS3CRETlong-0123456789abcdef0123456789";
    public static final String GOOGLE_ACCESS = "ya29.S3CRET-google-access";
    public static final String GOOGLE_REFRESH = "1//S3CRET-google-refresh";
    public static final String MS_ACCESS = "EwB-S3CRET-ms-access";
    public static final String MS_REFRESH = "M.R3-S3CRET-ms-refresh";
    public static final String MS_SYNC = "S3CRET-ms-sync-token";
    public static final String AZURE_SECRET = "S3CRET-azure-client-secret";
    public static final String GCS_KEY = "{\"private_key\": \"S3CRET-gcs-key\"}";
    public static final String VAPID_PRIVATE = "S3CRET-vapid-private";
    public static final String SFU_KEY = "S3CRET-sfu-key";
    public static final String WEBHOOK_URL = "https://hooks.example.com/S3CRET-webhook-token";
    public static final String PKCS12_PASSWORD = "S3CRET-pkcs12";
    public static final String KEY_PASSWORD = "S3CRET-keypass";
    public static final String PROD_DB_SECRET = "S3CRET-database-secret-prod";
    public static final String PROD_UUID = "8f4c1a52-3f0e-4d3b-9a51-6b1f8d0e2c11";

    /** Every secret value seeded here and by {@link ProdLikeSeed}. */
    public static final List<String> SECRETS = List.of(ProdLikeSeed.SMTP_SECRET, STRIPE_SECRET_KEY,
            STRIPE_WEBHOOK_SECRET, PAYPAL_SECRET, IMAP_PASSWORD, IAP_SHORT_TOKEN, IAP_LONG_TOKEN, GOOGLE_ACCESS,
            GOOGLE_REFRESH, MS_ACCESS, MS_REFRESH, MS_SYNC, AZURE_SECRET, "S3CRET-gcs-key", VAPID_PRIVATE, SFU_KEY,
            "S3CRET-webhook-token", PKCS12_PASSWORD, KEY_PASSWORD, PROD_DB_SECRET);

    private final OdooDatabase db;
    private final Connection c;
    private final String series;
    private final int major;
    private final Map<String, Integer> ids = new LinkedHashMap<>();

    private IntegrationSeed(OdooDatabase db) {
        this.db = db;
        this.c = db.connection();
        this.series = db.series();
        this.major = Integer.parseInt(series.substring(0, 2));
    }

    /** Seeds {@code db} (already seeded by {@link ProdLikeSeed}); returns the ids seeded, by a short name. */
    public static Map<String, Integer> seed(OdooDatabase db) {
        IntegrationSeed s = new IntegrationSeed(db);
        try {
            s.seedAll();
        } catch (SQLException e) {
            throw new IllegalStateException("seeding integrations on " + db.series() + ": " + e.getMessage(), e);
        }
        return s.ids;
    }

    private void seedAll() throws SQLException {
        int user = ((Number) db.scalar("SELECT min(id) FROM res_users")).intValue();
        int server = ((Number) db.scalar("SELECT min(id) FROM ir_mail_server")).intValue();

        ids.put("fetchmail_prod", FixtureRows.insert(c, "fetchmail_server", Map.of("name", "Prod IMAP",
                "server", "imap.example.com", "port", 993, "server_type", "imap", "password", IMAP_PASSWORD,
                "active", true, "state", "done")));
        ids.put("fetchmail_archived", FixtureRows.insert(c, "fetchmail_server", Map.of("name", "Old POP",
                "server", "pop.example.com", "port", 995, "server_type", "pop", "active", false, "state", "draft")));

        if (major >= 17) {
            ids.put("webhook", action("Notify ERP partner", "webhook", Map.of("webhook_url", WEBHOOK_URL)));
        }
        ids.put("template_pinned", FixtureRows.insert(c, "mail_template", Map.of("name", json("Invoice"),
                "mail_server_id", server)));

        ids.put("stripe", FixtureRows.insert(c, "payment_provider", Map.of("name", json("Stripe"), "code", "stripe",
                "state", "enabled", "stripe_secret_key", STRIPE_SECRET_KEY, "stripe_publishable_key", "pk_live_pub",
                "stripe_webhook_secret", STRIPE_WEBHOOK_SECRET)));
        Map<String, Object> paypal = new HashMap<>(Map.of("name", json("PayPal"), "code", "paypal", "state", "test",
                "paypal_email_account", "shop@example.com"));
        paypal.put(major >= 18 ? "paypal_client_secret" : "paypal_pdt_token", PAYPAL_SECRET);
        ids.put("paypal", FixtureRows.insert(c, "payment_provider", paypal));
        ids.put("wire_disabled", FixtureRows.insert(c, "payment_provider", Map.of("name", json("Wire"),
                "code", "custom", "state", "disabled")));

        ids.put("iap_short", iap(IAP_SHORT_TOKEN));
        ids.put("iap_long", iap(IAP_LONG_TOKEN));
        ids.put("iap_already", iap("abc123+disabled"));

        ids.put("oauth_google", oauth("Google", true));
        ids.put("oauth_kept", oauth("Company SSO", true));
        FixtureRows.insert(c, "ir_config_parameter", Map.of("key", "auth_oauth.dont_neutralize_providers",
                "value", "[" + ids.get("oauth_kept") + "]"));

        seedCalendarTokens(user);

        for (Map.Entry<String, String> p : Map.of("cloud_storage_provider", "azure",
                "cloud_storage_azure_client_secret", AZURE_SECRET, "cloud_storage_google_account_info", GCS_KEY,
                "website_jitsi.jitsi_server_domain", "meet.prod.example.com",
                "mail.web_push_vapid_private_key", VAPID_PRIVATE, "mail.web_push_vapid_public_key", "BPublicVapid",
                "mail.sfu_server_key", SFU_KEY, "database.secret", PROD_DB_SECRET).entrySet()) {
            FixtureRows.insert(c, "ir_config_parameter", Map.of("key", p.getKey(), "value", p.getValue()));
        }
        if (major >= 17) {
            String device = major == 17 ? "mail_partner_device" : "mail_push_device";
            String push = major == 17 ? "mail_notification_web_push" : "mail_push";
            int partner = 1; // no res_partner table in the trimmed fixture schema
            int d = FixtureRows.insert(c, device, Map.of("partner_id", partner,
                    "endpoint", "https://fcm.googleapis.com/fcm/send/prod", "keys", "{}"));
            FixtureRows.insert(c, push, Map.of(major == 17 ? "user_device" : "mail_push_device_id", d,
                    "payload", "{}"));
        }

        ids.put("website", FixtureRows.insert(c, "website", Map.of("name", "Prod shop",
                "domain", "https://shop.example.com", "cdn_activated", true, "cdn_url", "https://cdn.example.com")));
        ids.put("view_ribbon", FixtureRows.insert(c, "ir_ui_view", Map.of("name", "neutralize_ribbon",
                "key", "website.neutralize_ribbon", "type", "qweb", "mode", "primary", "active", false)));

        ids.put("carrier_fixed", carrier("Standard delivery", "fixed"));
        ids.put("carrier_external", carrier("Shipping provider", "ups_rest"));

        if (major >= 18) {
            int key = FixtureRows.insert(c, "certificate_key", Map.of("name", "Signing key",
                    "password", KEY_PASSWORD));
            ids.put("certificate_key", key);
            ids.put("certificate", FixtureRows.insert(c, "certificate_certificate", Map.of("name", "Signing cert",
                    "pkcs12_password", PKCS12_PASSWORD, "private_key_id", key)));
        }
        if (major >= 17) {
            ids.put("edi_it", edi(Map.of("proxy_type", "l10n_it_edi", "edi_mode", "prod")));
            ids.put("edi_other", edi(Map.of("proxy_type", "l10n_es_edi", "edi_mode", "prod")));
        } else {
            ids.put("edi_user", edi(Map.of()));
            FixtureRows.insert(c, "ir_config_parameter", Map.of("key", "account_edi_proxy_client.demo",
                    "value", "demo"));
        }

        db.execute("UPDATE ir_config_parameter SET value = '" + PROD_UUID + "' WHERE key = 'database.uuid'");
    }

    private void seedCalendarTokens(int user) throws SQLException {
        if (major <= 17) {
            int g = FixtureRows.insert(c, "google_calendar_credentials", Map.of("calendar_token", GOOGLE_ACCESS,
                    "calendar_rtoken", GOOGLE_REFRESH, "synchronization_stopped", false));
            db.execute("UPDATE res_users SET google_calendar_account_id = " + g + " WHERE id = " + user);
            ids.put("google_credentials", g);
        }
        if (major == 17) {
            int m = FixtureRows.insert(c, "microsoft_calendar_credentials", Map.of("calendar_sync_token", MS_SYNC,
                    "synchronization_stopped", false, "last_sync_date", "2024-06-01 10:00:00"));
            db.execute("UPDATE res_users SET microsoft_calendar_account_id = " + m + " WHERE id = " + user);
            ids.put("microsoft_credentials", m);
        }
        db.execute("UPDATE res_users SET microsoft_calendar_token = '" + MS_ACCESS
                + "', microsoft_calendar_rtoken = '" + MS_REFRESH + "'"
                + (major == 16 ? ", microsoft_synchronization_stopped = false, microsoft_calendar_sync_token = '"
                        + MS_SYNC + "'" : "")
                + " WHERE id = " + user);
        if (major >= 18) {
            ids.put("user_settings", FixtureRows.insert(c, "res_users_settings", Map.of("user_id", user,
                    "google_calendar_token", GOOGLE_ACCESS, "google_calendar_rtoken", GOOGLE_REFRESH,
                    "google_synchronization_stopped", false, "microsoft_calendar_sync_token", MS_SYNC,
                    "microsoft_synchronization_stopped", false, "microsoft_last_sync_date", "2024-06-01 10:00:00")));
        }
    }

    private int action(String name, String state, Map<String, ?> extra) throws SQLException {
        Map<String, Object> v = new HashMap<>(Map.of("name", json(name), "state", state, "usage",
                "ir_actions_server", "type", "ir.actions.server", "binding_type", "action"));
        v.putAll(extra);
        return FixtureRows.insert(c, "ir_act_server", v);
    }

    private int iap(String token) throws SQLException {
        Map<String, Object> v = new HashMap<>(Map.of("account_token", token));
        if (major >= 18) {
            v.put("service_id", 1); // no iap_service table in the trimmed fixture schema
        } else {
            v.put("service_name", "sms");
        }
        return FixtureRows.insert(c, "iap_account", v);
    }

    private int oauth(String name, boolean enabled) throws SQLException {
        return FixtureRows.insert(c, "auth_oauth_provider", Map.of("name", name, "client_id", "client-" + name,
                "auth_endpoint", "https://accounts.example.com/auth", "enabled", enabled,
                "body", json("Log in with " + name)));
    }

    private int carrier(String name, String type) throws SQLException {
        int product = 1; // the fixture schemas keep only the tables we touch: no product table, no FK
        return FixtureRows.insert(c, "delivery_carrier", Map.of("name", json(name), "delivery_type", type,
                "active", true, "prod_environment", true, "product_id", product));
    }

    private int edi(Map<String, ?> extra) throws SQLException {
        Map<String, Object> v = new HashMap<>(Map.of("id_client", "client-" + extra.hashCode(),
                "edi_identification", "IT" + extra.hashCode(), "refresh_token", "edi-refresh", "active", true));
        v.putAll(extra);
        if (ids.containsKey("certificate_key")) {
            v.put("private_key_id", ids.get("certificate_key")); // 18.0+: the key is a certificate_key row
        }
        return FixtureRows.insert(c, "account_edi_proxy_client_user", v);
    }

    /** A translated (jsonb) or plain name, whichever the column takes: FixtureRows casts the text. */
    private static String json(String text) {
        return "{\"en_US\": \"" + text + "\"}";
    }
}
