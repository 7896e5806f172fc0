package ai.insightpulse.odooops.neutralize.jooq.internal;

import ai.insightpulse.odooops.neutralize.ColumnMask;
import ai.insightpulse.odooops.neutralize.DeclaredRule;
import ai.insightpulse.odooops.neutralize.DeclaredRules;
import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.MaskFunction;
import ai.insightpulse.odooops.neutralize.RuleResult;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.ProbedSchema;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.Step;
import ai.insightpulse.odooops.neutralize.jooq.internal.model.TableAccess;
import ai.insightpulse.odooops.neutralize.jooq.internal.targets.Masking;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The declared rules of a run turned into steps against the probed schema: one {@code UPDATE} per runnable rule,
 * counted by the same condition it updates with ({@code where} AND some {@code set} column IS DISTINCT FROM its
 * value), so a dry run predicts it exactly and a second run finds nothing. Names come from the validated rules and
 * are rendered quoted; values are bind parameters typed by the probed column type; no text of the rules file
 * becomes SQL.
 *
 * @param runnable the rules that have a step, in file order
 * @param steps    their steps, one per runnable rule
 * @param skipped  the other rules, with the missing table or columns
 */
record DeclaredRulePlan(List<DeclaredRule> runnable, List<Step> steps, Map<DeclaredRule, String> skipped) {

    /** Why a masking rule did not run. */
    static final String NOT_SANITIZING = "a masking rule runs only with --sanitize (IPAI_SANITIZE=YES)";

    /** The shortest text column each masking function's output fits in. */
    private static final Map<MaskFunction, Integer> MASKED_LENGTH = Map.of(MaskFunction.EMAIL, 33,
            MaskFunction.HASH, 21, MaskFunction.PHONE, 4);

