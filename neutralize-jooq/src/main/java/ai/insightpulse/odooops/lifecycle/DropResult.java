package ai.insightpulse.odooops.lifecycle;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link DropDatabase} did.
 *
 * @param database         the database named
 * @param databaseDropped  whether it existed and was dropped (false: it was already gone)
 * @param filestoreRemoved the filestore directory removed, if there was one (and a data dir was given)
 * @param duration         how long it took
 */
public record DropResult(String database, boolean databaseDropped, Optional<Path> filestoreRemoved,
                         Duration duration) {

    /** Checks the parts. */
    public DropResult {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(filestoreRemoved, "filestoreRemoved");
        Objects.requireNonNull(duration, "duration");
    }

    /** Whether anything was removed; a second drop of the same name removes nothing. */
    public boolean changed() {
        return databaseDropped || filestoreRemoved.isPresent();
    }
}
