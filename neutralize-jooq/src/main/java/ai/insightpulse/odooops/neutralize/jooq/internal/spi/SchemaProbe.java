package ai.insightpulse.odooops.neutralize.jooq.internal.spi;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.impl.DSL;

/**
 * One query on {@code information_schema.columns} for every table any target may touch. A statement on a
 * missing table would abort the whole transaction (42P01, then 25P02), so nothing runs before this answer; and
 * it is one query whatever the number of targets ({@code DSLContext.meta()} costs ~400 ms cold and is avoided).
 */
public final class SchemaProbe {

    private SchemaProbe() {
    }

    /** Reads the columns of {@code tables} in the connection's current schema. */
    public static ProbedSchema probe(DSLContext dsl, Set<String> tables) {
        Map<String, Map<String, String>> columns = new HashMap<>();
        var c = DSL.table(DSL.name("information_schema", "columns"));
        var tableName = DSL.field(DSL.name("table_name"), String.class);
        var columnName = DSL.field(DSL.name("column_name"), String.class);
        var dataType = DSL.field(DSL.name("data_type"), String.class);
        var schema = DSL.field(DSL.name("table_schema"), String.class);
        for (Record3<String, String, String> r : dsl.select(tableName, columnName, dataType)
                .from(c)
                .where(schema.eq(DSL.currentSchema()))
                .and(tableName.in(tables))
                .fetch()) {
            columns.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3());
        }
        return new ProbedSchema(columns);
    }
}
