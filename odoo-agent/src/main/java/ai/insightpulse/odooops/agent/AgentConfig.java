package ai.insightpulse.odooops.agent;

import ai.insightpulse.odooops.neutralize.ConfigException;
import ai.insightpulse.odooops.neutralize.ConfigValues;
import ai.insightpulse.odooops.neutralize.ConfigVariables;
import ai.insightpulse.odooops.neutralize.DatabaseEndpoint;
import ai.insightpulse.odooops.neutralize.DatabaseNames;
import ai.insightpulse.odooops.neutralize.Environment;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import ai.insightpulse.odooops.neutralize.Secret;
import ai.insightpulse.odooops.neutralize.SecretFile;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything the agent needs, read once from the CLI's variables ({@code IPAI_ENV}, {@code ODOO_STAGE},
 * {@code DB_*}, …, through {@link ConfigVariables}) plus the agent's own, each of which is also a flag:
 *
 * <table>
 *   <caption>Agent settings</caption>
 *   <tr><th>variable</th><th>flag</th><th>default</th></tr>
 *   <tr><td>{@code ODOOOPS_AGENT_PORT}</td><td>{@code --port}</td><td>{@code 9069}</td></tr>
 *   <tr><td>{@code ODOOOPS_AGENT_BIND}</td><td>{@code --bind}</td><td>{@code 127.0.0.1}</td></tr>
 *   <tr><td>{@code ODOOOPS_AGENT_TOKEN}</td><td>{@code --token}</td><td>none: {@code neutralization.apply} refused</td></tr>
 *   <tr><td>{@code ODOOOPS_AGENT_TOKEN_FILE}</td><td>{@code --token-file}</td><td>none: the token from a file</td></tr>
 *   <tr><td>{@code ODOOOPS_AGENT_ODOO_URL}</td><td>{@code --odoo-url}</td><td>none: Odoo not probed</td></tr>
 *   <tr><td>{@code ODOOOPS_AGENT_INTERVAL}</td><td>{@code --interval}</td><td>{@code 15s}</td></tr>
 *   <tr><td>{@code ODOOOPS_AGENT_ENFORCE}</td><td>{@code --enforce}</td><td>{@code false}</td></tr>
 *   <tr><td>{@code ODOOOPS_AGENT_MAX_BODY}</td><td>{@code --max-body}</td><td>{@code 262144} bytes</td></tr>
 *   <tr><td>{@code ODOOOPS_AGENT_READ_TIMEOUT}</td><td>{@code --read-timeout}</td><td>{@code 10s}</td></tr>
 *   <tr><td>{@code ODOOOPS_AGENT_IDLE_TIMEOUT}</td><td>{@code --idle-timeout}</td><td>{@code 60s}</td></tr>
 *   <tr><td>{@code ODOOOPS_AGENT_DATABASES}</td><td>{@code --databases}</td><td>none: sidecar mode (one {@code DB_NAME})</td></tr>
 *   <tr><td>{@code ODOOOPS_AGENT_MAX_CONNECTIONS}</td><td>{@code --max-connections}</td><td>{@code 4} (fleet mode)</td></tr>
 *   <tr><td>{@code ODOOOPS_AGENT_DISCOVERY_DB}</td><td>{@code --discovery-db}</td><td>{@code postgres} (fleet mode)</td></tr>
 * </table>
 *
 * <p>With {@link #DATABASES} set the agent runs in <em>fleet mode</em> ({@link #fleet()}): it watches every
 * database of the server whose name matches one of the patterns, each in the environment ENV_DB_MAP gives its
 * name; {@code DB_NAME}, {@code IPAI_ENV}/{@code ODOO_STAGE} and {@link #ODOO_URL} are then refused, since they
 * describe one database.
 *
 * <p>The agent never needs {@code IPAI_NEUTRALIZE_CONFIRM} to start: it inspects in dry-run. It writes only
 * through {@code neutralization.apply} (where the bearer token is the operator's confirmation) or through
 * enforcement (which the operator switched on), and never in prod.
 */
public final class AgentConfig {

    /** Listen port; 0 picks a free one. */
    public static final String PORT = "ODOOOPS_AGENT_PORT";
    /** Listen address. */
    public static final String BIND = "ODOOOPS_AGENT_BIND";
    /** Bearer token that {@code neutralization.apply} requires. */
    public static final String TOKEN = "ODOOOPS_AGENT_TOKEN";
    /**
     * A file holding that token (a Docker or Kubernetes secret mounted as a file), instead of {@link #TOKEN}: the
     * token is then neither in the process environment nor in the process list.
     */
    public static final String TOKEN_FILE = "ODOOOPS_AGENT_TOKEN_FILE";
    /** Base URL of the Odoo server to probe, e.g. {@code http://127.0.0.1:8069}. */
    public static final String ODOO_URL = "ODOOOPS_AGENT_ODOO_URL";
    /** How often the database is checked, e.g. {@code 15s}, {@code 500ms}, {@code 1m}. */
    public static final String INTERVAL = "ODOOOPS_AGENT_INTERVAL";
    /** {@code true} re-neutralizes at once when a check finds pending rows outside prod. */
    public static final String ENFORCE = "ODOOOPS_AGENT_ENFORCE";
    /** Largest request body accepted, in bytes; larger ones get HTTP 413. */
    public static final String MAX_BODY = "ODOOOPS_AGENT_MAX_BODY";
    /**
     * How long a request may take to arrive, headers and body together, counted from its first byte; a client
     * still sending then is disconnected (a byte every few seconds does not extend it).
     */
    public static final String READ_TIMEOUT = "ODOOOPS_AGENT_READ_TIMEOUT";
    /** How long a connection may stay open without a request before the agent closes it. */
    public static final String IDLE_TIMEOUT = "ODOOOPS_AGENT_IDLE_TIMEOUT";
    /** Fleet mode: comma-separated database names and globs ({@code *}, {@code ?}), e.g. {@code odoo_dev_*,odoo_stage}. */
    public static final String DATABASES = "ODOOOPS_AGENT_DATABASES";
    /** Fleet mode: the most connections the agent holds on the server at once, whatever the number of databases. */
    public static final String MAX_CONNECTIONS = "ODOOOPS_AGENT_MAX_CONNECTIONS";
    /** Fleet mode: the database the agent connects to for listing {@code pg_database}. */
    public static final String DISCOVERY_DB = "ODOOOPS_AGENT_DISCOVERY_DB";

    /** The default port: Odoo's 8069 shifted by a thousand, free in Odoo's own images. */
    public static final int DEFAULT_PORT = 9069;
    /** The default check interval. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(15);
    /** The default body limit: far above any real call, far below what could hurt a 32 MiB heap. */
    public static final int DEFAULT_MAX_BODY = 256 * 1024;
    /** The default read timeout: a real call's few hundred bytes arrive in milliseconds, even over a slow link. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
    /** The default idle timeout: longer than any scraper's interval, so keep-alive connections are reused. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);
    /** The default connection cap of fleet mode. */
    public static final int DEFAULT_MAX_CONNECTIONS = 4;
    /** The largest connection cap accepted: a fleet agent is one client among Odoo's many. */
    public static final int LIMIT_MAX_CONNECTIONS = 64;
    /** The shortest token accepted: shorter ones are guessable. */
    public static final int MIN_TOKEN_LENGTH = 16;

    private static final Map<String, String> FLAGS = flags();
    private static final Pattern DATABASE_PATTERN = Pattern.compile("[a-z0-9_*?]{1,63}");
    private static final Pattern BIND_ADDRESS = Pattern.compile("[A-Za-z0-9.\\-:]{1,253}");

    private final NeutralizeConfig inspection;
    private final String bind;
    private final int port;
    private final Secret token;
    private final Optional<URI> odooUrl;
    private final Duration interval;
    private final boolean enforce;
    private final int maxBodyBytes;
    private final Duration readTimeout;
    private final Duration idleTimeout;
    private final Optional<Fleet> fleet;

    /**
     * Fleet mode's own settings.
     *
     * @param patterns          the database names and globs, as given
     * @param maxConnections    the most connections held at once on the server
     * @param discoveryDatabase where {@code pg_database} is read
     */
    public record Fleet(List<String> patterns, int maxConnections, String discoveryDatabase) {
        /** Copies the list. */
        public Fleet {
            patterns = List.copyOf(patterns);
        }
    }
    private final Duration connectionWait;
    private final Duration readinessFreshness;
    private final Duration odooProbeTimeout;

    private AgentConfig(NeutralizeConfig inspection, String bind, int port, Secret token, Optional<URI> odooUrl,
                        Duration interval, boolean enforce, int maxBodyBytes, Duration readTimeout,
                        Duration idleTimeout, Optional<Fleet> fleet) {
        this.inspection = inspection;
        this.bind = bind;
        this.port = port;
        this.token = token;
        this.odooUrl = odooUrl;
        this.interval = interval;
        this.enforce = enforce;
        this.maxBodyBytes = maxBodyBytes;
        this.readTimeout = readTimeout;
        this.idleTimeout = idleTimeout;
        this.fleet = fleet;
        // the timings derived from the interval, here once rather than where they are used
        Duration halfInterval = interval.dividedBy(2);
        this.connectionWait = halfInterval.compareTo(inspection.connectTimeout()) > 0
                ? inspection.connectTimeout() : halfInterval;
        this.readinessFreshness = interval.multipliedBy(2).plusSeconds(1);
        this.odooProbeTimeout = interval.compareTo(Duration.ofSeconds(2)) < 0 ? interval : Duration.ofSeconds(2);
    }

    /**
     * Reads and validates the configuration.
     *
     * @param environment the process environment (or any variables map)
     * @param args        command-line flags ({@code --port=9069} or {@code --port 9069}); they win over variables
     * @throws ConfigException with a one-line reason on the first bad value
     */
    public static AgentConfig read(Map<String, String> environment, List<String> args) {
        Map<String, String> vars = new HashMap<>(environment);
        vars.putAll(parseFlags(args));
        Duration interval = optional(vars, INTERVAL).map(v -> duration(INTERVAL, v)).orElse(DEFAULT_INTERVAL);
        if (interval.compareTo(Duration.ofMillis(100)) < 0 || interval.compareTo(Duration.ofHours(1)) > 0) {
            throw new ConfigException(INTERVAL + " must be between 100ms and 1h");
        }
        // A check must end before the next one is due, so statements are capped near the interval.
        Optional<Fleet> fleet = fleet(vars);
        if (fleet.isPresent()) {
            // the shared settings (host, role, password, allowlist, targets) are read as for a dev database; each
            // database's own configuration is derived from this one by forDatabase, in its name's environment
            vars.put(ConfigVariables.IPAI_ENV, Environment.DEV.ipaiName());
            vars.put(ConfigVariables.DB_NAME, DatabaseNames.DEV);
        }
        NeutralizeConfig read = ConfigVariables.read(vars, true);
        Duration statementCap = interval.compareTo(Duration.ofSeconds(5)) < 0 ? Duration.ofSeconds(5) : interval;
        NeutralizeConfig inspection = read.toBuilder().dryRun(true).statementTimeout(statementCap).build();
        String bind = optional(vars, BIND).orElse("127.0.0.1");
        if (!BIND_ADDRESS.matcher(bind).matches()) {
            throw new ConfigException(BIND + "='" + ConfigException.printable(shown(bind)) + "' is not an address");
        }
        int port = optional(vars, PORT).map(v -> integer(PORT, v, 0, 65535)).orElse(DEFAULT_PORT);
        Secret token = token(vars);
        Optional<URI> odooUrl = optional(vars, ODOO_URL).map(AgentConfig::odooUrl);
        boolean enforce = optional(vars, ENFORCE).map(v -> bool(ENFORCE, v)).orElse(false);
        int maxBody = optional(vars, MAX_BODY).map(v -> integer(MAX_BODY, v, 1024, 16 * 1024 * 1024))
                .orElse(DEFAULT_MAX_BODY);
        Duration readTimeout = optional(vars, READ_TIMEOUT).map(v -> duration(READ_TIMEOUT, v))
                .orElse(DEFAULT_READ_TIMEOUT);
        if (readTimeout.compareTo(Duration.ofMillis(100)) < 0 || readTimeout.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new ConfigException(READ_TIMEOUT + " must be between 100ms and 5m");
        }
        Duration idleTimeout = optional(vars, IDLE_TIMEOUT).map(v -> duration(IDLE_TIMEOUT, v))
                .orElse(DEFAULT_IDLE_TIMEOUT);
        if (idleTimeout.compareTo(Duration.ofMillis(100)) < 0 || idleTimeout.compareTo(Duration.ofHours(1)) > 0) {
            throw new ConfigException(IDLE_TIMEOUT + " must be between 100ms and 1h");
        }
        return new AgentConfig(inspection, bind, port, token, odooUrl, interval, enforce, maxBody, readTimeout,
                idleTimeout, fleet);
    }

    private static Optional<Fleet> fleet(Map<String, String> vars) {
        Optional<String> databases = optional(vars, DATABASES);
        if (databases.isEmpty()) {
            for (String fleetOnly : List.of(MAX_CONNECTIONS, DISCOVERY_DB)) {
                if (vars.get(fleetOnly) != null) {
                    throw new ConfigException(fleetOnly + " is for fleet mode; set " + DATABASES + " too");
                }
            }
            return Optional.empty();
        }
        for (String single : List.of(ConfigVariables.DB_NAME, ConfigVariables.IPAI_ENV, ConfigVariables.ODOO_STAGE,
                ODOO_URL)) {
            if (vars.get(single) != null) {
                throw new ConfigException(single + " describes one database; in fleet mode (" + DATABASES
                        + ") each database's environment comes from its name (ENV_DB_MAP): unset " + single);
            }
        }
        List<String> patterns = new java.util.ArrayList<>();
        for (String p : databases.get().split(",")) {
            String pattern = p.strip();
            if (!DATABASE_PATTERN.matcher(pattern).matches()) {
                throw new ConfigException(DATABASES + " holds '" + ConfigException.printable(shown(pattern))
                        + "', which is not a database name or glob (a-z, 0-9, _, * and ? only, at most 63)");
            }
            patterns.add(pattern);
        }
        int max = optional(vars, MAX_CONNECTIONS).map(v -> integer(MAX_CONNECTIONS, v, 1, LIMIT_MAX_CONNECTIONS))
                .orElse(DEFAULT_MAX_CONNECTIONS);
        String discovery = optional(vars, DISCOVERY_DB).orElse("postgres");
        if (!DatabaseNames.isSafeIdentifier(discovery)) {
            throw new ConfigException(DISCOVERY_DB + "='" + ConfigException.printable(shown(discovery))
                    + "' is not a database name (a-z, 0-9 and _ only, at most 63)");
        }
        return Optional.of(new Fleet(patterns, max, discovery));
    }

    /** Fleet mode's settings; empty in sidecar mode. */
    public Optional<Fleet> fleet() {
        return fleet;
    }

    /**
     * Fleet mode: the configuration of one database of the fleet, in the environment ENV_DB_MAP gives its name
     * (a prod name is only read); empty when the name belongs to no environment, or when a shared setting does not
     * hold in that environment (the database is then reported, never checked).
     */
    public Optional<AgentConfig> forDatabase(String name) {
        Optional<Environment> env = DatabaseNames.environmentOf(name);
        if (env.isEmpty()) {
            return Optional.empty();
        }
        DatabaseEndpoint db = inspection.database();
        NeutralizeConfig own;
        try {
            own = inspection.toBuilder().environment(env.get())
                    .database(new DatabaseEndpoint(db.host(), db.port(), db.user(), db.password(), name)).build();
        } catch (ConfigException e) {
            return Optional.empty();
        }
        return Optional.of(new AgentConfig(own, bind, port, token, Optional.empty(), interval, enforce, maxBodyBytes,
                readTimeout, idleTimeout, Optional.empty()));
    }

    /** The usage text for {@code --help}. */
    public static String usage() {
        StringBuilder b = new StringBuilder("usage: odooops-agent [--flag=value]...\n");
        FLAGS.forEach((flag, variable) -> b.append("  --").append(flag).append(" (").append(variable).append(")\n"));
        b.append("plus the CLI's variables: IPAI_ENV or ODOO_STAGE, DB_HOST, DB_PORT, DB_USER, DB_PASSWORD or ")
                .append("DB_PASSWORD_FILE, DB_NAME, IPAI_CRON_ALLOWLIST, IPAI_NEUTRALIZE_TARGETS, ...\n")
                .append("fleet mode: --databases=odoo_dev_*,odoo_stage watches every matching database of the server, ")
                .append("each in the environment its name gives (no DB_NAME, no IPAI_ENV)\n");
        return b.toString();
    }

    /** The dry-run configuration every check uses (READ ONLY in any environment, prod included). */
    public NeutralizeConfig inspection() {
        return inspection;
    }

    /**
     * The live configuration for {@code neutralization.apply} and enforcement; empty in prod, where the agent
     * never writes.
     */
    public Optional<NeutralizeConfig> application() {
        if (!environment().requiresNeutralization()) {
            return Optional.empty();
        }
        return Optional.of(inspection.toBuilder().dryRun(false).confirmed(true).build());
    }

    /** The runtime. */
    public Environment environment() {
        return inspection.environment();
    }

    /** The listen address. */
    public String bind() {
        return bind;
    }

    /** The listen port (0: any free one). */
    public int port() {
        return port;
    }

    /** The bearer token for {@code neutralization.apply}; empty means apply is refused. */
    public Secret token() {
        return token;
    }

    /** The Odoo server to probe, if any. */
    public Optional<URI> odooUrl() {
        return odooUrl;
    }

    /** How often the database is checked. */
    public Duration interval() {
        return interval;
    }

    /** Whether pending rows found outside prod are re-neutralized at once. */
    public boolean enforce() {
        return enforce;
    }

    /** The largest request body accepted. */
    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    /** How long a request may take to arrive, from its first byte to its last. */
    public Duration readTimeout() {
        return readTimeout;
    }

    /** How long a connection may stay open between requests. */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    /**
     * How long a check waits for a pooled connection: half an interval (so an outage shows within one interval),
     * at most the connect timeout.
     */
    public Duration connectionWait() {
        return connectionWait;
    }

    /** How old the last successful check may be for {@code /readyz}: two intervals plus a second (one slow check). */
    public Duration readinessFreshness() {
        return readinessFreshness;
    }

    /** How long the Odoo probe may take: the interval, at most 2 s. */
    public Duration odooProbeTimeout() {
        return odooProbeTimeout;
    }

    @Override
    public String toString() {
        return "AgentConfig{env=" + environment() + ", database=" + inspection.database() + ", bind=" + bind
                + ", port=" + port + ", token=" + (token.isEmpty() ? "none" : "set") + ", odoo="
                + odooUrl.map(URI::toString).orElse("none") + ", interval=" + interval.toMillis() + "ms, enforce="
                + enforce + ", maxBody=" + maxBodyBytes + ", readTimeout=" + readTimeout.toMillis() + "ms, idleTimeout="
                + idleTimeout.toMillis() + "ms" + fleet.map(f -> ", databases=" + String.join(",", f.patterns())
                + ", maxConnections=" + f.maxConnections() + ", discoveryDb=" + f.discoveryDatabase()).orElse("")
                + "}";
    }

    private static Map<String, String> flags() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("port", PORT);
        f.put("bind", BIND);
        f.put("token", TOKEN);
        f.put("token-file", TOKEN_FILE);
        f.put("odoo-url", ODOO_URL);
        f.put("interval", INTERVAL);
        f.put("enforce", ENFORCE);
        f.put("max-body", MAX_BODY);
        f.put("read-timeout", READ_TIMEOUT);
        f.put("idle-timeout", IDLE_TIMEOUT);
        f.put("databases", DATABASES);
        f.put("max-connections", MAX_CONNECTIONS);
        f.put("discovery-db", DISCOVERY_DB);
        return f;
    }

    private static Map<String, String> parseFlags(List<String> args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new ConfigException("unexpected argument '" + ConfigException.printable(shown(arg))
                        + "' (flags look like --port=9069)");
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            String variable = FLAGS.get(name);
            if (variable == null && name.equals("no-enforce") && value == null) {
                out.put(ENFORCE, "false");
                continue;
            }
            if (variable == null) {
                throw new ConfigException("unknown flag --" + ConfigException.printable(shown(name))
                        + " (see --help)");
            }
            if (value == null) {
                if (variable.equals(ENFORCE)) {
                    value = "true";
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new ConfigException("--" + name + " needs a value");
                }
            }
            out.put(variable, value);
        }
        return out;
    }

    /**
     * The token from {@link #TOKEN} or from the file {@link #TOKEN_FILE} names; messages name the variable (and the
     * file), never the token.
     */
    private static Secret token(Map<String, String> vars) {
        Optional<String> direct = optional(vars, TOKEN);
        String file = vars.get(TOKEN_FILE);
        if (direct.isPresent() && file != null) {
            throw new ConfigException("set " + TOKEN + " or " + TOKEN_FILE + ", not both");
        }
        if (file == null) {
            Secret token = Secret.of(direct.orElse(null));
            checkToken(TOKEN, token);
            return token;
        }
        String path = file.strip();
        Secret token = SecretFile.read(TOKEN_FILE, path, "the token");
        if (token.isEmpty()) {
            throw new ConfigException(TOKEN_FILE + "=" + ConfigException.printable(path)
                    + " is empty; it should hold the token");
        }
        checkToken("the token in " + TOKEN_FILE + "=" + ConfigException.printable(path), token);
        return token;
    }

    private static void checkToken(String subject, Secret token) {
        if (!token.isEmpty() && token.reveal().length() < MIN_TOKEN_LENGTH) {
            throw new ConfigException(subject + " is shorter than " + MIN_TOKEN_LENGTH + " characters");
        }
        if (!token.isEmpty() && !token.reveal().matches("[\\x21-\\x7e]+")) {
            throw new ConfigException(subject + " must be printable ASCII without spaces");
        }
    }

    private static Optional<String> optional(Map<String, String> vars, String name) {
        return ConfigValues.optional(vars, name);
    }

    private static int integer(String name, String value, int min, int max) {
        if (!value.matches("\\d{1,9}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            throw new ConfigException(name + "='" + ConfigException.printable(value) + "' is not a number between "
                    + min + " and " + max);
        }
        return Integer.parseInt(value);
    }

    private static boolean bool(String name, String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on":
                return true;
            case "false", "no", "0", "off":
                return false;
            default:
                throw new ConfigException(name + "='" + ConfigException.printable(value) + "' is not true or false");
        }
    }

    private static Duration duration(String name, String value) {
        return ConfigValues.duration(name, value);
    }

    private static URI odooUrl(String value) {
        try {
            URI uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new ConfigException(ODOO_URL + "='" + ConfigException.printable(redactedUrl(value))
                        + "' is not an http(s) base URL without credentials, query or fragment");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigException(ODOO_URL + "='" + ConfigException.printable(redactedUrl(value))
                    + "' is not a URL");
        }
    }

    /**
     * A refused word as it may be printed: a misplaced argument may be a secret ({@code -token=…}, a token or a
     * URL with a password where a flag was expected), so what follows {@code =} is never shown, URLs are redacted
     * and a long bare word (as long as a token) is not shown at all.
     */
    private static String shown(String word) {
        int eq = word.indexOf('=');
        if (eq >= 0) {
            return shown(word.substring(0, eq)) + "=***";
        }
        String redacted = redactedUrl(word);
        return redacted.equals(word) && word.length() >= MIN_TOKEN_LENGTH ? "***" : redacted;
    }

    /**
     * {@code value} as it may be printed in a refusal: what could carry a credential (user info, path, query,
     * fragment) is replaced by {@code ***}. Works on the text, not on a parsed URI, because the values refused are
     * exactly those that may not parse ({@code http://user:p ss@odoo}).
     */
    static String redactedUrl(String value) {
        int cut = indexOfAny(value, "?#", 0);
        String head = cut < 0 ? value : value.substring(0, cut);
        String tail = cut < 0 ? "" : value.charAt(cut) + "***";
        int scheme = head.indexOf("://");
        int authorityStart = scheme < 0 ? 0 : scheme + 3;
        int pathStart = head.indexOf('/', authorityStart);
        String authority = pathStart < 0 ? head.substring(authorityStart) : head.substring(authorityStart, pathStart);
        String path = pathStart < 0 ? "" : pathStart == head.length() - 1 ? "/" : "/***";
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = "***" + authority.substring(at);
        }
        return head.substring(0, authorityStart) + authority + path + tail;
    }

    private static int indexOfAny(String text, String chars, int from) {
        for (int i = from; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
