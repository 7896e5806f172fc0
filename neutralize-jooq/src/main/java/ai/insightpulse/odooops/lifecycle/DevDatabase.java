package ai.insightpulse.odooops.lifecycle;

import ai.insightpulse.odooops.neutralize.ConfigException;
import ai.insightpulse.odooops.neutralize.DatabaseNames;
import ai.insightpulse.odooops.neutralize.Environment;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one rule {@code drop} and {@code gc} share: only a dev database (ENV_DB_MAP: {@code odoo_dev} or
 * {@code odoo_dev_<suffix>}) may be dropped; stage, prod, odooops' own work databases and anything else never.
 */
final class DevDatabase {

    private DevDatabase() {
    }

    static boolean isDev(String name) {
        return name != null && DatabaseNames.environmentOf(name).filter(e -> e == Environment.DEV).isPresent();
    }

    /** @throws ConfigException unless {@code name} is a dev database name */
    static void require(String name) {
        if (isDev(name)) {
            return;
        }
        if (name == null || !DatabaseNames.isSafeIdentifier(name)) {
            throw new ConfigException("'" + ConfigException.printable(String.valueOf(name))
                    + "' is not a database name (a-z, 0-9 and _ only)");
        }
        Optional<Environment> env = DatabaseNames.environmentOf(name);
        throw new ConfigException("refusing to drop " + name + ": only dev databases (" + DatabaseNames.DEV + ", "
                + DatabaseNames.DEV + "_<suffix>) are dropped"
                + env.map(e -> ", and " + name + " is the " + e.ipaiName() + " database").orElse(""));
    }

    /** Where Odoo keeps the attachments of {@code database} under {@code dataDir}. */
    static Path filestore(Path dataDir, String database) {
        return dataDir.resolve("filestore").resolve(database);
    }
}
