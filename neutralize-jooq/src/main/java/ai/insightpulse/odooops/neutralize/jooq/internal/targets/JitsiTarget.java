package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_CONFIG_PARAMETER;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.spi.ProbedSchema;
import ai.insightpulse.odooops.neutralize.jooq.internal.spi.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.spi.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.spi.Target;
import ai.insightpulse.odooops.neutralize.jooq.internal.spi.TargetInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Table;

/**
 * Deletes the custom Jitsi server of event rooms (website_event_jitsi, 16.0–18.0), so a copy does not open
 * meeting rooms on prod's video server.
 */
public final class JitsiTarget implements Target {

    /** The config parameters this target deletes. */
    public static final List<String> KEYS = List.of("website_jitsi.jitsi_server_domain");

    @Override
    public NeutralizationTarget id() {
        return NeutralizationTarget.JITSI;
    }

    @Override
    public Set<Table<?>> tables() {
        return Set.of(IR_CONFIG_PARAMETER);
    }

    @Override
    public Optional<String> unavailableReason(ProbedSchema schema) {
        return ConfigParameters.unavailableReason(schema);
    }

    @Override
    public List<Step> steps(RunContext context) {
        return List.of(ConfigParameters.delete(context, KEYS));
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo("website_event_jitsi", "ir_config_parameter `website_jitsi.jitsi_server_domain`",
                "custom Jitsi server domain deleted (Odoo falls back to the public meet.jit.si)",
                "16.0–18.0 (module gone in 19.0; no-op where the key is absent)");
    }
}
