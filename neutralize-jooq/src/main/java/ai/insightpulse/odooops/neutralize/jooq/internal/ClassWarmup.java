package ai.insightpulse.odooops.neutralize.jooq.internal;

import ai.insightpulse.odooops.neutralize.CronAllowlist;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Renders every statement of every target without a database, so that a class-data-sharing training run loads
 * the classes a real run needs (jOOQ's renderer, the generated tables, the driver). Used only to build the
 * launcher's AppCDS archive.
 */
public final class ClassWarmup {

    private ClassWarmup() {
    }

    /** Renders every target's statements for a schema that has every column; returns the total SQL length. */
    public static int renderAll() {
        Map<String, Map<String, String>> columns = new HashMap<>();
        for (Target target : TargetCatalog.all()) {
            for (Table<?> table : target.tables()) {
                for (Field<?> field : table.fields()) {
                    columns.computeIfAbsent(table.getName(), k -> new HashMap<>()).put(field.getName(), "text");
                }
            }
        }
        DSLContext dsl = DSL.using(SQLDialect.POSTGRES);
        RunContext context = new RunContext(dsl, new ProbedSchema(columns), CronAllowlist.defaults());
        int length = 0;
        for (Target target : TargetCatalog.all()) {
            for (Step step : target.steps(context)) {
                length += dsl.renderInlined(step.apply()).length();
                length += dsl.render(dsl.select(List.of(step.pending()))).length();
            }
        }
        try {
            Class.forName("org.postgresql.Driver");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return length;
    }
}
