package ai.insightpulse.odooops.neutralize.jooq.internal.targets;

import ai.insightpulse.odooops.neutralize.jooq.internal.model.ProbedSchema;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Tables and columns of the sanitize step by name: they are personal-data columns that come and go with modules
 * and series (mobile, phone_sanitized, signup_token, …), so each is probed and used only where it exists.
 */
final class SanitizeColumns {

    private SanitizeColumns() {
    }

    static Table<?> table(String name) {
        return DSL.table(DSL.name(name));
    }

    static Field<String> text(Table<?> table, String column) {
        return DSL.field(DSL.name(table.getName(), column), String.class);
    }

    static <T> Field<T> column(Table<?> table, String column, Class<T> type) {
        return DSL.field(DSL.name(table.getName(), column), type);
    }

    static boolean has(ProbedSchema schema, Table<?> table, String column) {
        return schema.dataType(table, column).isPresent();
    }

    static Optional<String> require(ProbedSchema schema, Table<?> table, String... columns) {
        if (!schema.has(table)) {
            return Optional.of("missing " + table.getName());
        }
        for (String c : columns) {
            if (!has(schema, table, c)) {
                return Optional.of("missing " + table.getName() + "." + c);
            }
        }
        return Optional.empty();
    }
}
