package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.ProbedSchema;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Target;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * A target with logic of its own that needs a fixed set of columns: it runs where every one of them exists, and
 * the tables it reads and writes are theirs (optional columns it adapts to belong to those tables too). Both
 * follow from the one list, so they cannot disagree.
 */
abstract class RequiredColumnsTarget implements Target {

    private final NeutralizationTarget id;
    private final List<TableField<?, ?>> required;

    RequiredColumnsTarget(NeutralizationTarget id, TableField<?, ?>... required) {
        this.id = id;
        this.required = List.of(required);
    }

    @Override
    public final NeutralizationTarget id() {
        return id;
    }

    @Override
    public final Set<Table<?>> tables() {
        Set<Table<?>> tables = new LinkedHashSet<>();
        required.forEach(column -> tables.add(column.getTable()));
        return Set.copyOf(tables);
    }

    @Override
    public final Optional<String> unavailableReason(ProbedSchema schema) {
        return schema.missing(required);
    }
}
