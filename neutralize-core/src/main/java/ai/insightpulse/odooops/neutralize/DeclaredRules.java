package ai.insightpulse.odooops.neutralize;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The customer's declared rules: neutralization for tables of its own modules, as data. The document (YAML or
 * JSON, parsed by the caller into a tree) is either a list of rules or an object with one key, {@code rules},
 * holding that list:
 *
 * <pre>
 * rules:
 *   - name: zoho_accounts
 *     table: ipai_zoho_account
 *     set: {active: false, api_key: null}
 *     where: {active: true}
 *   - name: helpdesk_contacts          # part of the sanitize profile: runs only with --sanitize
 *     table: x_helpdesk_contact
 *     mask: {email: email, mobile: phone, passport_no: hash, notes: null, nickname: {constant: Anonymous}}
 * </pre>
 *
 * <p>A rule has either {@code set} (values) or {@code mask} (column to a {@link MaskFunction}: {@code email},
 * {@code phone}, {@code hash}, {@code null}, or {@code {constant: value}}), never both.
 *
 * <p>Everything that can be checked without a database is checked here, before any connection: known keys only,
 * plain identifiers, scalar values, no {@code set} on {@code id}, no rule on {@code ir_config_parameter} (the
 * {@code credential_settings} target owns credential-shaped settings; two writers of one key could undo each
 * other on every run). Whether the table and columns exist and the values fit their types is the engine's job,
 * against the one schema probe of the run. Values never appear in a message: they may be secrets.
 */
public final class DeclaredRules {

    /** The most rules one document may hold: a bound on the statement batch and the summary. */
    public static final int MAX_RULES = 1000;
    /** Tables no rule may write, with the reason. */
    static final Map<String, String> REFUSED_TABLES = Map.of(
            "ir_config_parameter", "is owned by the credential_settings target (a rule there could undo it,"
                    + " or it the rule, on every run); configure IPAI_CREDENTIAL_WORDS or IPAI_CREDENTIAL_KEEP instead");

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");
    private static final Set<String> RULE_KEYS = Set.of("name", "table", "set", "where", "mask");
    private static final DeclaredRules NONE = new DeclaredRules("", List.of());

    private final String source;
    private final List<DeclaredRule> rules;

    private DeclaredRules(String source, List<DeclaredRule> rules) {
        this.source = source;
        this.rules = List.copyOf(rules);
    }

    /** No rules. */
    public static DeclaredRules none() {
        return NONE;
    }

