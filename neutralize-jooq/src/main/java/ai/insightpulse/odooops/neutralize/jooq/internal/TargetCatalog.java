package ai.insightpulse.odooops.neutralize.jooq.internal;

import ai.insightpulse.odooops.neutralize.jooq.internal.spi.Target;
import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.CalendarTokensTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.CaptchaKeysTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.CertificatesTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.CloudStorageTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.CompanyApiKeysTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.CronsTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.CredentialSettingsTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.AuthApiKeysTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.QueueJobsTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.MailCredentialsTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.DatabaseIdentityTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.DeliveryCarriersTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.EdiProxyTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.GooglePlacesTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.IapTokensTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.IncomingMailTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.JitsiTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.LocalizationEdiTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.MailTemplateServersTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.MailServersTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.MailSinkTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.NeutralizedFlagTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.OAuthProvidersTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.PaymentProvidersTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.PosTerminalsTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.WebBannerTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.WebPushTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.WebhooksTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.WebsiteTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.SanitizeMailTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.SanitizePartnersTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.SanitizeUsersTarget;
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

    private static final List<Target> ALL = List.of(
            new MailServersTarget(),
            new MailSinkTarget(),
            new CronsTarget(),
            new NeutralizedFlagTarget(),
            new WebBannerTarget(),
            new DatabaseIdentityTarget(),
            new IncomingMailTarget(),
            new WebhooksTarget(),
            new MailTemplateServersTarget(),
            new WebPushTarget(),
            new PaymentProvidersTarget(),
            new PosTerminalsTarget(),
            new DeliveryCarriersTarget(),
            new IapTokensTarget(),
            new OAuthProvidersTarget(),
            new CalendarTokensTarget(),
            new CloudStorageTarget(),
            new JitsiTarget(),
            new WebsiteTarget(),
            new GooglePlacesTarget(),
            new CertificatesTarget(),
            new EdiProxyTarget(),
            new LocalizationEdiTarget(),
            new CompanyApiKeysTarget(),
            new CaptchaKeysTarget(),
            new MailCredentialsTarget(),
            new QueueJobsTarget(),
            new AuthApiKeysTarget(),
            // sanitize (opt-in) after neutralization: the copy is inert before its data is touched
            new SanitizePartnersTarget(),
            new SanitizeUsersTarget(),
            new SanitizeMailTarget(),
            // last: it leaves every key another target owns to that target
            new CredentialSettingsTarget(TargetCatalog::configParameterKeysOwned));

    private static final Map<NeutralizationTarget, Target> BY_ID = new EnumMap<>(NeutralizationTarget.class);

    static {
        for (Target t : ALL) {
            BY_ID.put(t.id(), t);
        }
        for (NeutralizationTarget id : NeutralizationTarget.values()) {
            if (!BY_ID.containsKey(id)) {
                throw new ExceptionInInitializerError("no engine target for " + id);
            }
        }
    }

    private TargetCatalog() {
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
