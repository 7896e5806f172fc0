package ai.insightpulse.odooops.lifecycle;

/** The points a copy run passes, in order, reported to {@link LifecycleListener#reached(CopyStage)}. */
public enum CopyStage {
    /** Work databases left by interrupted runs have been removed. */
    SWEPT,
    /** The temporary database of a restore exists, still empty. */
    CREATED,
    /** The temporary copy holds the data. */
    COPIED,
    /** The temporary copy is neutralized. */
    NEUTRALIZED,
    /** The temporary copy verified neutralized. */
    VERIFIED,
    /** The copy carries the target name. */
    PUBLISHED
}
