package ai.insightpulse.odooops.lifecycle;

import ai.insightpulse.odooops.neutralize.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link DropDatabase} drops, validated when built: a dev database name (ENV_DB_MAP) and nothing else, and
 * Odoo's data dir when its filestore goes too.
 *
 * @param server   the server, through its maintenance database
 * @param database the dev database to drop: {@code odoo_dev} or {@code odoo_dev_<suffix>}
 * @param dataDir  Odoo's data dir ({@code data_dir}), whose {@code filestore/<database>} is removed; empty: the
 *                 database only
 */
public record DropConfig(MaintenanceConnection server, String database, Optional<Path> dataDir) {

    /**
     * Validates.
     *
     * @throws ConfigException for a name that is not a dev database, or a data dir that is not a directory
     */
    public DropConfig {
        Objects.requireNonNull(server, "server");
        dataDir = dataDir == null ? Optional.empty() : dataDir;
        DevDatabase.require(database);
        if (database.equals(server.endpoint().database())) {
            throw new ConfigException("refusing to drop " + database + ": it is the maintenance database");
        }
        dataDir.ifPresent(DropConfig::requireDataDir);
    }

    static void requireDataDir(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ConfigException("the data dir " + dir + " is not a directory");
        }
    }
}
