package ai.insightpulse.odooops.cli.gate.input;

import ai.insightpulse.odooops.cli.gate.GateInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Odoo configuration file ({@code odoo.conf}), parsed in the dialect Odoo itself reads: Python's
 * {@code configparser.RawConfigParser} with its defaults (odoo/tools/config.py, 16.0–19.0). That is: {@code [section]}
 * headers, {@code key = value} or {@code key: value} split at the first delimiter, full-line comments starting with
 * {@code #} or {@code ;} (no inline comments), indented lines continuing the previous value, option names
 * lower-cased, and {@code strict=True}: a duplicate section or option is an error, as it is for Odoo.
 *
 * <p>Why a parser of our own: the gates need the line of every option for their findings and must refuse what Odoo
 * refuses; no maintained Java INI library reports lines or follows this dialect (ini4j is unmaintained, Apache
 * Commons Configuration merges duplicates into lists and drops positions).
 */
public final class OdooConf {

    private static final Pattern SECTION = Pattern.compile("\\[(?<name>.+)]");
    private static final Pattern OPTION = Pattern.compile("(?<key>.*?)\\s*[=:]\\s*(?<value>.*)");

    private final String path;
    private final Map<String, Map<String, ConfigValue>> sections;

    private OdooConf(String path, Map<String, Map<String, ConfigValue>> sections) {
        this.path = path;
        this.sections = sections;
    }

    /**
     * Parses {@code file}.
     *
     * @throws GateInputException where Odoo's parser would fail (with the line), or when there is no
     *         {@code [options]} section (Odoo would silently ignore the whole file)
     */
    public static OdooConf parse(TextFile file) {
        Map<String, Map<String, ConfigValue>> sections = new LinkedHashMap<>();
        Map<String, Integer> sectionLines = new LinkedHashMap<>();
        Map<String, ConfigValue> current = null;
        String currentKey = null;
        int keyIndent = 0;
        List<String> lines = file.lines();
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String raw = lines.get(i);
            String stripped = raw.strip();
            if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith(";")) {
                continue;
            }
            int indent = raw.length() - raw.stripLeading().length();
            if (current != null && currentKey != null && indent > keyIndent) {
                ConfigValue previous = current.get(currentKey);
                String joined = previous.value().isEmpty() ? stripped : previous.value() + "\n" + stripped;
                current.put(currentKey, new ConfigValue(previous.file(), previous.line(), currentKey, joined));
                continue;
            }
            Matcher section = SECTION.matcher(stripped);
            if (section.matches()) {
                String name = section.group("name");
                if (sectionLines.containsKey(name)) {
                    throw new GateInputException(file.path(), lineNo, "duplicate section [" + name
                            + "] (first at line " + sectionLines.get(name) + "); Odoo refuses this file");
                }
                sectionLines.put(name, lineNo);
                current = new LinkedHashMap<>();
                sections.put(name, current);
                currentKey = null;
                continue;
            }
            if (current == null) {
                throw new GateInputException(file.path(), lineNo,
                        "option before any [section] header; Odoo refuses this file");
            }
            Matcher option = OPTION.matcher(stripped);
            if (!option.matches() || option.group("key").isEmpty()) {
                throw new GateInputException(file.path(), lineNo,
                        "not a 'key = value' line; Odoo refuses this file");
            }
            String key = option.group("key").toLowerCase(Locale.ROOT);
            ConfigValue duplicate = current.get(key);
            if (duplicate != null) {
                throw new GateInputException(file.path(), lineNo, "duplicate option '" + key + "' (first at line "
                        + duplicate.line() + "); Odoo refuses this file");
            }
            current.put(key, new ConfigValue(file.path(), lineNo, key, option.group("value").strip()));
            currentKey = key;
            keyIndent = indent;
        }
        if (!sections.containsKey("options")) {
            throw new GateInputException(file.path(), 0,
                    "no [options] section: Odoo would ignore every setting in this file");
        }
        return new OdooConf(file.path(), sections);
    }

    /** The repository-relative path. */
    public String path() {
        return path;
    }

    /** The option {@code key} of the {@code [options]} section, the only one Odoo reads its settings from. */
    public Optional<ConfigValue> option(String key) {
        return Optional.ofNullable(sections.get("options").get(key));
    }

    /** Every option of every section, in file order. */
    public List<ConfigValue> values() {
        List<ConfigValue> all = new ArrayList<>();
        for (Map<String, ConfigValue> section : sections.values()) {
            all.addAll(section.values());
        }
        all.sort(Comparator.comparingInt(ConfigValue::line));
        return all;
    }
}
