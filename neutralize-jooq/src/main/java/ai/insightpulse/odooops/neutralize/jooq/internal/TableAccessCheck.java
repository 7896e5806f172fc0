package ai.insightpulse.odooops.neutralize.jooq.internal;

import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_CONFIG_PARAMETER;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_CRON;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_MAIL_SERVER;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_MODEL_DATA;
import static ai.insightpulse.odooops.neutralize.jooq.internal.schema.Tables.IR_MODULE_MODULE;

import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.ProbedSchema;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TableAccess;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TableAccess.Privilege;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.impl.QOM;

/**
 * Fail closed: a database is Odoo only when the run can use Odoo's tables as Odoo's own connection would. A run
 * that could not see the core tables (they do not resolve through the search path, or the role may not read them)
 * would otherwise find every target "skipped" and report an untouched copy as neutralized. So: a core table
 * missing is {@link Failure.Kind#NOT_ODOO}; a table a run reads or writes that the role may not use as the run
 * needs is {@link Failure.Kind#PERMISSION}, never a skip. Optional tables that do not exist still skip their
 * targets.
 */
final class TableAccessCheck {

    /** Every Odoo database has these from its first install ({@code base}); without them it is not Odoo. */
    static final List<Table<?>> CORE_TABLES =
            List.of(IR_MODULE_MODULE, IR_MODEL_DATA, IR_CONFIG_PARAMETER, IR_MAIL_SERVER, IR_CRON);

    private TableAccessCheck() {
    }

