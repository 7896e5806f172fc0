package ai.insightpulse.odooops.neutralize.jooq.internal;

import ai.insightpulse.odooops.neutralize.jooq.internal.spi.Target;
import ai.insightpulse.odooops.neutralize.jooq.internal.spi.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.spi.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.spi.ProbedSchema;

import ai.insightpulse.odooops.neutralize.CronAllowlist;
import java.util.ArrayList;
import org.jooq.Query;
import org.jooq.Record1;
import org.jooq.Result;
import org.jooq.tools.jdbc.MockConnection;
import org.jooq.tools.jdbc.MockDataProvider;
import org.jooq.tools.jdbc.MockResult;
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

    /** Initializes the catalog, the generated tables and jOOQ's renderer by rendering every target once. */
    public static void preload() {
        renderEveryTarget();
    }

    /**
     * Renders every target's statements for a schema that has every column and runs them through jOOQ's execution
     * path on a mock connection; returns the total SQL length. The driver's paths are trained separately, against
     * {@link PostgresStandIn}.
     */
    public static int renderAll() {
        RunContext context = renderContext();
        int length = renderEveryTarget();
        length += executeAgainstMock(context);
        return length;
    }

    private static int renderEveryTarget() {
        RunContext context = renderContext();
        DSLContext dsl = context.dsl();
        int length = 0;
        for (Target target : TargetCatalog.all()) {
            for (Step step : target.steps(context)) {
                length += dsl.renderInlined(step.apply()).length();
                length += dsl.render(dsl.select(List.of(step.pending()))).length();
            }
        }
        return length;
    }

    /** A context whose schema has every column any target knows. */
    private static RunContext renderContext() {
        Map<String, Map<String, String>> columns = new HashMap<>();
        everyColumn().forEach((table, names) -> names.forEach(
                name -> columns.computeIfAbsent(table, k -> new HashMap<>()).put(name, "text")));
        return new RunContext(DSL.using(SQLDialect.POSTGRES), new ProbedSchema(columns), CronAllowlist.defaults(),
                "odoo_dev_training");
    }

    /**
     * Every column of every table any target knows, and of the core tables, by table name: a schema on which every
     * target runs.
     */
    public static Map<String, List<String>> everyColumn() {
        Map<String, List<String>> columns = new HashMap<>();
        List<Table<?>> tables = new ArrayList<>(TableAccessCheck.CORE_TABLES);
        for (Target target : TargetCatalog.all()) {
            tables.addAll(target.tables());
        }
        for (Table<?> table : tables) {
            for (Field<?> field : table.fields()) {
                List<String> names = columns.computeIfAbsent(table.getName(), k -> new ArrayList<>());
                if (!names.contains(field.getName())) {
                    names.add(field.getName());
                }
            }
        }
        return columns;
    }

    /** Runs the statements through jOOQ's execution path (fetch, batch) on a mock JDBC connection. */
    private static int executeAgainstMock(RunContext rendered) {
        MockDataProvider provider = ctx -> {
            if (ctx.batch()) {
                MockResult[] results = new MockResult[Math.max(ctx.batchSQL().length, ctx.batchBindings().length)];
                java.util.Arrays.fill(results, new MockResult(1));
                return results;
            }
            DSLContext create = DSL.using(SQLDialect.POSTGRES);
            Field<String> text = DSL.field(DSL.name("text"), String.class);
            Result<Record1<String>> result = create.newResult(text);
            result.add(create.newRecord(text).values("on"));
            return new MockResult[] {new MockResult(1, result)};
        };
        DSLContext dsl = DSL.using(new MockConnection(provider), SQLDialect.POSTGRES);
        RunContext context = new RunContext(dsl, rendered.schema(), rendered.allowlist(), rendered.databaseName());
        List<Query> queries = new ArrayList<>();
        for (Target target : TargetCatalog.all()) {
            for (Step step : target.steps(context)) {
                queries.add(step.apply());
            }
        }
        int rows = dsl.batch(queries).execute().length;
        rows += dsl.select(DSL.inline("on")).fetch().size();
        return rows;
    }
}
