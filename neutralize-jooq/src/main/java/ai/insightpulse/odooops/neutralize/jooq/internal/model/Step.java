package ai.insightpulse.odooops.neutralize.jooq.internal.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * One statement of a target and the count that predicts it. Both come from the same condition, so a dry run
 * predicts exactly what a live run changes.
 *
 * @param pending a scalar expression: how many rows {@link #apply} would change now
 * @param apply   the statement; its update count is the number of rows it changed
 * @param detail  for the summary's per-table and per-column counts, when the step reports them: the table and an
 *                array {@code [pending, per column…]} counted in one scan (columns in {@link Detail#columns} order)
 * @param rewrite a table rewrite that carries out {@code apply} when most of a large table is pending; the rows the
 *                step changed are then its pending count, read in the same transaction (see {@link TableRewrite})
 */
public record Step(Field<Integer> pending, Query apply, Optional<Detail> detail, Optional<TableRewrite> rewrite) {

    /**
     * What a step reports per table and column.
     *
     * @param table   the table the statement changes
     * @param columns the columns counted, in the order of {@code counts}' elements after the first
     * @param counts  {@code ARRAY[rows pending, rows whose column is pending…]}, one scan of the table
     * @param deletes whether the statement deletes its rows (reported as {@code table:deleted} too)
     */
    public record Detail(String table, List<String> columns, Field<Long[]> counts, boolean deletes) {
    }

    /** A step without per-column detail. */
    public Step(Field<Integer> pending, Query apply) {
        this(pending, apply, Optional.empty(), Optional.empty());
    }

    /** This step, its rows changed by {@code rewrite} first where that is worth it. */
    public Step withRewrite(TableRewrite rewrite) {
        return new Step(pending, apply, detail, Optional.of(rewrite));
    }

    /** {@code UPDATE table SET … WHERE condition}, counted as {@code SELECT count(*) FROM table WHERE condition}. */
    public static Step update(DSLContext dsl, Table<?> table, Map<? extends Field<?>, ?> assignments,
                              Condition condition) {
        Field<Integer> pending = DSL.field(DSL.selectCount().from(table).where(condition));
        Query apply = dsl.update(table).set(assignments).where(condition);
        return new Step(pending, apply);
    }

    /**
     * As {@link #update}, reporting per column: {@code columns} maps each column to the condition under which the
     * statement changes it (each implies {@code condition}, or is cut to it).
     */
    public static Step update(DSLContext dsl, Table<?> table, Map<? extends Field<?>, ?> assignments,
                              Condition condition, Map<String, Condition> columns) {
        Step plain = update(dsl, table, assignments, condition);
        return new Step(plain.pending(), plain.apply(), Optional.of(detail(table, condition, columns, false)),
                Optional.empty());
    }

    /** {@code DELETE FROM table WHERE condition}, counted the same way. */
    public static Step delete(DSLContext dsl, Table<?> table, Condition condition) {
        Field<Integer> pending = DSL.field(DSL.selectCount().from(table).where(condition));
        return new Step(pending, dsl.deleteFrom(table).where(condition));
    }

    /** As {@link #delete}, reporting the rows per table. */
    public static Step deleteCounted(DSLContext dsl, Table<?> table, Condition condition) {
        Step plain = delete(dsl, table, condition);
        return new Step(plain.pending(), plain.apply(), Optional.of(detail(table, condition, Map.of(), true)),
                Optional.empty());
    }

    private static Detail detail(Table<?> table, Condition condition, Map<String, Condition> columns,
                                 boolean deletes) {
        Map<String, Condition> ordered = new LinkedHashMap<>(columns);
        List<Field<Long>> counts = new ArrayList<>();
        counts.add(DSL.count().cast(Long.class));
        ordered.values().forEach(c -> counts.add(DSL.count().filterWhere(c).cast(Long.class)));
        @SuppressWarnings("unchecked")
        Field<Long>[] array = counts.toArray(new Field[0]);
        Field<Long[]> all = DSL.field(DSL.select(DSL.array(array)).from(table).where(condition));
        return new Detail(table.getName(), List.copyOf(ordered.keySet()), all, deletes);
    }
}
