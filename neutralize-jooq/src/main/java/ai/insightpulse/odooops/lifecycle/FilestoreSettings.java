package ai.insightpulse.odooops.lifecycle;

import ai.insightpulse.odooops.lifecycle.backup.ZipLimits;
import ai.insightpulse.odooops.lifecycle.filestore.FilestoreCopyMode;
import ai.insightpulse.odooops.lifecycle.filestore.OdooDataDir;
import ai.insightpulse.odooops.neutralize.ConfigException;
import java.util.Objects;
import java.util.Optional;

/**
 * How a copy treats files beside the database; validated when built, immutable.
 *
 * @param dataDir   Odoo's data dir, whose {@code filestore/<db>} is copied and published with the database; empty:
 *                  only the database is copied (with a warning)
 * @param mode      how the filestore is copied
 * @param jobs      parallel restore of archive dumps (1 to {@value #MAX_JOBS})
 * @param strict    refuse a backup zip whose manifest does not match the target
 * @param zipLimits bounds on what a backup zip may expand to
 */
public record FilestoreSettings(Optional<OdooDataDir> dataDir, FilestoreCopyMode mode, int jobs, boolean strict,
                                ZipLimits zipLimits) {

    /** The most connections a parallel restore uses. */
    public static final int MAX_JOBS = 64;

    /** @throws ConfigException for a job count out of range */
    public FilestoreSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(zipLimits, "zipLimits");
        if (jobs < 1 || jobs > MAX_JOBS) {
            throw new ConfigException("--jobs " + jobs + " is not between 1 and " + MAX_JOBS);
        }
    }

    /** No data dir (only the database is copied), one job, not strict, default zip bounds. */
    public static FilestoreSettings databaseOnly() {
        return new FilestoreSettings(Optional.empty(), FilestoreCopyMode.AUTO, 1, false, ZipLimits.DEFAULT);
    }

    /** These settings with Odoo's data dir {@code dataDir}. */
    public FilestoreSettings withDataDir(OdooDataDir dataDir) {
        return new FilestoreSettings(Optional.of(dataDir), mode, jobs, strict, zipLimits);
    }
}
