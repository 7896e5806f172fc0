package ai.insightpulse.odooops.lifecycle;

import ai.insightpulse.odooops.neutralize.ConfigException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What {@link GarbageCollection} collects, validated when built.
 *
 * @param server    the server, through its maintenance database
 * @param olderThan a database is collected when it was published longer ago than this (positive)
 * @param pattern   a glob over database names ({@code *} any run of name characters, {@code ?} one), e.g.
 *                  {@code odoo_dev_pr_*}; only dev names (ENV_DB_MAP) are ever considered, whatever it matches
 * @param dataDir   Odoo's data dir, whose {@code filestore/<db>} goes with each database; empty: databases only
 * @param dryRun    list what a run now would drop, drop nothing
 */
public record GarbageCollectionConfig(MaintenanceConnection server, Duration olderThan, String pattern,
                                      Optional<Path> dataDir, boolean dryRun) {

    /** The pattern when none is given: the databases of pull requests. */
    public static final String DEFAULT_PATTERN = "odoo_dev_pr_*";

    private static final Pattern GLOB = Pattern.compile("[a-z0-9_*?]{1,63}");

    /**
     * Validates.
     *
     * @throws ConfigException for a non-positive age, a pattern with other characters than a-z, 0-9, _, * and ?,
     *                         or a data dir that is not a directory
     */
    public GarbageCollectionConfig {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(olderThan, "olderThan");
        pattern = pattern == null ? DEFAULT_PATTERN : pattern;
        dataDir = dataDir == null ? Optional.empty() : dataDir;
        if (olderThan.isNegative() || olderThan.isZero()) {
            throw new ConfigException("the age must be positive");
        }
        if (!GLOB.matcher(pattern).matches()) {
            throw new ConfigException("--pattern '" + ConfigException.printable(pattern) + "' is not a database name "
                    + "glob (a-z, 0-9, _, * and ? only)");
        }
        dataDir.ifPresent(DropConfig::requireDataDir);
    }

    /** Whether {@code database} matches {@link #pattern}. */
    public boolean matches(String database) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(switch (c) {
                case '*' -> "[a-z0-9_]*";
                case '?' -> "[a-z0-9_]";
                default -> Character.toString(c); // a-z, 0-9 and _ mean themselves in a regex
            });
        }
        return database.matches(regex.toString());
    }
}
