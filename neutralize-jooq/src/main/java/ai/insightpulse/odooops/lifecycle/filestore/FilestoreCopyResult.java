package ai.insightpulse.odooops.lifecycle.filestore;

import java.time.Duration;

/**
 * What a filestore copy did.
 *
 * @param mode    the mode that made the copy ({@code AUTO} resolved to the one that worked)
 * @param files   regular files in the copy
 * @param bytes   their bytes
 * @param elapsed wall time
 * @param reason  why {@code AUTO} chose this mode (empty otherwise)
 */
public record FilestoreCopyResult(FilestoreCopyMode mode, long files, long bytes, Duration elapsed, String reason) {
}
