package ai.insightpulse.odooops.neutralize;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalog of targets: each one named, idempotent step of neutralization. The ids appear in the summary line
 * and in {@code --targets}. {@linkplain #isContract() Contract} targets are the seeds' own (mail and crons) and
 * cannot be skipped outside prod.
 *
 * <p>Each constant's last argument is the target's one {@linkplain #description() description}: the CLI's target
 * table, the agent's status page and {@code docs/TARGETS.md} (checked by a test) all show it, and nothing else
 * describes the target in other words. What it touches and the exact values it writes, per Odoo series, belong to
 * the engine's implementation of the target and are listed in {@code docs/TARGETS.md} next to it.
 */
public enum NeutralizationTarget {
    MAIL_SERVERS("mail_servers", true, "outgoing mail servers archived"),
    MAIL_SINK("mail_sink", true, "exactly one active sink mail server (invalid:1025)"),
    CRONS("crons", true, "scheduled actions off except the allowlist"),
    NEUTRALIZED_FLAG("neutralized_flag", false, "database.is_neutralized = true"),
    WEB_BANNER("web_banner", false, "web.neutralize_banner view active"),
    DATABASE_IDENTITY("database_identity", false, "new database.uuid and database.secret, once per copy"),
    INCOMING_MAIL("incoming_mail", false, "incoming mail servers archived"),
    WEBHOOKS("webhooks", false, "webhook URLs of server actions replaced"),
    MAIL_TEMPLATE_SERVERS("mail_template_servers", false, "mail templates unpinned from outgoing servers"),
    WEB_PUSH("web_push", false, "web-push devices, queue and VAPID/SFU keys removed"),
    PAYMENT_PROVIDERS("payment_providers", false, "payment providers disabled, credentials removed"),
    POS_TERMINALS("pos_terminals", false, "POS payment terminals in test mode, keys replaced"),
    DELIVERY_CARRIERS("delivery_carriers", false, "delivery carriers in test mode, external ones archived"),
    IAP_TOKENS("iap_tokens", false, "IAP tokens disabled"),
    OAUTH_PROVIDERS("oauth_providers", false, "OAuth providers disabled except auth_oauth.dont_neutralize_providers"),
    CALENDAR_TOKENS("calendar_tokens", false, "calendar sync tokens removed, sync stopped"),
    CLOUD_STORAGE("cloud_storage", false, "cloud storage provider and keys removed"),
    JITSI("jitsi", false, "custom Jitsi server removed"),
    WEBSITE("website", false, "website domain/CDN off, robots blocked, ribbon on"),
    GOOGLE_PLACES("google_places", false, "Google Places API key replaced"),
    CERTIFICATES("certificates", false, "certificate passwords replaced"),
    EDI_PROXY("edi_proxy", false, "EDI proxy users in demo/test mode"),
    LOCALIZATION_EDI("l10n_edi", false, "localisation EDI settings in test mode, credentials removed"),
    COMPANY_API_KEYS("company_api_keys", false, "company Gelato/Twilio keys removed"),
    CAPTCHA_KEYS("captcha_keys", false, "reCAPTCHA/Turnstile keys emptied"),
    MAIL_CREDENTIALS("mail_credentials", false, "mail server logins replaced, passwords cleared"),
    QUEUE_JOBS("queue_jobs", false, "OCA queue_job: jobs a runner would start cancelled"),
    AUTH_API_KEYS("auth_api_keys", false, "OCA auth_api_key: keys archived, secrets replaced"),
    CREDENTIAL_SETTINGS("credential_settings", false, "credential-shaped system parameters emptied"),
    SANITIZE_PARTNERS("sanitize_partners", false, "partners' emails/phones masked, individuals' names/addresses"),
    SANITIZE_USERS("sanitize_users", false, "email logins masked, passwords replaced, API keys/2FA/tokens removed"),
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

    /** The target's one description: a line saying what it leaves behind. */
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
