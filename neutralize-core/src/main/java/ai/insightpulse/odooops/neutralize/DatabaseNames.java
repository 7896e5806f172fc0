package ai.insightpulse.odooops.neutralize;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ENV_DB_MAP: which database names each environment may use.
 *
 * <p>The seeds' script only checked stage and dev. We also check prod: a prod container pointed at a database
 * other than {@code odoo_prod} is the misconfiguration that would skip neutralization on a copy.
 */
public final class DatabaseNames {

    /** The only production database name. */
    public static final String PROD = "odoo_prod";
    /** The only staging database name. */
    public static final String STAGE = "odoo_stage";
    /** The dev database name, alone or as the prefix of {@code odoo_dev_<suffix>}. */
    public static final String DEV = "odoo_dev";

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Pattern DEV_NAME = Pattern.compile("odoo_dev(_[a-z0-9_]+)?");

    private DatabaseNames() {
    }

    /** Whether {@code name} is a plain lower-case PostgreSQL identifier (letters, digits, underscore; at most 63). */
    public static boolean isSafeIdentifier(String name) {
        return name != null && SAFE_NAME.matcher(name).matches();
    }

    /** Whether {@code name} is a database name that {@code environment} may use. */
    public static boolean isAllowed(Environment environment, String name) {
        if (!isSafeIdentifier(name)) {
            return false;
        }
        return switch (environment) {
            case PROD -> PROD.equals(name);
            case STAGE -> STAGE.equals(name);
            case DEV -> DEV_NAME.matcher(name).matches();
        };
    }

    /** A phrase saying which names {@code environment} accepts, for error messages. */
    public static String expectation(Environment environment) {
        return switch (environment) {
            case PROD -> "DB_NAME=" + PROD;
            case STAGE -> "DB_NAME=" + STAGE;
            case DEV -> "DB_NAME=" + DEV + " or " + DEV + "_<suffix> (suffix of a-z, 0-9, _)";
        };
    }

    /** The environment a database name belongs to, if it follows the naming contract at all. */
    public static Optional<Environment> environmentOf(String name) {
        for (Environment e : Environment.values()) {
            if (isAllowed(e, name)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
