package ai.insightpulse.odooops.neutralize;

import java.util.Locale;
import java.util.Optional;

/**
 * The three runtimes of the customer's Odoo.sh-style platform, named by {@code IPAI_ENV}; {@code ODOO_STAGE}
 * (constitution §3.2) is accepted as an alias.
 */
public enum Environment {
    /** Live system: nothing is neutralized; the CLI does not even connect. */
    PROD("prod", "production"),
    /** A copy of prod used for pre-production testing; must be neutralized. */
    STAGE("stage", "staging"),
    /** A disposable developer copy; must be neutralized. */
    DEV("dev", "development");

    private final String ipaiName;
    private final String odooStageName;

    Environment(String ipaiName, String odooStageName) {
        this.ipaiName = ipaiName;
        this.odooStageName = odooStageName;
    }

    /** The value of {@code IPAI_ENV} for this environment ({@code prod}, {@code stage}, {@code dev}). */
    public String ipaiName() {
        return ipaiName;
    }

    /** The value of {@code ODOO_STAGE} for this environment ({@code production}, {@code staging}, {@code development}). */
    public String odooStageName() {
        return odooStageName;
    }

    /** Whether a database of this environment must be neutralized. */
    public boolean requiresNeutralization() {
        return this != PROD;
    }

    /** Parses an {@code IPAI_ENV} value; exact, case-sensitive, as the seeds' script does. */
    public static Optional<Environment> fromIpaiEnv(String value) {
        for (Environment e : values()) {
            if (e.ipaiName.equals(value)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Parses an {@code ODOO_STAGE} value. */
    public static Optional<Environment> fromOdooStage(String value) {
        for (Environment e : values()) {
            if (e.odooStageName.equals(value)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return ipaiName.toLowerCase(Locale.ROOT);
    }
}
