package ai.insightpulse.odooops.neutralize.jooq.internal;

import ai.insightpulse.odooops.neutralize.jooq.internal.model.Target;
import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.CronsTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.CredentialSettingsTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.AuthApiKeysTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.QueueJobsTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.DatabaseIdentityTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.EdiProxyTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.MailServersTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.MailSinkTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.OAuthProvidersTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.WebPushTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.WebsiteTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.RewriteTargets;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.SanitizeMailTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.SanitizePartnersTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.SanitizeUsersTarget;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.Table;

/**
 * The engine's implementation of every {@link NeutralizationTarget}, in the order they run. Order matters only
 * within a target; targets touch disjoint rows.
 */
public final class TargetCatalog {

    private static final List<Target> ALL = runOrder();

    private static final Map<NeutralizationTarget, Target> BY_ID = new EnumMap<>(NeutralizationTarget.class);

    static {
        for (Target t : ALL) {
            BY_ID.put(t.id(), t);
        }
    }

    private TargetCatalog() {
    }

    /**
     * The engine's target for {@code id}. An exhaustive switch: a target added to {@link NeutralizationTarget}
     * without an implementation here fails the build, not a run. Add a case next to the ones it resembles.
     */
    private static Target implementation(NeutralizationTarget id) {
        return switch (id) {
            case MAIL_SERVERS -> new MailServersTarget();
            case MAIL_SINK -> new MailSinkTarget();
            case CRONS -> new CronsTarget();
            case NEUTRALIZED_FLAG -> RewriteTargets.neutralizedFlag();
            case WEB_BANNER -> RewriteTargets.webBanner();
            case DATABASE_IDENTITY -> new DatabaseIdentityTarget();
            case INCOMING_MAIL -> RewriteTargets.incomingMail();
            case WEBHOOKS -> RewriteTargets.webhooks();
            case MAIL_TEMPLATE_SERVERS -> RewriteTargets.mailTemplateServers();
            case WEB_PUSH -> new WebPushTarget();
            case PAYMENT_PROVIDERS -> RewriteTargets.paymentProviders();
            case POS_TERMINALS -> RewriteTargets.posTerminals();
            case DELIVERY_CARRIERS -> RewriteTargets.deliveryCarriers();
            case IAP_TOKENS -> RewriteTargets.iapTokens();
            case OAUTH_PROVIDERS -> new OAuthProvidersTarget();
            case CALENDAR_TOKENS -> RewriteTargets.calendarTokens();
            case CLOUD_STORAGE -> RewriteTargets.cloudStorage();
            case JITSI -> RewriteTargets.jitsi();
            case WEBSITE -> new WebsiteTarget();
            case GOOGLE_PLACES -> RewriteTargets.googlePlaces();
            case CERTIFICATES -> RewriteTargets.certificates();
            case EDI_PROXY -> new EdiProxyTarget();
            case LOCALIZATION_EDI -> RewriteTargets.localizationEdi();
            case COMPANY_API_KEYS -> RewriteTargets.companyApiKeys();
            case CAPTCHA_KEYS -> RewriteTargets.captchaKeys();
            case MAIL_CREDENTIALS -> RewriteTargets.mailCredentials();
            case QUEUE_JOBS -> new QueueJobsTarget();
            case AUTH_API_KEYS -> new AuthApiKeysTarget();
            case CREDENTIAL_SETTINGS -> new CredentialSettingsTarget(TargetCatalog::configParameterKeysOwned);
            case SANITIZE_PARTNERS -> new SanitizePartnersTarget();
            case SANITIZE_USERS -> new SanitizeUsersTarget();
            case SANITIZE_MAIL -> new SanitizeMailTarget();
        };
    }

    /**
     * Catalog order (that of {@link NeutralizationTarget}: sanitize, opt-in, after neutralization, so the copy is
     * inert before its data is touched), except credential settings, which run last: they leave every key another
     * target owns to that target.
     */
    private static List<Target> runOrder() {
        List<Target> order = new ArrayList<>();
        for (NeutralizationTarget id : NeutralizationTarget.values()) {
            if (id != NeutralizationTarget.CREDENTIAL_SETTINGS) {
                order.add(implementation(id));
            }
        }
        order.add(implementation(NeutralizationTarget.CREDENTIAL_SETTINGS));
        return List.copyOf(order);
    }

    /** Every target, in run order. */
    public static List<Target> all() {
        return ALL;
    }

    /** The target implementing {@code id}. */
    public static Target of(NeutralizationTarget id) {
        return BY_ID.get(id);
    }

    /** The {@code ir_config_parameter} keys the targets write or delete, each owned by one target. */
    static Set<String> configParameterKeysOwned() {
        Set<String> keys = new TreeSet<>();
        for (Target t : ALL) {
            keys.addAll(t.configParameterKeys());
        }
        return keys;
    }

    /** The names of every table any target may touch, for the schema probe. */
    public static Set<String> tableNames() {
        Set<String> names = new TreeSet<>();
        for (Target t : ALL) {
            for (Table<?> table : t.tables()) {
                names.add(table.getName());
            }
        }
        return names;
    }
}
