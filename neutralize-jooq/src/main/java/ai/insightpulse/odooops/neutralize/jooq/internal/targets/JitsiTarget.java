package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import java.util.List;
import java.util.Set;

/**
 * Deletes the custom Jitsi server of event rooms (website_event_jitsi, 16.0–18.0), so a copy does not open
 * meeting rooms on prod's video server.
 */
public final class JitsiTarget extends ConfigParameterTarget {

    /** The config parameters this target deletes. */
    public static final List<String> KEYS = List.of("website_jitsi.jitsi_server_domain");

    /** The target. */
    public JitsiTarget() {
        super(NeutralizationTarget.JITSI);
    }

    @Override
    public List<Step> steps(RunContext context) {
        return List.of(ConfigParameters.delete(context, KEYS));
    }

    @Override
    public Set<String> configParameterKeys() {
        return Set.copyOf(KEYS);
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("website_event_jitsi", "ir_config_parameter `website_jitsi.jitsi_server_domain`",
                "custom Jitsi server domain deleted (Odoo falls back to the public meet.jit.si)",
                "16.0–18.0 (module gone in 19.0; no-op where the key is absent)");
    }
}
