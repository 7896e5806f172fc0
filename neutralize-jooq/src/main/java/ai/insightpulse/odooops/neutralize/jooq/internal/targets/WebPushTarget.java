package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_CONFIG_PARAMETER;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.MAIL_NOTIFICATION_WEB_PUSH;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.MAIL_PARTNER_DEVICE;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.MAIL_PUSH;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.MAIL_PUSH_DEVICE;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.ProbedSchema;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Target;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Removes browser push subscriptions, queued pushes and the VAPID/SFU keys (mail, 17.0+): a copy holding prod's
 * VAPID private key and its subscriptions pushes notifications to real users' browsers.
 *
 * <p>Odoo truncates the tables; we {@code DELETE} (queue first, then devices) so the count is the rows removed.
 * The tables moved: 17.0 has {@code mail_notification_web_push}/{@code mail_partner_device}, 18.0+ has
 * {@code mail_push}/{@code mail_push_device}. 16.0 has no web push: the target is skipped there.
 */
public final class WebPushTarget implements Target {

    /** The config parameters Odoo deletes. */
    public static final List<String> KEYS = List.of("mail.web_push_vapid_private_key",
            "mail.web_push_vapid_public_key", "mail.sfu_server_key");

    private static final List<Table<?>> QUEUE_THEN_DEVICES = List.of(
            MAIL_PUSH, MAIL_PUSH_DEVICE, MAIL_NOTIFICATION_WEB_PUSH, MAIL_PARTNER_DEVICE);

    @Override
    public NeutralizationTarget id() {
        return NeutralizationTarget.WEB_PUSH;
    }

    @Override
    public Set<Table<?>> tables() {
        return Set.of(MAIL_PUSH, MAIL_PUSH_DEVICE, MAIL_NOTIFICATION_WEB_PUSH, MAIL_PARTNER_DEVICE,
                IR_CONFIG_PARAMETER);
    }

    @Override
    public Optional<String> unavailableReason(ProbedSchema schema) {
        if (QUEUE_THEN_DEVICES.stream().noneMatch(schema::has)) {
            return Optional.of("missing mail_push, mail_push_device, mail_notification_web_push, "
                    + "mail_partner_device");
        }
        return ConfigParameters.unavailableReason(schema);
    }

    @Override
    public List<Step> steps(RunContext context) {
        List<Step> steps = new ArrayList<>();
        for (Table<?> t : QUEUE_THEN_DEVICES) {
            if (context.schema().has(t)) {
                steps.add(Step.delete(context.dsl(), t, DSL.trueCondition()));
            }
        }
        steps.add(ConfigParameters.delete(context, KEYS));
        return steps;
    }

    @Override
    public Set<String> configParameterKeys() {
        return Set.copyOf(KEYS);
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("mail",
                "mail_push, mail_push_device (18.0+); mail_notification_web_push, mail_partner_device (17.0); "
                        + "ir_config_parameter `mail.web_push_vapid_private_key`, `mail.web_push_vapid_public_key`, "
                        + "`mail.sfu_server_key`",
                "push queue and device subscriptions deleted; VAPID and SFU keys deleted",
                "17.0–19.0 (16.0 has no web push: skipped)");
    }
}
