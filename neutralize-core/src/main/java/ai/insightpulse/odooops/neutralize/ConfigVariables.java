package ai.insightpulse.odooops.neutralize;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@link NeutralizeConfig} from the variables of the seeds' script ({@code IPAI_ENV}, {@code ODOO_STAGE},
 * {@code DB_HOST}, {@code DB_PORT}, {@code DB_USER}, {@code DB_PASSWORD}, {@code DB_PASSWORD_FILE},
 * {@code DB_NAME}, {@code IPAI_NEUTRALIZE_CONFIRM}, {@code IPAI_CRON_ALLOWLIST}) and ours
 * ({@code IPAI_NEUTRALIZE_TARGETS}, {@code IPAI_NEUTRALIZE_SKIP_TARGETS}, {@code IPAI_NEUTRALIZE_LOCK_TIMEOUT},
 * {@code DB_CONNECT_TIMEOUT}, {@code IPAI_CREDENTIAL_WORDS}, {@code IPAI_CREDENTIAL_KEEP}). Callers pass the map (the process environment with their flags laid over it); no
 * component reads {@code System.getenv} on its own.
 */
public final class ConfigVariables {

    /** {@code prod}, {@code stage} or {@code dev}. */
    public static final String IPAI_ENV = "IPAI_ENV";
    /** {@code production}, {@code staging} or {@code development}; an alias of {@link #IPAI_ENV}. */
    public static final String ODOO_STAGE = "ODOO_STAGE";
    /** Database host; default {@code localhost}. */
    public static final String DB_HOST = "DB_HOST";
    /** Database port; default {@code 5432}. */
    public static final String DB_PORT = "DB_PORT";
    /** Database role; default {@code odoo}. */
    public static final String DB_USER = "DB_USER";
    /** Database password. */
    public static final String DB_PASSWORD = "DB_PASSWORD";
    /** A file holding the database password (Docker/Kubernetes secrets). */
    public static final String DB_PASSWORD_FILE = "DB_PASSWORD_FILE";
    /** Database name; required. */
    public static final String DB_NAME = "DB_NAME";
    /** Must be {@code YES} for a live run outside prod. */
    public static final String IPAI_NEUTRALIZE_CONFIRM = "IPAI_NEUTRALIZE_CONFIRM";
    /** Replaces the default cron allowlist. */
    public static final String IPAI_CRON_ALLOWLIST = "IPAI_CRON_ALLOWLIST";
    /** Limits the run to these target ids (comma separated). */
    public static final String IPAI_NEUTRALIZE_TARGETS = "IPAI_NEUTRALIZE_TARGETS";
    /** Leaves these target ids out (comma separated); the contract targets cannot be left out. */
    public static final String IPAI_NEUTRALIZE_SKIP_TARGETS = "IPAI_NEUTRALIZE_SKIP_TARGETS";
    /** Lock wait, e.g. {@code 5s}, {@code 500ms} or plain seconds. */
    public static final String IPAI_NEUTRALIZE_LOCK_TIMEOUT = "IPAI_NEUTRALIZE_LOCK_TIMEOUT";
    /** Connection wait, same format. */
    public static final String DB_CONNECT_TIMEOUT = "DB_CONNECT_TIMEOUT";
    /** More words that name a credential in a system parameter's key (comma separated), added to the defaults. */
    public static final String IPAI_CREDENTIAL_WORDS = "IPAI_CREDENTIAL_WORDS";
    /** More system parameter keys (or {@code prefix*}) never emptied as credentials, added to the defaults. */
    public static final String IPAI_CREDENTIAL_KEEP = "IPAI_CREDENTIAL_KEEP";
    /** {@code YES} runs the opt-in sanitize step with neutralization. */
    public static final String IPAI_SANITIZE = "IPAI_SANITIZE";
    /** A file holding the one password every user of a sanitized copy gets; unset disables every password. */
    public static final String IPAI_STAGING_PASSWORD_FILE = "IPAI_STAGING_PASSWORD_FILE";
    /** Logins a sanitized copy keeps as they are besides {@code admin}, comma-separated. */
    public static final String IPAI_SANITIZE_KEEP_LOGINS = "IPAI_SANITIZE_KEEP_LOGINS";
    /** {@code host:port} of a mail catcher (Mailpit, MailHog, smtp4dev) the sink server points at instead of the void. */
    public static final String IPAI_MAIL_CATCHER = "IPAI_MAIL_CATCHER";
    /** More hosts accepted as mail catchers besides loopback, {@code *.invalid} and the known names, comma-separated. */
    public static final String IPAI_MAIL_CATCHER_HOSTS = "IPAI_MAIL_CATCHER_HOSTS";

