package ai.insightpulse.odooops.neutralize.jooq.internal.model;

import java.util.Map;
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
 */
public record Step(Field<Integer> pending, Query apply) {

    /** {@code UPDATE table SET … WHERE condition}, counted as {@code SELECT count(*) FROM table WHERE condition}. */
    public static Step update(DSLContext dsl, Table<?> table, Map<? extends Field<?>, ?> assignments,
                              Condition condition) {
        Field<Integer> pending = DSL.field(DSL.selectCount().from(table).where(condition));
        Query apply = dsl.update(table).set(assignments).where(condition);
        return new Step(pending, apply);
    }

    /** {@code DELETE FROM table WHERE condition}, counted the same way. */
    public static Step delete(DSLContext dsl, Table<?> table, Condition condition) {
        Field<Integer> pending = DSL.field(DSL.selectCount().from(table).where(condition));
        return new Step(pending, dsl.deleteFrom(table).where(condition));
    }
}