    /**
     * Plans {@code rules} against {@code schema}.
     *
     * @throws UnusableDatabase when a value does not fit its column's type, or the role may not do what a rule
     *                          needs ({@code writes}: update, else read); nothing has been written then
     */
    static DeclaredRulePlan of(DSLContext dsl, ProbedSchema schema, DeclaredRules rules, boolean writes,
                               boolean sanitizing) {
        List<DeclaredRule> runnable = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        Map<DeclaredRule, String> skipped = new LinkedHashMap<>();
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
            steps.add(step(dsl, schema, rule));
        }
        return new DeclaredRulePlan(runnable, steps, skipped);
    }

    /** The rule results, from the rows per runnable rule ({@code rows} in {@link #steps} order). */
    List<RuleResult> results(DeclaredRules rules, List<Long> rows, boolean dryRun) {
        List<RuleResult> results = new ArrayList<>();
        for (DeclaredRule rule : rules.rules()) {
            if (skipped.containsKey(rule)) {
                results.add(RuleResult.skipped(rule, skipped.get(rule)));
            } else {
                int i = runnable.indexOf(rule);
                results.add(RuleResult.counted(rule, i < rows.size() ? rows.get(i) : 0L, dryRun));
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
            if (schema.dataType(DSL.table(DSL.name(rule.table())), column).isEmpty()) {
                absent.add(rule.table() + "." + column);
            }
        }
        return absent.isEmpty() ? Optional.empty() : Optional.of("missing " + String.join(", ", absent));
    }

    private static List<String> columns(DeclaredRule rule) {
        List<String> columns = new ArrayList<>(rule.set().keySet());
        columns.addAll(rule.mask().keySet());
        rule.where().keySet().stream().filter(c -> !columns.contains(c)).forEach(columns::add);
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

    private static Step step(DSLContext dsl, ProbedSchema schema, DeclaredRule rule) {
        Table<?> table = DSL.table(DSL.name(rule.table()));
        Map<Field<?>, Field<?>> assignments = new LinkedHashMap<>();
        Condition differs = DSL.falseCondition();
        for (Map.Entry<String, ColumnMask> e : rule.mask().entrySet()) {
            Field<Object> column = column(rule, e.getKey());
            Field<String> text = DSL.field(DSL.name(e.getKey()), String.class);
            MaskFunction f = e.getValue().function();
            switch (f) {
                case NULL -> {
                    assignments.put(column, DSL.inline((Object) null));
                    differs = differs.or(column.isNotNull());
                }
                case CONSTANT -> {
                    Field<Object> value = value(schema, rule, e.getKey(), e.getValue().constant(), "mask");
                    assignments.put(column, value);
                    differs = differs.or(column.isDistinctFrom(value));
                }
                default -> {
                    requireMaskable(schema, rule, e.getKey(), f);
                    assignments.put(column, switch (f) {
                        case EMAIL -> Masking.maskEmail(text);
                        case PHONE -> Masking.fakePhone(text);
                        default -> Masking.hash(text);
                    });
                    differs = differs.or(switch (f) {
                        case EMAIL -> Masking.unmaskedEmail(text);
                        case PHONE -> Masking.realPhone(text);
                        default -> Masking.unhashed(text);
                    });
                }
            }
        }
        for (Map.Entry<String, Object> e : rule.set().entrySet()) {
            Field<Object> column = column(rule, e.getKey());
            Field<Object> value = value(schema, rule, e.getKey(), e.getValue(), "set");
            assignments.put(column, value);
            differs = differs.or(e.getValue() == null ? column.isNotNull() : column.isDistinctFrom(value));
        }
        Condition where = DSL.noCondition();
        for (Map.Entry<String, Object> e : rule.where().entrySet()) {
            Field<Object> column = column(rule, e.getKey());
            Object v = e.getValue();
            if (v == null) {
                where = where.and(column.isNull());
            } else if (v instanceof List<?> values) {
                List<Field<Object>> bound = new ArrayList<>();
                for (Object item : values) {
                    bound.add(value(schema, rule, e.getKey(), item, "where"));
                }
                where = where.and(column.in(bound));
            } else {
                where = where.and(column.eq(value(schema, rule, e.getKey(), v, "where")));
            }
        }
        return Step.update(dsl, table, assignments, where.and(differs));
    }

    /** email, phone and hash write text: the column must be text, long enough for the masked form. */
    private static void requireMaskable(ProbedSchema schema, DeclaredRule rule, String column, MaskFunction f) {
        String type = schema.dataType(DSL.table(DSL.name(rule.table())), column).orElse("?");
        String masked = "x".repeat(MASKED_LENGTH.get(f));
        if (!kind(type).equals("text") || !fitsLength(type, masked)) {
            throw new UnusableDatabase(Failure.Kind.DATABASE, rule.label() + ": mask." + column + " ("
                    + f.wireName() + ") does not fit column " + rule.table() + "." + column + " of type " + type
                    + " (expected text of at least " + masked.length() + " characters); nothing was changed");
        }
    }

    private static Field<Object> column(DeclaredRule rule, String column) {
        return DSL.field(DSL.name(column));
    }

    /**
     * The value as a bind parameter of the column's type. Boolean columns take booleans, integer columns integers
     * (in range), text columns strings; any column takes null (a NOT NULL column refuses it at run time, which
     * rolls everything back). Other types (jsonb, dates, numerics, …) take only null: a conversion we would have to
     * guess is refused rather than guessed.
     */
    @SuppressWarnings("unchecked")
    private static Field<Object> value(ProbedSchema schema, DeclaredRule rule, String column, Object value,
                                       String clause) {
        if (value == null) {
            return (Field<Object>) (Field<?>) DSL.inline((Object) null);
        }
        String type = schema.dataType(DSL.table(DSL.name(rule.table())), column).orElse("?");
        DataType<?> bound = switch (kind(type)) {
            case "boolean" -> value instanceof Boolean ? SQLDataType.BOOLEAN : null;
            case "integer" -> value instanceof Long l && fits(type, l) ? SQLDataType.BIGINT : null;
            case "text" -> value instanceof String s && fitsLength(type, s) ? SQLDataType.VARCHAR : null;
            default -> null;
        };
        if (bound == null) {
            throw new UnusableDatabase(Failure.Kind.DATABASE, rule.label() + ": " + clause + "." + column
                    + " does not fit column " + rule.table() + "." + column + " of type " + type
                    + " (expected " + expected(type) + "); nothing was changed");
        }
        return (Field<Object>) (Field<?>) DSL.val(value, bound);
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