    /** Odoo's addons path, comma-separated; wins over {@link #ODOO_RC}'s {@code addons_path}. */
    public static final String ODOO_ADDONS_PATH = "ODOO_ADDONS_PATH";
    /** The Odoo configuration file (Odoo's own variable); its {@code addons_path} is read. */
    public static final String ODOO_RC = "ODOO_RC";
    /** {@code YES} makes a non-empty uncovered-modules list a failure. */
    public static final String IPAI_REQUIRE_COVERAGE = "IPAI_REQUIRE_COVERAGE";


    private ConfigVariables() {
    }

    /**
     * Builds and validates a configuration from variables.
     *
     * @param vars    variables by name; absent and {@code null} mean unset
     * @param dryRun  whether the run only counts
     * @throws ConfigException on the first hard stop
     */
    public static NeutralizeConfig read(Map<String, String> vars, boolean dryRun) {
        Environment env = environment(vars);
        String dbName = present(vars, DB_NAME)
                .orElseThrow(() -> new ConfigException("DB_NAME is not set"));
        String host = present(vars, DB_HOST).orElse("localhost");
        String user = present(vars, DB_USER).orElse("odoo");
        int port = port(vars);
        NeutralizeConfig.Builder b = NeutralizeConfig.builder()
                .environment(env)
                .dryRun(dryRun)
                .confirmed(true);
        // Name checks come before anything that reads files or parses lists: a DB-name mismatch is the
        // hard stop the seeds' CI matrix expects first. The confirmation comes last, so that every malformed
        // value is reported before the operator is asked to confirm.
        b.database(new DatabaseEndpoint(host, port, user, Secret.empty(), dbName));
        b.build();
        b.database(new DatabaseEndpoint(host, port, user, password(vars), dbName));
        if (vars.get(IPAI_CRON_ALLOWLIST) != null) {
            b.cronAllowlist(CronAllowlist.parse(vars.get(IPAI_CRON_ALLOWLIST)));
        }
        b.targets(targets(vars));
        b.credentialParameters(credentialParameters(vars));
        b.sanitization(sanitization(vars));
        present(vars, IPAI_MAIL_CATCHER).ifPresent(v -> b.mailSink(MailSink.catcher(v,
                vars.get(IPAI_MAIL_CATCHER_HOSTS))));
        addonsPath(vars).ifPresent(b::addonsPath);
        b.requireCoverage("YES".equals(vars.get(IPAI_REQUIRE_COVERAGE)));
        present(vars, IPAI_NEUTRALIZE_LOCK_TIMEOUT).ifPresent(v -> b.lockTimeout(lockTimeout(v)));
        present(vars, DB_CONNECT_TIMEOUT).ifPresent(v -> b.connectTimeout(duration(DB_CONNECT_TIMEOUT, v)));
        b.confirmed("YES".equals(vars.get(IPAI_NEUTRALIZE_CONFIRM)));
        return b.build();
    }

