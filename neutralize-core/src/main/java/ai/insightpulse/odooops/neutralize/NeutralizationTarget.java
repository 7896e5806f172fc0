package ai.insightpulse.odooops.neutralize;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalog of targets: each one named, idempotent step of neutralization. The ids appear in the summary line
 * and in {@code --targets}. {@linkplain #isContract() Contract} targets are the seeds' own (mail and crons) and
 * cannot be skipped outside prod.
 */
public enum NeutralizationTarget {
    /** Every real outgoing mail server ({@code ir_mail_server}) inactive. */
    MAIL_SERVERS("mail_servers", true, "outgoing mail servers archived"),
    /** Exactly one active sink server ({@code invalid:1025}) so Odoo never falls back to its config-file SMTP. */
    MAIL_SINK("mail_sink", true, "exactly one active sink mail server (invalid:1025)"),
    /** Every scheduled action inactive except the allowlisted ones. */
    CRONS("crons", true, "scheduled actions off except the allowlist"),
    /** {@code ir_config_parameter database.is_neutralized = true}. */
    NEUTRALIZED_FLAG("neutralized_flag", false, "database.is_neutralized = true"),
    /** The red "Database neutralized" banner view of the web client on. */
    WEB_BANNER("web_banner", false, "web.neutralize_banner view active"),
    /** A new {@code database.uuid} and {@code database.secret}, kept on later runs. */
    DATABASE_IDENTITY("database_identity", false, "new database.uuid and database.secret, once per copy"),
    /** Incoming mail servers ({@code fetchmail_server}) archived. */
    INCOMING_MAIL("incoming_mail", false, "incoming mail servers archived"),
    /** Webhook server actions pointed at a placeholder (17.0+). */
    WEBHOOKS("webhooks", false, "webhook URLs of server actions replaced"),
    /** Mail templates no longer pinned to an outgoing server. */
    MAIL_TEMPLATE_SERVERS("mail_template_servers", false, "mail templates unpinned from outgoing servers"),
    /** Web-push subscriptions, queue and VAPID/SFU keys removed (17.0+). */
    WEB_PUSH("web_push", false, "web-push devices, queue and VAPID/SFU keys removed"),
    /** Payment providers disabled unless in test, every provider credential removed. */
    PAYMENT_PROVIDERS("payment_providers", false, "payment providers disabled, credentials removed"),
    /** Point-of-sale payment terminals in test mode with dummy keys. */
    POS_TERMINALS("pos_terminals", false, "POS payment terminals in test mode, keys replaced"),
    /** Delivery carriers out of production; carriers of outside providers archived. */
    DELIVERY_CARRIERS("delivery_carriers", false, "delivery carriers in test mode, external ones archived"),
    /** IAP account tokens disabled. */
    IAP_TOKENS("iap_tokens", false, "IAP tokens disabled"),
    /** OAuth sign-in providers disabled except Odoo's own allowlist parameter. */
    OAUTH_PROVIDERS("oauth_providers", false, "OAuth providers disabled except auth_oauth.dont_neutralize_providers"),
    /** Google/Microsoft calendar tokens removed, synchronization stopped. */
    CALENDAR_TOKENS("calendar_tokens", false, "calendar sync tokens removed, sync stopped"),
    /** Cloud storage provider and credentials removed (18.0+). */
    CLOUD_STORAGE("cloud_storage", false, "cloud storage provider and keys removed"),
    /** Custom Jitsi server removed. */
    JITSI("jitsi", false, "custom Jitsi server removed"),
    /** Website domain and CDN off, crawlers blocked, ribbon view on. */
    WEBSITE("website", false, "website domain/CDN off, robots blocked, ribbon on"),
    /** Google Places API key replaced. */
    GOOGLE_PLACES("google_places", false, "Google Places API key replaced"),
    /** Certificate and private-key passwords replaced (18.0+). */
    CERTIFICATES("certificates", false, "certificate passwords replaced"),
    /** EDI proxy users in demo/test mode. */
    EDI_PROXY("edi_proxy", false, "EDI proxy users in demo/test mode"),
    /** Localisation EDI company settings in test mode, credentials removed. */
    LOCALIZATION_EDI("l10n_edi", false, "localisation EDI settings in test mode, credentials removed"),
    /** Per-company keys of outside services (Gelato, Twilio) removed (19.0). */
    COMPANY_API_KEYS("company_api_keys", false, "company Gelato/Twilio keys removed"),
    /** reCAPTCHA and Turnstile keys emptied (19.0). */
    CAPTCHA_KEYS("captcha_keys", false, "reCAPTCHA/Turnstile keys emptied"),
    /** Logins and passwords of outgoing and incoming mail servers cleared (19.0's rule, on every series). */
    MAIL_CREDENTIALS("mail_credentials", false, "mail server logins replaced, passwords cleared"),
    /** OCA queue_job: jobs a copy's job runner would start are cancelled. */
    QUEUE_JOBS("queue_jobs", false, "OCA queue_job: jobs a runner would start cancelled"),
    /** OCA auth_api_key: API keys archived and their secret replaced. */
    AUTH_API_KEYS("auth_api_keys", false, "OCA auth_api_key: keys archived, secrets replaced"),
    /** Credential-shaped system parameters that no other target owns emptied. */
    CREDENTIAL_SETTINGS("credential_settings", false, "credential-shaped system parameters emptied"),
    /** Sanitize (opt-in): partners' emails, phones and individuals' names and addresses masked. */
    SANITIZE_PARTNERS("sanitize_partners", false, "partners' emails/phones masked, individuals' names/addresses"),
    /** Sanitize (opt-in): email logins masked, passwords replaced, API keys, 2FA and tokens removed. */
    SANITIZE_USERS("sanitize_users", false, "email logins masked, passwords replaced, API keys/2FA/tokens removed"),
    /** Sanitize (opt-in): unsent mail deleted, addresses in messages and tracking values masked. */
    SANITIZE_MAIL("sanitize_mail", false, "unsent mail deleted, message addresses and tracked values masked");

    private final String id;
    private final boolean contract;
    private final String description;

    NeutralizationTarget(String id, boolean contract, String description) {
        this.id = id;
        this.contract = contract;
        this.description = description;
    }

    /** The stable id used in the summary and on the command line. */
    public String id() {
        return id;
    }

    /** Whether this target is part of the seeds' contract and therefore always on outside prod. */
    public boolean isContract() {
        return contract;
    }

    /** One line saying what the target leaves behind. */
    public String description() {
        return description;
    }

    /** Whether this target belongs to the opt-in sanitize step (selected by {@code --sanitize}, not by default). */
    public boolean isSanitize() {
        return id.startsWith("sanitize_");
    }

    /** Finds a target by its id. */
    public static Optional<NeutralizationTarget> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
