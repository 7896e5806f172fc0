package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import ai.insightpulse.odooops.neutralize.jooq.internal.model.ProbedSchema;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * One {@code UPDATE} per table that gives a set of columns their neutral values, built from the columns the probe
 * found: a column a module did not add is simply left out, so the statement never names a missing column (which
 * would abort the whole transaction).
 *
 * <p>Odoo's {@code neutralize.sql} files update "all rows" once per module; we fold every module's columns of one
 * table into a single statement whose WHERE clause selects only rows where some column still differs from its
 * neutral value. So the update count is the number of rows really changed (a row counts once however many of its
 * columns change), and a second run finds nothing.
 */
final class ColumnRewrite implements Rewrite {

    private record Rule(TableField<?, ?> column, Field<?> value, Condition when, List<TableField<?, ?>> needs) {
    }

    private final Table<?> table;
    private final List<Rule> rules = new ArrayList<>();
    private Function<RunContext, Condition> rowFilter = context -> DSL.noCondition();
    private final List<TableField<?, ?>> filterNeeds = new ArrayList<>();

    private ColumnRewrite(Table<?> table) {
        this.table = table;
    }

    static ColumnRewrite of(Table<?> table) {
        return new ColumnRewrite(table);
    }

    @Override
    public Table<?> table() {
        return table;
    }

    /** Only rows matching {@code filter} are touched; the rewrite is left out unless {@code needs} exist. */
    ColumnRewrite onlyRows(Condition filter, TableField<?, ?>... needs) {
        return onlyRows(context -> filter, needs);
    }

    /** As {@link #onlyRows(Condition, TableField[])}, the filter built for each run (e.g. from its mail sink). */
    ColumnRewrite onlyRows(Function<RunContext, Condition> filter, TableField<?, ?>... needs) {
        Function<RunContext, Condition> before = rowFilter;
        rowFilter = context -> before.apply(context).and(filter.apply(context));
        filterNeeds.addAll(List.of(needs));
        return this;
    }

    /** {@code column = value} on every row. */
    <T> ColumnRewrite set(TableField<?, T> column, T value) {
        return set(column, DSL.val(value, column.getDataType()));
    }

    /** {@code column = value} on every row, {@code value} an expression (it may read the row). */
    <T> ColumnRewrite set(TableField<?, T> column, Field<T> value) {
        rules.add(new Rule(column, value, null, List.of()));
        return this;
    }

    /** {@code column = value} where {@code when} holds; the rule is left out unless {@code needs} exist. */
    <T> ColumnRewrite setWhere(TableField<?, T> column, T value, Condition when, TableField<?, ?>... needs) {
        rules.add(new Rule(column, DSL.val(value, column.getDataType()), when, List.of(needs)));
        return this;
    }

    /** Whether any column of this rewrite exists, i.e. whether {@link #step} yields a statement. */
    @Override
    public boolean applicable(ProbedSchema schema) {
        return schema.has(table) && filterNeeds.stream().allMatch(schema::has)
                && rules.stream().anyMatch(r -> present(r, schema));
    }

    /**
     * What is missing when this rewrite is not {@linkplain #applicable applicable}: the table, the columns its row
     * filter needs, or its columns
     * (named when there are at most three, counted otherwise, so the summary stays one short line).
     */
    @Override
    public String missing(ProbedSchema schema) {
        if (!schema.has(table)) {
            return table.getName();
        }
        Set<String> filterAbsent = schema.absent(filterNeeds);
        if (!filterAbsent.isEmpty()) {
            return String.join(", ", filterAbsent);
        }
        List<String> columns = rules.stream().map(r -> table.getName() + "." + r.column().getName())
                .distinct().toList();
        return columns.size() <= 3 ? String.join(", ", columns)
                : "all " + columns.size() + " columns of " + table.getName();
    }

    /** The statement for the columns present, or empty when none is. */
    @Override
    public Optional<Step> step(RunContext context) {
        ProbedSchema schema = context.schema();
        if (!applicable(schema)) {
            return Optional.empty();
        }
        Map<Field<?>, Field<?>> assignments = new LinkedHashMap<>();
        Condition differs = DSL.falseCondition();
        for (Rule r : rules) {
            if (!present(r, schema)) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Field<Object> column = (Field<Object>) r.column();
            @SuppressWarnings("unchecked")
            Field<Object> value = (Field<Object>) r.value();
            Condition when = r.when() == null ? DSL.trueCondition() : r.when();
            differs = differs.or(when.and(column.isDistinctFrom(value)));
            // several rules on one column (disjoint conditions) nest into one CASE
            @SuppressWarnings("unchecked")
            Field<Object> previous = (Field<Object>) assignments.getOrDefault(column, column);
            assignments.put(column, r.when() == null ? value : DSL.when(r.when(), value).otherwise(previous));
        }
        return Optional.of(Step.update(context.dsl(), table, assignments, rowFilter.apply(context).and(differs)));
    }

    /** The statement as a one-element list, or an empty list. */
    List<Step> steps(RunContext context) {
        return step(context).map(List::of).orElse(List.of());
    }

    private static boolean present(Rule r, ProbedSchema schema) {
        return schema.has(r.column()) && r.needs().stream().allMatch(schema::has);
    }
}