    /**
     * The environment named by {@code IPAI_ENV} and/or {@code ODOO_STAGE}.
     *
     * @throws ConfigException when neither is set, a value is unknown, or the two disagree
     */
    public static Environment environment(Map<String, String> vars) {
        String ipai = vars.get(IPAI_ENV);
        String stage = vars.get(ODOO_STAGE);
        if (ipai != null && ipai.isEmpty()) {
            throw new ConfigException("IPAI_ENV is set but empty (expected prod, stage or dev)");
        }
        if (stage != null && stage.isEmpty()) {
            throw new ConfigException("ODOO_STAGE is set but empty (expected production, staging or development)");
        }
        Optional<Environment> fromIpai = Optional.empty();
        if (ipai != null) {
            fromIpai = Environment.fromIpaiEnv(ipai);
            if (fromIpai.isEmpty()) {
                throw new ConfigException("IPAI_ENV='" + ConfigException.printable(ipai)
                        + "' is not one of prod, stage, dev");
            }
        }
        Optional<Environment> fromStage = stage == null ? Optional.empty() : Environment.fromOdooStage(stage);
        if (stage != null) {
            if (fromStage.isEmpty()) {
                throw new ConfigException("ODOO_STAGE='" + ConfigException.printable(stage)
                        + "' is not one of production, staging, development");
            }
        }
        if (fromIpai.isPresent() && fromStage.isPresent() && fromIpai.get() != fromStage.get()) {
            throw new ConfigException("IPAI_ENV=" + ipai + " and ODOO_STAGE=" + stage + " disagree");
        }
        return fromIpai.or(() -> fromStage)
                .orElseThrow(() -> new ConfigException("IPAI_ENV is not set (expected prod, stage or dev)"));
    }

    private static int port(Map<String, String> vars) {
        Optional<String> value = present(vars, DB_PORT);
        if (value.isEmpty()) {
            return 5432;
        }
        String v = value.get();
        if (!v.matches("\\d{1,5}") || Integer.parseInt(v) < 1 || Integer.parseInt(v) > 65535) {
            throw new ConfigException("DB_PORT='" + ConfigException.printable(v) + "' is not a port number (1-65535)");
        }
        return Integer.parseInt(v);
    }

    private static Secret password(Map<String, String> vars) {
        String direct = vars.get(DB_PASSWORD);
        String file = vars.get(DB_PASSWORD_FILE);
        if (direct != null && file != null) {
            throw new ConfigException("set DB_PASSWORD or DB_PASSWORD_FILE, not both");
        }
        if (file == null) {
            return Secret.of(direct);
        }
        return SecretFile.read(DB_PASSWORD_FILE, file, "the password");
    }

    private static Sanitization sanitization(Map<String, String> vars) {
        String flag = vars.get(IPAI_SANITIZE);
        boolean on = flag != null && !flag.isEmpty() && !"NO".equals(flag);
        if (on && !"YES".equals(flag)) {
            throw new ConfigException(IPAI_SANITIZE + " must be YES or NO");
        }
        if (!on) {
            if (vars.get(IPAI_STAGING_PASSWORD_FILE) != null || vars.get(IPAI_SANITIZE_KEEP_LOGINS) != null) {
                throw new ConfigException("--staging-password-file and --keep-login need --sanitize");
            }
            return Sanitization.off();
        }
        Optional<StagingPassword> password = Optional.empty();
        if (vars.get(IPAI_STAGING_PASSWORD_FILE) != null) {
            Secret secret = SecretFile.read(IPAI_STAGING_PASSWORD_FILE, vars.get(IPAI_STAGING_PASSWORD_FILE), "the staging password");
            if (secret.isEmpty()) {
                throw new ConfigException(IPAI_STAGING_PASSWORD_FILE + " holds an empty password");
            }
            password = Optional.of(StagingPassword.of(secret));
        }
        Set<String> kept = new HashSet<>();
        String keep = vars.get(IPAI_SANITIZE_KEEP_LOGINS);
        if (keep != null) {
            for (String login : keep.split(",")) {
                if (!login.isBlank()) {
                    kept.add(login.strip());
                }
            }
        }
        return Sanitization.on(password, kept);
    }

    /**
     * The addons path of {@link #ODOO_ADDONS_PATH}, else of the file {@link #ODOO_RC} names, else none.
     *
     * @throws ConfigException when the one given cannot be read or names an unreadable directory
     */
    public static Optional<AddonsPath> addonsPath(Map<String, String> vars) {
        Optional<String> path = present(vars, ODOO_ADDONS_PATH);
        if (path.isPresent()) {
            return Optional.of(AddonsPath.parse(path.get(), ODOO_ADDONS_PATH));
        }
        return present(vars, ODOO_RC).flatMap(file -> AddonsPath.fromOdooConfig(java.nio.file.Path.of(file)));
    }

