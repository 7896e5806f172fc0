package ai.insightpulse.odooops.neutralize;

import java.util.regex.Pattern;

/**
 * An Odoo external identifier, {@code module.name}, as stored in {@code ir_model_data} (columns {@code module}
 * and {@code name}). The module part is a technical module name; the name part may itself contain dots.
 *
 * @param module the module part, e.g. {@code base}
 * @param name   the record name, e.g. {@code autovacuum_job}
 */
public record XmlId(String module, String name) implements Comparable<XmlId> {

    private static final Pattern MODULE = Pattern.compile("[a-z0-9_]{1,64}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]{0,127}");

    /** Builds an xml id, rejecting parts that Odoo would never produce. */
    public XmlId {
        if (module == null || !MODULE.matcher(module).matches()) {
            throw new IllegalArgumentException("invalid module part");
        }
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid name part");
        }
    }

    /**
     * Parses {@code module.name}.
     *
     * @throws ConfigException if the text is not an xml id
     */
    public static XmlId parse(String text) {
        int dot = text == null ? -1 : text.indexOf('.');
        if (dot <= 0 || dot == text.length() - 1) {
            throw new ConfigException("'" + ConfigException.printable(text) + "' is not an xml id (module.name)");
        }
        try {
            return new XmlId(text.substring(0, dot), text.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("'" + ConfigException.printable(text) + "' is not an xml id (module.name)");
        }
    }

    @Override
    public int compareTo(XmlId other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
        return module + "." + name;
    }
}
