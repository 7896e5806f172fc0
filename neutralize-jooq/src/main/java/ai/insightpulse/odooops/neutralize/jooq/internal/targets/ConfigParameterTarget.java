package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_CONFIG_PARAMETER;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.ProbedSchema;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Target;
import java.util.Optional;
import java.util.Set;
import org.jooq.Table;

/**
 * A target that lives entirely in {@code ir_config_parameter} (system parameters): keys, secrets and switches that
 * Odoo modules keep there. It needs that one table and nothing else.
 */
abstract class ConfigParameterTarget implements Target {

    private final NeutralizationTarget id;

    ConfigParameterTarget(NeutralizationTarget id) {
        this.id = id;
    }

    @Override
    public final NeutralizationTarget id() {
        return id;
    }

    @Override
    public final Set<Table<?>> tables() {
        return Set.of(IR_CONFIG_PARAMETER);
    }

    @Override
    public final Optional<String> unavailableReason(ProbedSchema schema) {
        return ConfigParameters.unavailableReason(schema);
    }
}
