package ai.insightpulse.odooops.neutralize.jooq.internal.spi;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The tables and columns one database really has, read by {@link SchemaProbe} once per run. Targets ask it
 * whether they can run; nothing else in a run looks at the catalog again.
 */
public final class ProbedSchema {

    private final Map<String, Map<String, String>> columnsByTable;

    /** A schema made of these tables and columns (name to data type). */
    public ProbedSchema(Map<String, Map<String, String>> columnsByTable) {
        this.columnsByTable = Map.copyOf(columnsByTable);
    }

    /** Whether the table exists. */
    public boolean has(Table<?> table) {
        return columnsByTable.containsKey(table.getName());
    }

    /** Whether the column exists in its table. */
    public boolean has(Field<?> column) {
        Map<String, String> columns = columnsByTable.get(tableOf(column));
        return columns != null && columns.containsKey(column.getName());
    }

    /** The PostgreSQL data type of a column ({@code jsonb}, {@code character varying}, …), if it exists. */
    public Optional<String> dataType(Table<?> table, String column) {
        return Optional.ofNullable(columnsByTable.getOrDefault(table.getName(), Map.of()).get(column));
    }

    /**
     * Why a target needing these columns cannot run here, or empty when every one of them exists. The reason names
     * every missing table or column, e.g. {@code missing ir_act_server.webhook_url}.
     */
    public Optional<String> missing(Collection<? extends Field<?>> required) {
        Set<String> absent = new TreeSet<>();
        for (Field<?> f : required) {
            String table = tableOf(f);
            if (!columnsByTable.containsKey(table)) {
                absent.add(table);
            } else if (!has(f)) {
                absent.add(table + "." + f.getName());
            }
        }
        return absent.isEmpty() ? Optional.empty() : Optional.of("missing " + String.join(", ", absent));
    }

    /** Same as {@link #missing(Collection)} for a fixed list. */
    public Optional<String> missing(Field<?>... required) {
        return missing(List.of(required));
    }

    private static String tableOf(Field<?> column) {
        if (column instanceof org.jooq.TableField<?, ?> tf) {
            return tf.getTable().getName();
        }
        throw new IllegalArgumentException("not a table column: " + column);
    }
}
