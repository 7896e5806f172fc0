package ai.insightpulse.odooops.neutralize.jooq.internal.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The tables and columns one database really has as the run's connection sees them (each name resolved through
 * the session's {@code search_path}, as the run's unqualified statements resolve it), and what the run's role may
 * do on each, read by {@link SchemaProbe} once per run. Targets ask it whether they can run; nothing else in a run
 * looks at the catalog again.
 */
public final class ProbedSchema {

    private final Map<String, Map<String, String>> columnsByTable;
    private final Map<String, TableAccess> accessByTable;
    private final String role;
    private final String searchPath;

    /** A schema made of these tables and columns (name to data type), each with {@linkplain TableAccess#FULL full access}. */
    public ProbedSchema(Map<String, Map<String, String>> columnsByTable) {
        this(columnsByTable, fullAccess(columnsByTable), "", "");
    }

    /**
     * A schema made of these tables and columns (name to data type) and what the role may do on each table (a
     * table without an entry: nothing, so that a gap in the probe fails closed).
     *
     * @param role       the session's role, for messages
     * @param searchPath the schemas the session's names resolve through, in order, for messages
     */
    public ProbedSchema(Map<String, Map<String, String>> columnsByTable, Map<String, TableAccess> accessByTable,
                        String role, String searchPath) {
        this.columnsByTable = Map.copyOf(columnsByTable);
        this.accessByTable = Map.copyOf(accessByTable);
        this.role = role;
        this.searchPath = searchPath;
    }

    /** What the role may do on a table the probe found ({@link TableAccess#NONE} for a table it did not). */
    public TableAccess access(String table) {
        return accessByTable.getOrDefault(table, TableAccess.NONE);
    }

    private static Map<String, TableAccess> fullAccess(Map<String, Map<String, String>> columnsByTable) {
        Map<String, TableAccess> access = new java.util.HashMap<>();
        columnsByTable.keySet().forEach(table -> access.put(table, TableAccess.FULL));
        return access;
    }

    /** Whether the table exists, by name. */
    public boolean has(String table) {
        return columnsByTable.containsKey(table);
    }

    /** The session's role ({@code current_user}), for messages; empty when unknown. */
    public String role() {
        return role;
    }

    /** The schemas unqualified names resolve through, comma-separated, for messages; empty when unknown. */
    public String searchPath() {
        return searchPath;
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

    /** The PostgreSQL data type of a column, by table name, if it exists. */
    public Optional<String> dataType(String table, String column) {
        return Optional.ofNullable(columnsByTable.getOrDefault(table, Map.of()).get(column));
    }

    /**
     * Why a target needing these columns cannot run here, or empty when every one of them exists. The reason names
     * every missing table or column, e.g. {@code missing ir_act_server.webhook_url}.
     */
    public Optional<String> missing(Collection<? extends Field<?>> required) {
        Set<String> absent = absent(required);
        return absent.isEmpty() ? Optional.empty() : Optional.of("missing " + String.join(", ", absent));
    }

    /** The missing tables and columns among {@code required}, sorted, e.g. {@code ir_act_server.webhook_url}. */
    public Set<String> absent(Collection<? extends Field<?>> required) {
        Set<String> absent = new TreeSet<>();
        for (Field<?> f : required) {
            String table = tableOf(f);
            if (!columnsByTable.containsKey(table)) {
                absent.add(table);
            } else if (!has(f)) {
                absent.add(table + "." + f.getName());
            }
        }
        return absent;
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
