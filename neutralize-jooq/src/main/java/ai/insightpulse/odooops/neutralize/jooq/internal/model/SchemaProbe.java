package ai.insightpulse.odooops.neutralize.jooq.internal.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * One query on {@code pg_catalog} for every table any target may touch. A statement on a missing table would abort
 * the whole transaction (42P01, then 25P02), so nothing runs before this answer; and it is one query whatever the
 * number of targets ({@code DSLContext.meta()} costs ~400 ms cold and is avoided).
 *
 * <p>Each name is resolved as PostgreSQL resolves the run's own unqualified statements (and Odoo's): through the
 * session's {@code search_path}, temporary schema first ({@code to_regclass}). Reading
 * {@code information_schema.columns} for {@code current_schema()} instead saw nothing when the role may not read
 * the tables (that view hides them) or when an empty schema named after the role comes first in the path, and a run
 * that saw nothing called every target skipped. {@code pg_class} and {@code pg_attribute} are readable by every
 * role, so the probe sees every table the statements would reach, and reads the role's privileges on each with it.
 */
public final class SchemaProbe {

    private SchemaProbe() {
    }

    /** Reads the columns of {@code tables}, resolved through the search path, and the role's access to each. */
    public static ProbedSchema probe(DSLContext dsl, Set<String> tables) {
        Table<?> probed = DSL.unnest(DSL.val(tables.toArray(String[]::new))).as("probed", "name");
        Field<String> name = DSL.field(DSL.name("probed", "name"), String.class);

        Table<?> c = DSL.table(DSL.name("pg_catalog", "pg_class")).as("c");
        Field<Object> oid = DSL.field(DSL.name("c", "oid"));
        Field<String> relkind = DSL.field(DSL.name("c", "relkind"), String.class);
        Field<Object> owner = DSL.field(DSL.name("c", "relowner"));
        Field<Boolean> rowSecurity = DSL.field(DSL.name("c", "relrowsecurity"), Boolean.class);
        Field<Boolean> forceRowSecurity = DSL.field(DSL.name("c", "relforcerowsecurity"), Boolean.class);

        Table<?> a = DSL.table(DSL.name("pg_catalog", "pg_attribute")).as("a");
        Field<Object> attrelid = DSL.field(DSL.name("a", "attrelid"));
        Field<Integer> attnum = DSL.field(DSL.name("a", "attnum"), Integer.class);
        Field<Boolean> dropped = DSL.field(DSL.name("a", "attisdropped"), Boolean.class);
        Field<String> column = DSL.field(DSL.name("a", "attname"), String.class).as("column_name");
        Field<String> dataType = DSL.function("format_type", String.class, DSL.field(DSL.name("a", "atttypid")),
                DSL.castNull(SQLDataType.INTEGER)).as("data_type");

        Field<Object> resolvedAs = DSL.function("to_regclass", Object.class,
                DSL.function("quote_ident", String.class, name));
        Field<Boolean> resolved = DSL.field(oid.isNotNull()).as("resolved");
        Field<Boolean> select = privilege(oid, "SELECT");
        Field<Boolean> insert = privilege(oid, "INSERT");
        Field<Boolean> update = privilege(oid, "UPDATE");
        Field<Boolean> delete = privilege(oid, "DELETE");
        // row-level security filters rows for this role unless it bypasses it (superuser, BYPASSRLS) or owns the
        // table without FORCE ROW LEVEL SECURITY
        Table<?> roles = DSL.table(DSL.name("pg_catalog", "pg_roles"));
        Field<Boolean> bypasses = DSL.field(DSL.select(DSL.field(
                        DSL.condition(DSL.field(DSL.name("rolsuper"), Boolean.class))
                                .or(DSL.condition(DSL.field(DSL.name("rolbypassrls"), Boolean.class)))))
                .from(roles).where(DSL.field(DSL.name("rolname"), String.class).eq(DSL.currentUser())));
        Condition ownerExempt = DSL.condition(forceRowSecurity).not()
                .and(DSL.condition(DSL.function("pg_has_role", Boolean.class, owner, DSL.inline("USAGE"))));
        Field<Boolean> filtered = DSL.field(DSL.condition(rowSecurity)
                .and(DSL.condition(DSL.coalesce(bypasses, DSL.inline(false))).not())
                .and(ownerExempt.not())).as("rows_filtered");
        Field<String> role = DSL.currentUser().as("role");
        Field<String> searchPath = DSL.function("array_to_string", String.class,
                DSL.function("current_schemas", Object.class, DSL.inline(false)), DSL.inline(", ")).as("search_path");

        Map<String, Map<String, String>> columns = new HashMap<>();
        Map<String, TableAccess> access = new HashMap<>();
        String roleName = "";
        String path = "";
        for (Record r : dsl.select(name, column, dataType, resolved, select, insert, update, delete, filtered,
                        role, searchPath)
                .from(probed)
                .leftJoin(c).on(oid.eq(resolvedAs)).and(relkind.in(DSL.inline("r"), DSL.inline("p")))
                .leftJoin(a).on(attrelid.eq(oid)).and(attnum.gt(DSL.inline(0))).and(DSL.condition(dropped).not())
                .fetch()) {
            roleName = r.get(role);
            path = r.get(searchPath) == null ? "" : r.get(searchPath);
            if (!Boolean.TRUE.equals(r.get(resolved))) {
                continue;
            }
            String table = r.get(name);
            Map<String, String> tableColumns = columns.computeIfAbsent(table, k -> new HashMap<>());
            if (r.get(column) != null) {
                tableColumns.put(r.get(column), r.get(dataType));
            }
            access.putIfAbsent(table, new TableAccess(is(r.get(select)), is(r.get(insert)), is(r.get(update)),
                    is(r.get(delete)), is(r.get(filtered))));
        }
        return new ProbedSchema(columns, access, roleName, path);
    }

    private static Field<Boolean> privilege(Field<Object> oid, String privilege) {
        return DSL.function("has_table_privilege", Boolean.class, oid, DSL.inline(privilege))
                .as("may_" + privilege.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean is(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