    private static CredentialParameters credentialParameters(Map<String, String> vars) {
        CredentialParameters rules = CredentialParameters.defaults();
        try {
            if (vars.get(IPAI_CREDENTIAL_WORDS) != null) {
                rules = rules.withWords(CredentialParameters.parseList(IPAI_CREDENTIAL_WORDS,
                        vars.get(IPAI_CREDENTIAL_WORDS)));
            }
        } catch (ConfigException e) {
            throw e.getMessage().startsWith(IPAI_CREDENTIAL_WORDS) ? e
                    : new ConfigException(IPAI_CREDENTIAL_WORDS + ": " + e.getMessage());
        }
        try {
            if (vars.get(IPAI_CREDENTIAL_KEEP) != null) {
                rules = rules.withKept(CredentialParameters.parseList(IPAI_CREDENTIAL_KEEP,
                        vars.get(IPAI_CREDENTIAL_KEEP)));
            }
        } catch (ConfigException e) {
            throw e.getMessage().startsWith(IPAI_CREDENTIAL_KEEP) ? e
                    : new ConfigException(IPAI_CREDENTIAL_KEEP + ": " + e.getMessage());
        }
        return rules;
    }

    private static Set<NeutralizationTarget> targets(Map<String, String> vars) {
        Set<NeutralizationTarget> selected = EnumSet.allOf(NeutralizationTarget.class);
        selected.removeIf(NeutralizationTarget::isSanitize);
        if (vars.get(IPAI_NEUTRALIZE_TARGETS) != null) {
            selected = targetList(IPAI_NEUTRALIZE_TARGETS, vars.get(IPAI_NEUTRALIZE_TARGETS));
        }
        if (vars.get(IPAI_NEUTRALIZE_SKIP_TARGETS) != null) {
            Set<NeutralizationTarget> skipped = targetList(IPAI_NEUTRALIZE_SKIP_TARGETS,
                    vars.get(IPAI_NEUTRALIZE_SKIP_TARGETS));
            for (NeutralizationTarget t : skipped) {
                if (t.isContract()) {
                    throw new ConfigException(IPAI_NEUTRALIZE_SKIP_TARGETS + " names '" + t.id()
                            + "', which is part of the contract and always runs outside prod");
                }
            }
            selected.removeAll(skipped);
        }
        return selected;
    }

    private static Set<NeutralizationTarget> targetList(String variable, String value) {
        Set<NeutralizationTarget> out = EnumSet.noneOf(NeutralizationTarget.class);
        if (value.isBlank()) {
            throw new ConfigException(variable + " is set but empty");
        }
        for (String id : value.strip().split("[,\\s]+")) {
            out.add(NeutralizationTarget.byId(id).orElseThrow(() -> new ConfigException(variable + " names '"
                    + ConfigException.printable(id) + "', which is not a target (see docs/TARGETS.md)")));
        }
        return out;
    }

    private static Duration lockTimeout(String value) {
        Duration d = duration(IPAI_NEUTRALIZE_LOCK_TIMEOUT, value);
        if (d.compareTo(NeutralizeConfig.MAX_LOCK_TIMEOUT) > 0) {
            throw new ConfigException(IPAI_NEUTRALIZE_LOCK_TIMEOUT + "='" + ConfigException.printable(value)
                    + "' is longer than the maximum of " + NeutralizeConfig.MAX_LOCK_TIMEOUT.toSeconds()
                    + "s (the statement cap, which would cut a longer wait anyway)");
        }
        return d;
    }

    private static Duration duration(String variable, String value) {
        Duration d = ConfigValues.duration(variable, value);
        if (d.isZero()) {
            throw new ConfigException(variable + " must be positive");
        }
        return d;
    }

    private static Optional<String> present(Map<String, String> vars, String name) {
        return ConfigValues.optional(vars, name);
    }
}
