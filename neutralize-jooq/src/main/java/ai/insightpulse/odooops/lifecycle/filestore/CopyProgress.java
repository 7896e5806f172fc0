package ai.insightpulse.odooops.lifecycle.filestore;

/** Told how far a filestore copy is; called from the copying thread, at most every few seconds. */
@FunctionalInterface
public interface CopyProgress {

    /** Does nothing. */
    CopyProgress NONE = (files, bytes) -> { };

    /**
     * @param files files copied (or linked) so far
     * @param bytes their bytes
     */
    void copied(long files, long bytes);
}
