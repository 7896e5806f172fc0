package ai.insightpulse.odooops.neutralize.jooq.internal;

import ai.insightpulse.odooops.neutralize.ColumnMask;
import ai.insightpulse.odooops.neutralize.DeclaredRule;
import ai.insightpulse.odooops.neutralize.DeclaredRules;
import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.MaskFunction;
import ai.insightpulse.odooops.neutralize.RuleResult;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.ProbedSchema;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TableAccess;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.Masking;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The declared rules of a run turned into plain SQL against the probed schema: one {@code UPDATE} per runnable rule,
 * counted by the same condition it updates with ({@code where} AND some {@code set} column IS DISTINCT FROM its
 * value), so a dry run predicts it exactly and a second run finds nothing. Names come from the validated rules
 * (plain lower-case identifiers) and are written quoted; values are bind parameters ({@code ?}) typed by the probed
 * column type; no text of the rules file becomes SQL.
 *
 * <p>The text is built once with a string builder, not through jOOQ's DSL (200 rules cost a cold JVM ~25 ms of
 * building and rendering query objects), and the counts are folded: the rules of one table are counted in one scan
 * ({@code count(*) FILTER (WHERE …)} per rule, the table's rows narrowed by the rules' conditions OR-ed), and every
 * table's counts are concatenated into one {@code bigint[]}, one field of the run's counting select ({@link
 * #countsField()}); the post-check reads the same field again.
 *
 * @param runnable the rules that run, in file order
 * @param sql      their statements, one per runnable rule, in the same order
 * @param skipped  the other rules (by identity), with the missing table or columns
 */
record DeclaredRulePlan(List<DeclaredRule> runnable, List<RuleSql> sql, Map<DeclaredRule, String> skipped) {

    /** Why a masking rule did not run. */
    static final String NOT_SANITIZING = "a masking rule runs only with --sanitize (IPAI_SANITIZE=YES)";

    /** The shortest text column each masking function's output fits in. */
    private static final Map<MaskFunction, Integer> MASKED_LENGTH = Map.of(MaskFunction.EMAIL, 33,
            MaskFunction.HASH, 21, MaskFunction.PHONE, 4);

    /**
     * One rule's SQL.
     *
     * @param table          the table, unquoted
     * @param condition      the rows the rule changes: its {@code where} AND some column differing, with {@code ?}
     * @param conditionBinds the values of {@code condition}'s parameters, in order
     * @param update         {@code UPDATE "table" SET … WHERE condition}, with {@code ?}
     * @param updateBinds    the values of {@code update}'s parameters, in order
     */
    record RuleSql(String table, String condition, List<Object> conditionBinds, String update,
                   List<Object> updateBinds) {
    }

    /** A plan with no rules. */
    static DeclaredRulePlan none() {
        return new DeclaredRulePlan(List.of(), List.of(), Map.of());
    }

    /**
     * Plans {@code rules} against {@code schema}.
     *
     * @throws UnusableDatabase when a value does not fit its column's type, or the role may not do what a rule
     *                          needs ({@code writes}: update, else read); nothing has been written then
     */
    static DeclaredRulePlan of(DSLContext dsl, ProbedSchema schema, DeclaredRules rules, boolean writes,
                               boolean sanitizing) {
        List<DeclaredRule> runnable = new ArrayList<>();
        List<RuleSql> statements = new ArrayList<>();
        Map<DeclaredRule, String> skipped = new IdentityHashMap<>();
        for (DeclaredRule rule : rules.rules()) {
            if (rule.masks() && !sanitizing) {
                skipped.put(rule, NOT_SANITIZING);
                continue;
            }
            Optional<String> missing = missing(schema, rule);
            if (missing.isPresent()) {
                skipped.put(rule, missing.get());
                continue;
            }
            requireAccess(schema, rule, writes);
            runnable.add(rule);
            statements.add(sql(dsl, schema, rule));
        }
        return new DeclaredRulePlan(runnable, statements, skipped);
    }

    /**
     * The pending count of every runnable rule, in {@link #runnable} order, as one {@code bigint[]} field: per
     * table one scan, {@code (SELECT ARRAY[count(*) FILTER (WHERE c1), …] FROM "t" WHERE c1 OR …)}, the tables'
     * arrays concatenated. Empty when no rule runs.
     */
    Optional<Field<Long[]>> countsField() {
        if (sql.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("(");
        List<Object> binds = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        for (RuleSql r : sql) {
            if (!tables.contains(r.table())) {
                tables.add(r.table());
            }
        }
        for (String table : tables) {
            if (text.length() > 1) {
                text.append(" || ");
            }
            text.append("(select array[");
            List<Object> whereBinds = new ArrayList<>();
            StringBuilder where = new StringBuilder();
            for (RuleSql r : sql) {
                if (!r.table().equals(table)) {
                    continue;
                }
                if (!where.isEmpty()) {
                    text.append(", ");
                    where.append(" or ");
                }
                text.append("count(*) filter (where ").append(r.condition()).append(')');
                binds.addAll(r.conditionBinds());
                where.append(r.condition());
                whereBinds.addAll(r.conditionBinds());
            }
            text.append("]::bigint[] from ").append(quoted(table)).append(" where ").append(where).append(')');
            binds.addAll(whereBinds);
        }
        text.append(')');
        return Optional.of(DSL.field(text.toString(), SQLDataType.BIGINT.array(), binds.toArray()));
    }

    /**
     * The pending count per runnable rule, in {@link #runnable} order, from the value of {@link #countsField()}
     * (which lists them table by table).
     */
    List<Long> counts(Long[] folded) {
        List<String> tables = new ArrayList<>();
        for (RuleSql r : sql) {
            if (!tables.contains(r.table())) {
                tables.add(r.table());
            }
        }
        Long[] byRule = new Long[sql.size()];
        int next = 0;
        for (String table : tables) {
            for (int i = 0; i < sql.size(); i++) {
                if (sql.get(i).table().equals(table)) {
                    Long n = folded != null && next < folded.length ? folded[next] : null;
                    if (n == null) {
                        throw new IllegalStateException("the rules' counts came back incomplete ("
                                + (folded == null ? "none" : folded.length + " of " + sql.size()) + ")");
                    }
                    byRule[i] = n;
                    next++;
                }
            }
        }
        return List.of(byRule);
    }

    /** The {@code UPDATE} of the runnable rule at {@code index}, its values written as SQL literals for a batch. */
    String inlinedUpdate(DSLContext dsl, int index) {
        RuleSql r = sql.get(index);
        return dsl.renderInlined(DSL.query(r.update(), r.updateBinds().toArray()));
    }

    /** The rule results, from the rows per runnable rule ({@code rows} in {@link #runnable} order). */
    List<RuleResult> results(DeclaredRules rules, List<Long> rows, boolean dryRun) {
        // by identity: a rule record's equals compares its maps, and 200 rules looked up by equals cost a cold JVM
        // ~7 ms
        Map<DeclaredRule, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < runnable.size(); i++) {
            index.put(runnable.get(i), i);
        }
        List<RuleResult> results = new ArrayList<>();
        for (DeclaredRule rule : rules.rules()) {
            String reason = skipped.get(rule);
            if (reason != null) {
                results.add(RuleResult.skipped(rule, reason));
            } else {
                Integer i = index.get(rule);
                results.add(RuleResult.counted(rule, i != null && i < rows.size() ? rows.get(i) : 0L, dryRun));
            }
        }
        return results;
    }

    private static Optional<String> missing(ProbedSchema schema, DeclaredRule rule) {
        if (!schema.has(rule.table())) {
            return Optional.of("missing " + rule.table());
        }
        Set<String> absent = new TreeSet<>();
        for (String column : columns(rule)) {
            if (schema.dataType(rule.table(), column).isEmpty()) {
                absent.add(rule.table() + "." + column);
            }
        }
        return absent.isEmpty() ? Optional.empty() : Optional.of("missing " + String.join(", ", absent));
    }

    private static List<String> columns(DeclaredRule rule) {
        List<String> columns = new ArrayList<>(rule.set().keySet());
        columns.addAll(rule.mask().keySet());
        for (String c : rule.where().keySet()) {
            if (!columns.contains(c)) {
                columns.add(c);
            }
        }
        return columns;
    }

    private static void requireAccess(ProbedSchema schema, DeclaredRule rule, boolean writes) {
        TableAccess access = schema.access(rule.table());
        if (!access.select() || (writes && !access.update())) {
            throw new UnusableDatabase(Failure.Kind.PERMISSION, rule.label() + ": role "
                    + (schema.role().isEmpty() ? "?" : schema.role()) + " lacks "
                    + (writes ? "SELECT and UPDATE" : "SELECT") + " on " + rule.table() + "; nothing was changed");
        }
        if (access.rowsFiltered()) {
            throw new UnusableDatabase(Failure.Kind.PERMISSION, rule.label() + ": row-level security on "
                    + rule.table() + " hides rows from role " + schema.role()
                    + ", so the rule could not see what it changes; nothing was changed");
        }
    }

    /**
     * {@code UPDATE "t" SET "c" = ?, … WHERE (where AND (c differs OR …))} and its condition. A masking function
     * (email, phone, hash) is a fixed expression of its column, rendered by jOOQ with no value of the rules file.
     */
    private static RuleSql sql(DSLContext dsl, ProbedSchema schema, DeclaredRule rule) {
        StringBuilder set = new StringBuilder();
        List<Object> setBinds = new ArrayList<>();
        StringBuilder differs = new StringBuilder();
        List<Object> differsBinds = new ArrayList<>();
        for (Map.Entry<String, ColumnMask> e : rule.mask().entrySet()) {
            String column = quoted(e.getKey());
            Field<String> text = DSL.field(DSL.name(e.getKey()), String.class);
            MaskFunction f = e.getValue().function();
            separate(set, ", ").append(column).append(" = ");
            separate(differs, " or ");
            switch (f) {
                case NULL -> {
                    set.append("null");
                    differs.append(column).append(" is not null");
                }
                case CONSTANT -> assignValue(column, value(schema, rule, e.getKey(), e.getValue().constant(), "mask"),
                        set, setBinds, differs, differsBinds);
                default -> {
                    requireMaskable(schema, rule, e.getKey(), f);
                    set.append(dsl.renderInlined(switch (f) {
                        case EMAIL -> Masking.maskEmail(text);
                        case PHONE -> Masking.fakePhone(text);
                        default -> Masking.hash(text);
                    }));
                    differs.append('(').append(dsl.renderInlined(switch (f) {
                        case EMAIL -> Masking.unmaskedEmail(text);
                        case PHONE -> Masking.realPhone(text);
                        default -> Masking.unhashed(text);
                    })).append(')');
                }
            }
        }
        for (Map.Entry<String, Object> e : rule.set().entrySet()) {
            String column = quoted(e.getKey());
            Object value = value(schema, rule, e.getKey(), e.getValue(), "set");
            separate(set, ", ").append(column).append(" = ");
            separate(differs, " or ");
            assignValue(column, value, set, setBinds, differs, differsBinds);
        }
        StringBuilder condition = new StringBuilder("(");
        List<Object> conditionBinds = new ArrayList<>();
        for (Map.Entry<String, Object> e : rule.where().entrySet()) {
            String column = quoted(e.getKey());
            Object v = e.getValue();
            condition.append(column);
            if (v == null) {
                condition.append(" is null");
            } else if (v instanceof List<?> values) {
                condition.append(" in (");
                for (int i = 0; i < values.size(); i++) {
                    Object item = value(schema, rule, e.getKey(), values.get(i), "where");
                    condition.append(i == 0 ? "" : ", ").append(item == null ? "null" : "?");
                    if (item != null) {
                        conditionBinds.add(item);
                    }
                }
                condition.append(')');
            } else {
                condition.append(" = ?");
                conditionBinds.add(value(schema, rule, e.getKey(), v, "where"));
            }
            condition.append(" and ");
        }
        condition.append('(').append(differs).append("))");
        conditionBinds.addAll(differsBinds);
        List<Object> updateBinds = new ArrayList<>(setBinds);
        updateBinds.addAll(conditionBinds);
        String update = new StringBuilder("update ").append(quoted(rule.table())).append(" set ").append(set)
                .append(" where ").append(condition).toString();
        return new RuleSql(rule.table(), condition.toString(), List.copyOf(conditionBinds), update,
                List.copyOf(updateBinds));
    }

    /**
     * {@code column = value} (bound, or {@code null}) and the condition under which the row still differs from it.
     */
    private static void assignValue(String column, Object value, StringBuilder set, List<Object> setBinds,
                                    StringBuilder differs, List<Object> differsBinds) {
        if (value == null) {
            set.append("null");
            differs.append(column).append(" is not null");
        } else {
            set.append('?');
            setBinds.add(value);
            differs.append(column).append(" is distinct from ?");
            differsBinds.add(value);
        }
    }

    private static StringBuilder separate(StringBuilder b, String separator) {
        return b.isEmpty() ? b : b.append(separator);
    }

    /** A validated plain identifier ({@code [a-z_][a-z0-9_]*}, checked by DeclaredRules), double-quoted. */
    private static String quoted(String identifier) {
        return new StringBuilder(identifier.length() + 2).append('"').append(identifier.replace("\"", "\"\""))
                .append('"').toString();
    }

    /** email, phone and hash write text: the column must be text, long enough for the masked form. */
    private static void requireMaskable(ProbedSchema schema, DeclaredRule rule, String column, MaskFunction f) {
        String type = schema.dataType(rule.table(), column).orElse("?");
        String masked = "x".repeat(MASKED_LENGTH.get(f));
        if (!kind(type).equals("text") || !fitsLength(type, masked)) {
            throw new UnusableDatabase(Failure.Kind.DATABASE, rule.label() + ": mask." + column + " ("
                    + f.wireName() + ") does not fit column " + rule.table() + "." + column + " of type " + type
                    + " (expected text of at least " + masked.length() + " characters); nothing was changed");
        }
    }

    /**
     * The value, checked against the column's type, for a bind parameter ({@code null}: SQL's NULL). Boolean columns take booleans, integer columns integers
     * (in range), text columns strings; any column takes null (a NOT NULL column refuses it at run time, which
     * rolls everything back). Other types (jsonb, dates, numerics, …) take only null: a conversion we would have to
     * guess is refused rather than guessed.
     */
    private static Object value(ProbedSchema schema, DeclaredRule rule, String column, Object value,
                                String clause) {
        if (value == null) {
            return null;
        }
        String type = schema.dataType(rule.table(), column).orElse("?");
        boolean fits = switch (kind(type)) {
            case "boolean" -> value instanceof Boolean;
            case "integer" -> value instanceof Long l && fits(type, l);
            case "text" -> value instanceof String s && fitsLength(type, s);
            default -> false;
        };
        if (!fits) {
            throw new UnusableDatabase(Failure.Kind.DATABASE, rule.label() + ": " + clause + "." + column
                    + " does not fit column " + rule.table() + "." + column + " of type " + type
                    + " (expected " + expected(type) + "); nothing was changed");
        }
        return value;
    }

    private static String kind(String type) {
        if (type.equals("boolean")) {
            return "boolean";
        }
        if (type.equals("smallint") || type.equals("integer") || type.equals("bigint")) {
            return "integer";
        }
        if (type.equals("text") || type.startsWith("character varying") || type.startsWith("character(")
                || type.equals("character")) {
            return "text";
        }
        return "other";
    }

    private static String expected(String type) {
        return switch (kind(type)) {
            case "boolean" -> "true, false or null";
            case "integer" -> "an integer within " + type + " or null";
            case "text" -> "a string" + (type.contains("(") ? " within " + type : "") + " or null";
            default -> "null: values of type " + type + " are not supported in rules";
        };
    }

    private static boolean fits(String type, long value) {
        return switch (type) {
            case "smallint" -> value >= Short.MIN_VALUE && value <= Short.MAX_VALUE;
            case "integer" -> value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
            default -> true;
        };
    }

    private static boolean fitsLength(String type, String value) {
        int open = type.indexOf('(');
        if (open < 0) {
            return true;
        }
        int limit = Integer.parseInt(type.substring(open + 1, type.indexOf(')', open)));
        return value.codePointCount(0, value.length()) <= limit;
    }
}
