package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import ai.insightpulse.odooops.neutralize.jooq.internal.model.ProbedSchema;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Target;
import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.Table;

/**
 * A target made of column rewrites on tables that come and go with Odoo modules: it runs when at least one of its
 * columns exists and is skipped, naming what is missing, when none does.
 */
abstract class RewriteTarget implements Target {

    private final NeutralizationTarget id;

    RewriteTarget(NeutralizationTarget id) {
        this.id = id;
    }

    @Override
    public final NeutralizationTarget id() {
        return id;
    }

    /** The tables of its rewrites: what it reads and writes is exactly what it rewrites. */
    @Override
    public final Set<Table<?>> tables() {
        Set<Table<?>> tables = new LinkedHashSet<>();
        for (ColumnRewrite r : rewrites()) {
            tables.add(r.table());
        }
        return Set.copyOf(tables);
    }

    /** The rewrites, in order; built per run because some depend on the run context. */
    abstract List<ColumnRewrite> rewrites();

    @Override
    public Optional<String> unavailableReason(ProbedSchema schema) {
        if (rewrites().stream().anyMatch(r -> r.applicable(schema))) {
            return Optional.empty();
        }
        Set<String> missing = new TreeSet<>();
        for (ColumnRewrite r : rewrites()) {
            missing.add(r.missing(schema));
        }
        return Optional.of("missing " + String.join(", ", missing));
    }

    @Override
    public List<Step> steps(RunContext context) {
        List<Step> steps = new ArrayList<>();
        for (ColumnRewrite r : rewrites()) {
            r.step(context).ifPresent(steps::add);
        }
        return steps;
    }
}
