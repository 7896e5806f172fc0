package ai.insightpulse.odooops.neutralize.jooq.internal;

import ai.insightpulse.odooops.neutralize.jooq.internal.model.Target;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.ProbedSchema;

import ai.insightpulse.odooops.neutralize.CronAllowlist;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * What the first run in a JVM initializes, done ahead ({@link #firstRunInitialization()}, which every run calls);
 * and every statement of every target rendered without a database, and every column any target knows: what the
 * build-only training that makes the launchers' class-data-sharing archives (the {@code launcher-training} module)
 * and the tables' access check run every target against.
 */
public final class ClassWarmup {

    private static volatile boolean firstRunInitialized;

    private ClassWarmup() {
    }

    /**
     * What every first run in a JVM initializes before its first jOOQ statement, once: jOOQ's data types (its static
     * initialization, ~45 ms), the engine's tables and targets, then the JDK's time-zone and locale data, which the
     * driver's first connection loads for the calendar it makes (~20 ms; the CLI has them loaded on a third
     * thread meanwhile, as its connection needs them before this is done). Synchronized: jOOQ's
     * static initialization must not run on two threads at once (two threads that meet its classes in different
     * orders can deadlock, jOOQ/jOOQ#19529), so a second caller waits for the first.
     */
    public static void firstRunInitialization() {
        if (firstRunInitialized) {
            return;
        }
        synchronized (ClassWarmup.class) {
            if (!firstRunInitialized) {
                DSL.using(SQLDialect.POSTGRES, TransactionalRun.Jooq.SETTINGS);
                TargetCatalog.all();
                new GregorianCalendar().getTimeInMillis();
                firstRunInitialized = true;
            }
        }
    }

    /** Renders every target's statements in {@code context}; returns the total SQL length. */
    public static int renderEveryTarget(RunContext context) {
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
    public static RunContext renderContext() {
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
}
