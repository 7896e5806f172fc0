package ai.insightpulse.odooops.neutralize;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything one run needs, validated once and then frozen (the HikariConfig habit). Build it with
 * {@link #builder()} in code, or with {@link ConfigVariables#read(java.util.Map, boolean)} from {@code IPAI_ENV},
 * {@code DB_*} and friends. {@link Builder#build()} applies every hard stop of the contract (seed §8) and throws
 * {@link ConfigException}; nothing has connected to a database at that point.
 */
public final class NeutralizeConfig {

    /** The default wait for a lock (Odoo's cron workers hold row locks on {@code ir_cron}). */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(5);
    /** The default wait for a TCP connection and login. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** The default cap on a single statement. */
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(120);

    /**
     * The longest lock wait: the default statement cap, which cuts any longer wait anyway (PostgreSQL counts a
     * statement's lock wait against its {@code statement_timeout}). Beyond it a value is a typo, not a wish.
     */
    public static final Duration MAX_LOCK_TIMEOUT = DEFAULT_STATEMENT_TIMEOUT;

    // a DNS name (RFC 1123 labels; '_' too, as Docker Compose service names have it) or an IPv4 address
    private static final Pattern HOST_NAME = Pattern.compile(
            "[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?(\\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*\\.?");
    // an IPv6 literal, bare or in brackets (an IPv4 tail allowed); no zone id
    private static final String IPV6_BARE = "[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}((\\.\\d{1,3}){3})?";
    private static final Pattern IPV6 = Pattern.compile(IPV6_BARE + "|\\[" + IPV6_BARE + "\\]");
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9_.@\\-]{1,63}");

    private final Environment environment;
    private final DatabaseEndpoint database;
    private final boolean dryRun;
    private final CronAllowlist cronAllowlist;
    private final CredentialParameters credentialParameters;
    private final DeclaredRules declaredRules;
    private final Set<NeutralizationTarget> targets;
    private final Sanitization sanitization;
    private final MailSink mailSink;
    private final Optional<AddonsPath> addonsPath;
    private final boolean requireCoverage;
    private final Duration lockTimeout;
    private final Duration connectTimeout;
    private final Duration statementTimeout;

    private NeutralizeConfig(Builder b) {
        this.environment = b.environment;
        this.database = b.database;
        this.dryRun = b.dryRun;
        this.cronAllowlist = b.cronAllowlist;
        this.credentialParameters = b.credentialParameters;
        this.declaredRules = b.declaredRules;
        this.sanitization = b.sanitization;
        this.mailSink = b.mailSink;
        this.addonsPath = b.addonsPath;
        this.requireCoverage = b.requireCoverage;
        this.targets = Collections.unmodifiableSet(EnumSet.copyOf(b.targets));
        this.lockTimeout = b.lockTimeout;
        this.connectTimeout = b.connectTimeout;
        this.statementTimeout = b.statementTimeout;
    }

    /** A new builder with the contract's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration, to derive a variant (e.g. the same database in dry-run). */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.environment = environment;
        b.database = database;
        b.dryRun = dryRun;
        b.confirmed = true;
        b.cronAllowlist = cronAllowlist;
        b.credentialParameters = credentialParameters;
        b.declaredRules = declaredRules;
        b.sanitization = sanitization;
        b.mailSink = mailSink;
        b.addonsPath = addonsPath;
        b.requireCoverage = requireCoverage;
        b.targets = EnumSet.copyOf(targets);
        b.lockTimeout = lockTimeout;
        b.connectTimeout = connectTimeout;
        b.statementTimeout = statementTimeout;
        return b;
    }

    /** Which runtime this is. */
    public Environment environment() {
        return environment;
    }

    /** Where the Odoo database is. */
    public DatabaseEndpoint database() {
        return database;
    }

    /** Whether the run only counts (in a READ ONLY transaction). */
    public boolean dryRun() {
        return dryRun;
    }

    /** Crons that stay as they are. */
    public CronAllowlist cronAllowlist() {
        return cronAllowlist;
    }

    /** What makes a system parameter a credential, for the {@code credential_settings} target. */
    public CredentialParameters credentialParameters() {
        return credentialParameters;
    }

    /** The customer's declared rules, applied after the built-in targets. */
    public DeclaredRules declaredRules() {
        return declaredRules;
    }

    /** The sanitize step's settings ({@link Sanitization#off()} unless asked). */
    public Sanitization sanitization() {
        return sanitization;
    }

    /** Where the one active sink server points: Odoo's void ({@code invalid:1025}) or a mail catcher. */
    public MailSink mailSink() {
        return mailSink;
    }

    /**
     * Where the installed modules' {@code data/neutralize.sql} files are; empty when not given (then no module
     * file runs and every module that might need one is listed as uncovered).
     */
    public Optional<AddonsPath> addonsPath() {
        return addonsPath;
    }

    /** Whether a non-empty uncovered-modules list fails the run. */
    public boolean requireCoverage() {
        return requireCoverage;
    }

    /** The targets this run applies; the contract targets are always among them outside prod. */
    public Set<NeutralizationTarget> targets() {
        return targets;
    }

    /** How long to wait for any lock before giving up with exit 2. */
    public Duration lockTimeout() {
        return lockTimeout;
    }

    /** How long to wait for the connection and login. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** The cap on any one statement. */
    public Duration statementTimeout() {
        return statementTimeout;
    }

    @Override
    public String toString() {
        return "NeutralizeConfig{env=" + environment + ", database=" + database + ", dryRun=" + dryRun
                + ", allowlist=" + cronAllowlist + ", targets=" + targets + ", lockTimeout=" + lockTimeout + "}";
    }

    /** Collects settings; {@link #build()} validates them all at once. */
    public static final class Builder {
        private Environment environment;
        private DatabaseEndpoint database;
        private boolean dryRun;
        private boolean confirmed;
        private CronAllowlist cronAllowlist = CronAllowlist.defaults();
        private CredentialParameters credentialParameters = CredentialParameters.defaults();
        private DeclaredRules declaredRules = DeclaredRules.none();
        private Set<NeutralizationTarget> targets = neutralizationTargets();
        private Sanitization sanitization = Sanitization.off();
        private MailSink mailSink = MailSink.VOID;
        private Optional<AddonsPath> addonsPath = Optional.empty();
        private boolean requireCoverage;
        private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration statementTimeout = DEFAULT_STATEMENT_TIMEOUT;

        private Builder() {
        }

        /** The runtime ({@code IPAI_ENV}). Required. */
        public Builder environment(Environment environment) {
            this.environment = environment;
            return this;
        }

        /** The database. Required. */
        public Builder database(DatabaseEndpoint database) {
            this.database = database;
            return this;
        }

        /** Count only, write nothing. */
        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        /** The operator's confirmation ({@code IPAI_NEUTRALIZE_CONFIRM=YES}); required for a live non-prod run. */
        public Builder confirmed(boolean confirmed) {
            this.confirmed = confirmed;
            return this;
        }

        /** Crons that stay as they are; defaults to {@link CronAllowlist#defaults()}. */
        public Builder cronAllowlist(CronAllowlist cronAllowlist) {
            this.cronAllowlist = Objects.requireNonNull(cronAllowlist, "cronAllowlist");
            return this;
        }

        /** What makes a system parameter a credential; defaults to {@link CredentialParameters#defaults()}. */
        public Builder credentialParameters(CredentialParameters credentialParameters) {
            this.credentialParameters = Objects.requireNonNull(credentialParameters, "credentialParameters");
            return this;
        }

        /** The customer's declared rules; defaults to {@link DeclaredRules#none()}. */
        public Builder declaredRules(DeclaredRules declaredRules) {
            this.declaredRules = Objects.requireNonNull(declaredRules, "declaredRules");
            return this;
        }

        /** Limits the run to these targets; the contract targets are added back outside prod. */
        public Builder targets(Set<NeutralizationTarget> targets) {
            this.targets = EnumSet.noneOf(NeutralizationTarget.class);
            this.targets.addAll(targets);
            return this;
        }

        /** The sanitize step; off unless given. */
        public Builder sanitization(Sanitization sanitization) {
            this.sanitization = Objects.requireNonNull(sanitization, "sanitization");
            return this;
        }

        /** Where the sink server points (default {@link MailSink#VOID}). */
        public Builder mailSink(MailSink mailSink) {
            this.mailSink = Objects.requireNonNull(mailSink, "mailSink");
            return this;
        }

        /** Where the modules' {@code neutralize.sql} files are; none by default. */
        public Builder addonsPath(AddonsPath addonsPath) {
            this.addonsPath = Optional.ofNullable(addonsPath);
            return this;
        }

        /** Fail the run when installed modules hold credential-shaped data nothing neutralizes. */
        public Builder requireCoverage(boolean requireCoverage) {
            this.requireCoverage = requireCoverage;
            return this;
        }

        /** How long to wait for locks. */
        public Builder lockTimeout(Duration lockTimeout) {
            this.lockTimeout = lockTimeout;
            return this;
        }

        /** How long to wait for the connection. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /** The cap on any one statement. */
        public Builder statementTimeout(Duration statementTimeout) {
            this.statementTimeout = statementTimeout;
            return this;
        }

        /**
         * Validates every setting and freezes them.
         *
         * @throws ConfigException on the first hard stop, with a one-line reason
         */
        public NeutralizeConfig build() {
            if (environment == null) {
                throw new ConfigException("IPAI_ENV is not set (expected prod, stage or dev)");
            }
            if (database == null) {
                throw new ConfigException("DB_NAME is not set");
            }
            if (!DatabaseNames.isSafeIdentifier(database.database())) {
                throw new ConfigException("DB_NAME='" + ConfigException.printable(database.database())
                        + "' is not a database name (a-z, 0-9 and _ only, at most 63)");
            }
            if (!DatabaseNames.isAllowed(environment, database.database())) {
                throw new ConfigException("IPAI_ENV=" + environment.ipaiName() + " requires "
                        + DatabaseNames.expectation(environment) + ", got DB_NAME='" + database.database() + "'");
            }
            if (!isHostNameOrAddress(database.host())) {
                throw new ConfigException("DB_HOST='" + ConfigException.printable(database.host())
                        + "' is not a host name or IP address" + (database.host().contains("/")
                        ? " (a unix-socket directory is not supported: give the server's name or address)" : ""));
            }
            if (!USER.matcher(database.user()).matches()) {
                throw new ConfigException("DB_USER='" + ConfigException.printable(database.user())
                        + "' is not a role name");
            }
            requirePositive("lock timeout", lockTimeout);
            if (lockTimeout.compareTo(MAX_LOCK_TIMEOUT) > 0) {
                throw new ConfigException("lock timeout " + lockTimeout.toMillis() + " ms is longer than the maximum of "
                        + MAX_LOCK_TIMEOUT.toSeconds() + "s");
            }
            requirePositive("connect timeout", connectTimeout);
            requirePositive("statement timeout", statementTimeout);
            requireSanitizeWithNeutralization();
            if (environment.requiresNeutralization()) {
                for (NeutralizationTarget t : NeutralizationTarget.values()) {
                    if (t.isContract()) {
                        targets.add(t);
                    }
                }
                if (!dryRun && !confirmed) {
                    throw new ConfigException("a live run on " + environment.ipaiName()
                            + " needs IPAI_NEUTRALIZE_CONFIRM=YES (or use --dry-run)");
                }
            }
            return new NeutralizeConfig(this);
        }

        private static boolean isHostNameOrAddress(String host) {
            return host.length() <= 253 && (HOST_NAME.matcher(host).matches() || IPV6.matcher(host).matches());
        }

        /**
         * Sanitize is a write, so prod refuses it; and it runs only with neutralization: a sanitized copy that
         * still sends mail is the worst of both.
         */
        private void requireSanitizeWithNeutralization() {
            boolean sanitizeSelected = targets.stream().anyMatch(NeutralizationTarget::isSanitize);
            if (!sanitization.enabled()) {
                if (sanitizeSelected) {
                    throw new ConfigException("sanitize_* targets need --sanitize (IPAI_SANITIZE=YES)");
                }
                return;
            }
            if (!environment.requiresNeutralization()) {
                throw new ConfigException("--sanitize is refused on " + environment.ipaiName()
                        + ": sanitize writes, and only copies are written");
            }
            if (targets.stream().noneMatch(t -> !t.isSanitize())) {
                throw new ConfigException("sanitize runs only together with neutralization, never on its own");
            }
            for (NeutralizationTarget t : NeutralizationTarget.values()) {
                if (t.isSanitize()) {
                    targets.add(t);
                }
            }
        }

        private static Set<NeutralizationTarget> neutralizationTargets() {
            Set<NeutralizationTarget> all = EnumSet.allOf(NeutralizationTarget.class);
            all.removeIf(NeutralizationTarget::isSanitize);
            return all;
        }

        private static void requirePositive(String what, Duration d) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new ConfigException(what + " must be positive");
            }
        }
    }
}
