package ai.insightpulse.odooops.cli.gate.input;

import ai.insightpulse.odooops.cli.gate.GateInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dotenv file ({@code .env}, {@code .env.staging}, {@code .env.template}) in the syntax docker compose reads:
 * {@code KEY=value}, optional {@code export }, {@code #} comments, single- or double-quoted values (double quotes
 * may span lines, as a PEM key does). A line that is none of these is an error with its line.
 */
public final class EnvFile {

    private static final Pattern ENTRY =
            Pattern.compile("(?:export\\s+)?(?<key>[A-Za-z_][A-Za-z0-9_.\\-]*)\\s*=\\s*(?<value>.*)");

    private final String path;
    private final List<ConfigValue> values;

    private EnvFile(String path, List<ConfigValue> values) {
        this.path = path;
        this.values = List.copyOf(values);
    }

    /**
     * Parses {@code file}.
     *
     * @throws GateInputException on a line that is not a variable, a comment or blank, or an unclosed quote
     */
    public static EnvFile parse(TextFile file) {
        List<ConfigValue> values = new ArrayList<>();
        List<String> lines = file.lines();
        for (int i = 0; i < lines.size(); i++) {
            String stripped = lines.get(i).strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            Matcher m = ENTRY.matcher(stripped);
            if (!m.matches()) {
                throw new GateInputException(file.path(), i + 1, "not a KEY=value line");
            }
            int lineNo = i + 1;
            String value = m.group("value");
            if (value.startsWith("\"") || value.startsWith("'")) {
                char quote = value.charAt(0);
                StringBuilder text = new StringBuilder(value.substring(1));
                int close = closingQuote(text, quote);
                while (close < 0 && quote == '"' && i + 1 < lines.size()) {
                    text.append('\n').append(lines.get(++i));
                    close = closingQuote(text, quote);
                }
                if (close < 0) {
                    throw new GateInputException(file.path(), lineNo, "unclosed " + quote + " quote");
                }
                String rest = text.substring(close + 1).strip();
                if (!rest.isEmpty() && !rest.startsWith("#")) {
                    throw new GateInputException(file.path(), i + 1, "text after the closing quote");
                }
                value = text.substring(0, close);
                if (quote == '"') {
                    value = value.replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
                }
            } else {
                int comment = value.indexOf(" #");
                value = (comment >= 0 ? value.substring(0, comment) : value).strip();
            }
            values.add(new ConfigValue(file.path(), lineNo, m.group("key"), value));
        }
        return new EnvFile(file.path(), values);
    }

    private static int closingQuote(CharSequence text, char quote) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quote == '"') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    /** The repository-relative path. */
    public String path() {
        return path;
    }

    /** Every variable, in file order (a repeated key appears each time). */
    public List<ConfigValue> values() {
        return values;
    }

    /** The last value of {@code key} (what compose uses). */
    public Optional<ConfigValue> value(String key) {
        ConfigValue found = null;
        for (ConfigValue v : values) {
            if (v.key().equals(key)) {
                found = v;
            }
        }
        return Optional.ofNullable(found);
    }
}
