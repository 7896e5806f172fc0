package ai.insightpulse.odooops.lifecycle;

import ai.insightpulse.odooops.lifecycle.internal.CopyNames;
import ai.insightpulse.odooops.neutralize.ConfigException;
import ai.insightpulse.odooops.neutralize.DatabaseNames;
import ai.insightpulse.odooops.neutralize.Environment;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link Clone} or a {@link Restore} runs; validated when built, immutable.
 *
 * @param neutralization      the neutralization of the copy; its database is the target name, which must be one
 *                            the contract neutralizes ({@code odoo_stage}, {@code odoo_dev[_<suffix>]}), never prod
 * @param maintenanceDatabase the database to connect to for CREATE/ALTER/DROP DATABASE (usually {@code postgres})
 * @param keepPrevious        keep the database the target replaces, as {@code odooops_kept_<target>_<stamp>}
 * @param clientProgramPath   the directories searched, in order, for {@code pg_dump} and {@code pg_restore}
 * @param files               the filestore beside the database (Odoo's data dir, copy mode), parallel restore and
 *                            backup-zip bounds
 */
public record CopyConfig(NeutralizeConfig neutralization, String maintenanceDatabase, boolean keepPrevious,
                         List<Path> clientProgramPath, FilestoreSettings files) {

    /** The longest target name that leaves room for the names of the work databases. */
    public static final int MAX_TARGET_LENGTH = CopyNames.MAX_TARGET_LENGTH;

    /** @throws ConfigException when the target or the maintenance database is refused */
    public CopyConfig {
        Objects.requireNonNull(neutralization, "neutralization");
        Objects.requireNonNull(maintenanceDatabase, "maintenanceDatabase");
        Objects.requireNonNull(files, "files");
        clientProgramPath = List.copyOf(clientProgramPath);
        String target = neutralization.database().database();
        Optional<String> refusal = targetRefusal(target);
        if (refusal.isPresent()) {
            throw new ConfigException(refusal.get());
        }
        if (maintenanceDatabase.isBlank()) {
            throw new ConfigException("the maintenance database is empty");
        }
    }

    /** A copy of the database only (no data dir: the filestore is left as it is, with a warning). */
    public CopyConfig(NeutralizeConfig neutralization, String maintenanceDatabase, boolean keepPrevious,
                      List<Path> clientProgramPath) {
        this(neutralization, maintenanceDatabase, keepPrevious, clientProgramPath, FilestoreSettings.databaseOnly());
    }

    /** The database name the copy is published under. */
    public String target() {
        return neutralization.database().database();
    }

    /**
     * Why {@code target} cannot be the target of a copy, checked before anything connects: not a database name,
     * not a name the contract neutralizes, production, or too long for the work databases' names.
     */
    public static Optional<String> targetRefusal(String target) {
        if (!DatabaseNames.isSafeIdentifier(target)) {
            return Optional.of("--to '" + ConfigException.printable(target)
                    + "' is not a database name (a-z, 0-9 and _ only)");
        }
        Optional<Environment> env = DatabaseNames.environmentOf(target);
        if (env.isEmpty()) {
            return Optional.of("refusing --to " + target + ": the contract neutralizes only " + DatabaseNames.STAGE
                    + ", " + DatabaseNames.DEV + " and " + DatabaseNames.DEV + "_<suffix>, so Odoo could serve "
                    + target + " un-neutralized");
        }
        if (!env.get().requiresNeutralization()) {
            return Optional.of("refusing --to " + target + ": the contract never neutralizes production, and a copy "
                    + "published there would replace it");
        }
        if (target.length() > MAX_TARGET_LENGTH) {
            return Optional.of("--to " + target + " is longer than " + MAX_TARGET_LENGTH
                    + " characters, which leaves no room for the temporary names");
        }
        return Optional.empty();
    }
}
