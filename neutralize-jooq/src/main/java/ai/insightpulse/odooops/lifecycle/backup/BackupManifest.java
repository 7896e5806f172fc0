package ai.insightpulse.odooops.lifecycle.backup;

import java.util.Map;
import java.util.Optional;

/**
 * The {@code manifest.json} Odoo's database manager writes into a backup ({@code odoo/service/db.py},
 * {@code dump_db_manifest}): the Odoo series and version that made it, the PostgreSQL server's version, and the
 * installed modules with their versions.
 *
 * @param database  {@code db_name}: the database that was backed up
 * @param series    {@code major_version}, e.g. {@code 18.0} or {@code saas~17.4}
 * @param version   {@code version}, e.g. {@code 18.0-20250101}
 * @param pgVersion {@code pg_version}, e.g. {@code 15.4}
 * @param modules   {@code modules}: name → latest version
 */
public record BackupManifest(String database, String series, String version, String pgVersion,
                             Map<String, String> modules) {

    public BackupManifest {
        modules = Map.copyOf(modules);
    }

    /** The PostgreSQL major version ({@code 15} of {@code 15.4}; {@code 9.6} of {@code 9.6}). */
    public Optional<Integer> pgMajor() {
        try {
            String[] parts = pgVersion.split("\\.");
            int major = Integer.parseInt(parts[0]);
            return Optional.of(major);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
