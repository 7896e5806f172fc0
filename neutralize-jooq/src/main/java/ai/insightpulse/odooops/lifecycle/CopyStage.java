package ai.insightpulse.odooops.lifecycle;

/** The points a copy run passes, in order, reported to {@link LifecycleListener#reached(CopyStage)}. */
public enum CopyStage {
    /** Work databases left by interrupted runs have been removed. */
    SWEPT,
    /** The temporary database of a restore exists, still empty. */
    CREATED,
    /** The temporary copy holds the data. */
    COPIED,
    /** The source's filestore is copied under the temporary copy's name (with a data dir only). */
    FILESTORE_COPIED,
    /** The temporary copy is neutralized. */
    NEUTRALIZED,
    /** The temporary copy verified neutralized. */
    VERIFIED,
    /** The target's filestore is moved aside for the copy's (with a data dir only). */
    FILESTORE_ASIDE,
    /** The databases are renamed: the copy carries the target name, its filestore not yet (data dir only). */
    DATABASES_SWAPPED,
    /** The copy carries the target name. */
    PUBLISHED;

    /** The step's name as messages and the kill tests spell it: lower case, words joined by {@code -}. */
    public String step() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The stage of a {@link #step()} name. */
    public static CopyStage of(String step) {
        for (CopyStage stage : values()) {
            if (stage.step().equals(step)) {
                return stage;
            }
        }
        throw new IllegalArgumentException("no copy stage " + step);
    }
}