    /** The names of {@link #CORE_TABLES}. */
    static Set<String> coreTableNames() {
        return CORE_TABLES.stream().map(Table::getName).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Throws unless every core table resolves through the search path and the role may read all of its rows.
     *
     * @throws UnusableDatabase {@code not_odoo} or {@code permission}
     */
    static void requireOdoo(ProbedSchema schema) {
        Set<String> missing = new TreeSet<>();
        Map<String, Set<Privilege>> reads = new TreeMap<>();
        for (Table<?> table : CORE_TABLES) {
            if (!schema.has(table.getName())) {
                missing.add(table.getName());
            } else {
                reads.put(table.getName(), EnumSet.of(Privilege.SELECT));
            }
        }
        if (!missing.isEmpty()) {
            throw new UnusableDatabase(Failure.Kind.NOT_ODOO, "not an Odoo database as role " + role(schema)
                    + " sees it: " + String.join(", ", missing) + " not found through its search_path ("
                    + (schema.searchPath().isEmpty() ? "no schema it may use" : schema.searchPath())
                    + "): another database, or a schema the role may not use; nothing was changed and nothing is "
                    + "called neutralized");
        }
        require(schema, reads, Map.of());
    }

    /**
     * Throws unless the role holds, on every table the planned steps use, what they need: {@code SELECT} on every
     * table a running target touches, and (unless {@code writes} is false: an inspection only reads) the
     * {@code UPDATE}, {@code INSERT} or {@code DELETE} each statement does.
     *
     * @param tablesByTarget the tables each running target touches that exist
     * @param stepsByTarget  the steps of each running target
     * @throws UnusableDatabase {@code permission}
     */
    static void requirePrivileges(ProbedSchema schema, Map<NeutralizationTarget, Set<String>> tablesByTarget,
                                  Map<NeutralizationTarget, List<Step>> stepsByTarget, boolean writes) {
        Map<String, Set<Privilege>> needed = new TreeMap<>();
        Map<String, Set<NeutralizationTarget>> users = new TreeMap<>();
        tablesByTarget.forEach((target, tables) -> tables.forEach(table -> {
            needed.computeIfAbsent(table, k -> EnumSet.noneOf(Privilege.class)).add(Privilege.SELECT);
            users.computeIfAbsent(table, k -> new TreeSet<>()).add(target);
        }));
        if (writes) {
            stepsByTarget.forEach((target, steps) -> steps.forEach(step -> writesOf(step.apply()).forEach(
                    (table, privileges) -> {
                        needed.computeIfAbsent(table, k -> EnumSet.noneOf(Privilege.class)).addAll(privileges);
                        users.computeIfAbsent(table, k -> new TreeSet<>()).add(target);
                    })));
        }
        require(schema, needed, users);
    }

    private static void require(ProbedSchema schema, Map<String, Set<Privilege>> needed,
                                Map<String, Set<NeutralizationTarget>> users) {
        // tables lacking the same privileges for the same targets share one clause, so the line stays short
        Map<Lack, List<String>> lacking = new java.util.LinkedHashMap<>();
        List<String> filtered = new ArrayList<>();
        needed.forEach((table, privileges) -> {
            TableAccess access = schema.access(table);
            List<Privilege> missing = access.lacking(privileges);
            if (!missing.isEmpty()) {
                String what = missing.stream().map(Enum::name).collect(Collectors.joining("/"));
                lacking.computeIfAbsent(new Lack(what, forTargets(users.get(table))), k -> new ArrayList<>())
                        .add(table);
            }
            if (access.rowsFiltered()) {
                filtered.add(table);
            }
        });
        if (!lacking.isEmpty()) {
            List<String> clauses = new ArrayList<>();
            lacking.forEach((lack, tables) ->
                    clauses.add(lack.privileges() + " on " + String.join(", ", tables) + lack.users()));
            throw new UnusableDatabase(Failure.Kind.PERMISSION, "role " + role(schema) + " lacks "
                    + String.join("; ", clauses) + ": it cannot use Odoo's tables as Odoo's own connection does; "
                    + "nothing was changed and nothing is called neutralized");
        }
        if (!filtered.isEmpty()) {
            throw new UnusableDatabase(Failure.Kind.PERMISSION, "row-level security on " + String.join(", ", filtered)
                    + " can hide rows from role " + role(schema) + " (Odoo never enables it): a count there cannot "
                    + "be trusted; nothing was changed and nothing is called neutralized");
        }
    }

    /**
     * The privileges a statement needs for what it writes, by table, read from the statement itself so that the
     * check cannot drift from what runs. jOOQ's query object model ({@code QOM}, experimental in 3.19) exposes
     * the target table of an {@code UPDATE}, {@code DELETE} or {@code INSERT}.
     */
    static Map<String, Set<Privilege>> writesOf(Query query) {
        Map<String, Set<Privilege>> writes = new TreeMap<>();
        if (query instanceof QOM.Update<?> update) {
            writes.put(tableName(update.$table()), EnumSet.of(Privilege.UPDATE));
        } else if (query instanceof QOM.Delete<?> delete) {
            writes.put(tableName(delete.$from()), EnumSet.of(Privilege.DELETE));
        } else if (query instanceof QOM.Insert<?> insert) {
            Set<Privilege> p = EnumSet.of(Privilege.INSERT);
            if (insert.$onDuplicateKeyUpdate() || !insert.$updateSet().isEmpty()) {
                p.add(Privilege.UPDATE);
            }
            writes.put(tableName(insert.$into()), p);
        } else {
            throw new IllegalStateException("a step's statement is neither UPDATE, DELETE nor INSERT: " + query);
        }
        return writes;
    }

    private static String tableName(Table<?> table) {
        Table<?> t = table;
        while (t instanceof QOM.TableAlias<?> alias) {
            t = alias.$table();
        }
        return t.getName();
    }

    /** Privileges missing (e.g. {@code SELECT/UPDATE}) and who needs them (e.g. {@code  (target crons)}). */
    private record Lack(String privileges, String users) {
    }

    private static String forTargets(Set<NeutralizationTarget> targets) {
        if (targets == null || targets.isEmpty()) {
            return " (Odoo core tables)";
        }
        return " (target " + targets.stream().map(NeutralizationTarget::id).collect(Collectors.joining(", ")) + ")";
    }

    private static String role(ProbedSchema schema) {
        return schema.role().isEmpty() ? "(unknown)" : schema.role();
    }
}
