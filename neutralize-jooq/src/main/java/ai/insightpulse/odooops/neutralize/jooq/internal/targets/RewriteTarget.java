package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.ProbedSchema;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Target;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TargetInfo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.Table;

/**
 * A target that is only data: {@linkplain Rewrite rewrites} of tables that come and go with Odoo modules. It runs
 * when at least one rewrite can, and is skipped, naming what is missing, when none can. Its tables and the
 * parameter keys it owns are those of its rewrites, so they cannot disagree with what it runs. The instances are
 * listed in {@link RewriteTargets}.
 */
final class RewriteTarget implements Target {

    private final NeutralizationTarget id;
    private final TargetInfo info;
    private final List<Rewrite> rewrites;

    RewriteTarget(NeutralizationTarget id, TargetInfo info, Rewrite... rewrites) {
        this.id = id;
        this.info = info;
        this.rewrites = List.of(rewrites);
    }

    @Override
    public NeutralizationTarget id() {
        return id;
    }

    /** The tables of its rewrites: what it reads and writes is exactly what it rewrites. */
    @Override
    public Set<Table<?>> tables() {
        Set<Table<?>> tables = new LinkedHashSet<>();
        for (Rewrite r : rewrites) {
            tables.add(r.table());
        }
        return Set.copyOf(tables);
    }

    @Override
    public Optional<String> unavailableReason(ProbedSchema schema) {
        if (rewrites.stream().anyMatch(r -> r.applicable(schema))) {
            return Optional.empty();
        }
        Set<String> missing = new TreeSet<>();
        for (Rewrite r : rewrites) {
            missing.add(r.missing(schema));
        }
        return Optional.of("missing " + String.join(", ", missing));
    }

    @Override
    public List<Step> steps(RunContext context) {
        List<Step> steps = new ArrayList<>();
        for (Rewrite r : rewrites) {
            r.step(context).ifPresent(steps::add);
        }
        return steps;
    }

    @Override
    public Set<String> configParameterKeys() {
        Set<String> keys = new TreeSet<>();
        for (Rewrite r : rewrites) {
            keys.addAll(r.configParameterKeys());
        }
        return Set.copyOf(keys);
    }

    @Override
    public TargetInfo info() {
        return info;
    }
}
