package ai.insightpulse.odooops.lifecycle;

/**
 * What a lifecycle run tells its caller while it works. Called on the run's thread; a listener that blocks holds
 * the run there (the CLI's kill-safety tests use that). Messages are one line, without secrets.
 */
public interface LifecycleListener {

    /** A listener that ignores everything. */
    LifecycleListener NONE = new LifecycleListener() {
    };

    /** A step of the run, for people: what is being done, how far it got. */
    default void progress(String message) {
    }

    /** The run has reached {@code stage}. */
    default void reached(CopyStage stage) {
    }
}
