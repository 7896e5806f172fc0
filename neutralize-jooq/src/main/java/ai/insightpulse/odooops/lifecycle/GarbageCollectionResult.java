package ai.insightpulse.odooops.lifecycle;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link GarbageCollection} dropped, or with a dry run would drop: the same list either way.
 *
 * @param dryRun    whether nothing was dropped
 * @param cutoff    databases published before this instant were due
 * @param collected the databases dropped (or due), by name
 * @param busy      due databases left alone because a clone, restore or drop held their lock
 * @param duration  how long it took
 */
public record GarbageCollectionResult(boolean dryRun, Instant cutoff, List<Collected> collected, List<String> busy,
                                      Duration duration) {

    /** Checks the parts and freezes the lists. */
    public GarbageCollectionResult {
        Objects.requireNonNull(cutoff, "cutoff");
        collected = List.copyOf(collected);
        busy = List.copyOf(busy);
        Objects.requireNonNull(duration, "duration");
    }

    /**
     * One database collected.
     *
     * @param database  its name
     * @param marker    when and by what it was published
     * @param filestore its filestore, when a data dir was given and it had one (removed, or due)
     */
    public record Collected(String database, PublishMarker marker, Optional<Path> filestore) {

        /** Checks the parts. */
        public Collected {
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(marker, "marker");
            Objects.requireNonNull(filestore, "filestore");
        }
    }
}