    /**
     * Validates a parsed document.
     *
     * @param source where the document came from, for messages (a file path, a policy name)
     * @throws ConfigException naming {@code source}, the rule's index and what is wrong
     */
    public static DeclaredRules parse(JsonNode document, String source) {
        JsonNode list = document;
        if (document != null && document.isObject()) {
            Iterator<String> keys = document.fieldNames();
            while (keys.hasNext()) {
                String key = keys.next();
                if (!key.equals("rules")) {
                    throw error(source, "unknown top-level key '" + ConfigException.printable(key)
                            + "' (expected rules)");
                }
            }
            list = document.get("rules");
        }
        if (list == null || list.isNull() || list.isMissingNode()) {
            return new DeclaredRules(source, List.of());
        }
        if (!list.isArray()) {
            throw error(source, "rules must be a list of rules");
        }
        if (list.size() > MAX_RULES) {
            throw error(source, list.size() + " rules, at most " + MAX_RULES + " are accepted");
        }
        List<DeclaredRule> rules = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            DeclaredRule rule = rule(list.get(i), i, source);
            if (rule.name().isPresent() && !names.add(rule.name().get())) {
                throw error(source, "rules[" + i + "]: name '" + rule.name().get() + "' is used by an earlier rule");
            }
            rules.add(rule);
        }
        return new DeclaredRules(source, rules);
    }

    private static DeclaredRule rule(JsonNode node, int index, String source) {
        String at = "rules[" + index + "]";
        if (node == null || !node.isObject()) {
            throw error(source, at + " is not a mapping (expected table, set and optionally where, name)");
        }
        Iterator<String> keys = node.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (!RULE_KEYS.contains(key)) {
                throw error(source, at + ": unknown key '" + ConfigException.printable(key)
                        + "' (expected table, set or mask, where, name)");
            }
        }
        Optional<String> name = Optional.empty();
        if (node.has("name")) {
            JsonNode n = node.get("name");
            if (!n.isTextual() || !NAME.matcher(n.asText()).matches()) {
                throw error(source, at + ": name must be 1-64 letters, digits, '_', '.' or '-'");
            }
            name = Optional.of(n.asText());
        }
        JsonNode tableNode = node.get("table");
        if (tableNode == null || !tableNode.isTextual()) {
            throw error(source, at + ": table is missing or not a string");
        }
        String table = identifier(tableNode.asText(), source, at + ": table");
        if (REFUSED_TABLES.containsKey(table)) {
            throw error(source, at + ": table " + table + " " + REFUSED_TABLES.get(table));
        }
        at = at + " (" + table + ")";
        JsonNode setNode = node.get("set");
        JsonNode maskNode = node.get("mask");
        if (setNode != null && maskNode != null) {
            throw error(source, at + ": set and mask in one rule (a masking rule runs only with --sanitize;"
                    + " write two rules)");
        }
        Map<String, Object> set = new LinkedHashMap<>();
        Map<String, ColumnMask> mask = new LinkedHashMap<>();
        if (maskNode != null) {
            if (!maskNode.isObject() || maskNode.isEmpty()) {
                throw error(source, at + ": mask is not a non-empty mapping of column: function");
            }
            Iterator<Map.Entry<String, JsonNode>> masks = maskNode.fields();
            while (masks.hasNext()) {
                Map.Entry<String, JsonNode> e = masks.next();
                String column = identifier(e.getKey(), source, at + ": mask column");
                if (column.equals("id")) {
                    throw error(source, at + ": mask on id is not allowed (ids are references, not data)");
                }
                mask.put(column, mask(e.getValue(), source, at + ": mask." + column));
            }
        } else {
            if (setNode == null || !setNode.isObject() || setNode.isEmpty()) {
                throw error(source, at + ": set is missing or not a non-empty mapping of column: value");
            }
            Iterator<Map.Entry<String, JsonNode>> fields = setNode.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                String column = identifier(e.getKey(), source, at + ": set column");
                if (column.equals("id")) {
                    throw error(source, at + ": set on id is not allowed (ids are references, not data)");
                }
                set.put(column, scalar(e.getValue(), source, at + ": set." + column));
            }
        }
        Map<String, Object> where = new LinkedHashMap<>();
        JsonNode whereNode = node.get("where");
        if (whereNode != null && !whereNode.isNull()) {
            if (!whereNode.isObject()) {
                throw error(source, at + ": where is not a mapping of column: value, null or [values]");
            }
            Iterator<Map.Entry<String, JsonNode>> conditions = whereNode.fields();
            while (conditions.hasNext()) {
                Map.Entry<String, JsonNode> e = conditions.next();
                String column = identifier(e.getKey(), source, at + ": where column");
                JsonNode v = e.getValue();
                if (v.isArray()) {
                    if (v.isEmpty()) {
                        throw error(source, at + ": where." + column + " is an empty list (it would match nothing)");
                    }
                    List<Object> values = new ArrayList<>();
                    for (JsonNode item : v) {
                        if (item.isNull()) {
                            throw error(source, at + ": where." + column
                                    + " lists null (write a separate rule with " + column + ": null)");
                        }
                        values.add(scalar(item, source, at + ": where." + column));
                    }
                    where.put(column, List.copyOf(values));
                } else {
                    where.put(column, scalar(v, source, at + ": where." + column));
                }
            }
        }
        return new DeclaredRule(index, name, table, set, where, mask);
    }

    private static ColumnMask mask(JsonNode v, String source, String at) {
        String expected = " (expected email, phone, hash, null or {constant: value})";
        if (v == null || v.isNull()) {
            return ColumnMask.of(MaskFunction.NULL);
        }
        if (v.isTextual()) {
            Optional<MaskFunction> f = MaskFunction.fromWireName(v.textValue());
            if (f.isEmpty() || f.get() == MaskFunction.CONSTANT) {
                throw error(source, at + ": unknown masking function '" + ConfigException.printable(v.textValue())
                        + "'" + expected);
            }
            return ColumnMask.of(f.get());
        }
        if (v.isObject() && v.size() == 1 && v.has("constant")) {
            Object value = scalar(v.get("constant"), source, at + ".constant");
            return value == null ? ColumnMask.of(MaskFunction.NULL) : new ColumnMask(MaskFunction.CONSTANT, value);
        }
        throw error(source, at + " is a " + (v.isNumber() ? "number" : kind(v)) + expected);
    }

    private static Object scalar(JsonNode v, String source, String at) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isIntegralNumber()) {
            if (!v.canConvertToLong()) {
                throw error(source, at + " is an integer out of range");
            }
            return v.longValue();
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        throw error(source, at + " is a " + kind(v) + "; a value is true/false, an integer, a string or null");
    }

    private static String kind(JsonNode v) {
        if (v.isObject()) {
            return "mapping";
        }
        if (v.isArray()) {
            return "list";
        }
        if (v.isNumber()) {
            return "decimal number";
        }
        return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String identifier(String value, String source, String at) {
        if (!IDENTIFIER.matcher(value).matches()) {
            throw error(source, at + " '" + ConfigException.printable(value)
                    + "' is not a plain identifier (a-z, 0-9 and _, not starting with a digit, at most 63)");
        }
        return value;
    }

    private static ConfigException error(String source, String what) {
        return new ConfigException("rules " + source + ": " + what);
    }

    /** Where the rules came from, for messages; empty for {@link #none()}. */
    public String source() {
        return source;
    }

    /** The rules, in file order. */
    public List<DeclaredRule> rules() {
        return rules;
    }

    /** Whether there is no rule. */
    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** The tables the rules name, for the schema probe. */
    public Set<String> tables() {
        Set<String> tables = new LinkedHashSet<>();
        rules.forEach(r -> tables.add(r.table()));
        return tables;
    }

    @Override
    public String toString() {
        return "DeclaredRules{" + source + ", " + rules.size() + " rule(s)}";
    }
}
