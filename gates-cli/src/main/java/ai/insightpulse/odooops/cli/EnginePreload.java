package ai.insightpulse.odooops.cli;

import ai.insightpulse.odooops.neutralize.jooq.JooqNeutralizer;

/**
 * The engine's cold start (jOOQ, the generated tables, the target catalog: ~80 ms) on a second thread while
 * {@code main} builds picocli's model and parses the command line (~60 ms), and the one rule that makes it safe:
 * {@code main} {@linkplain #awaitCompletion() waits for it} before it touches jOOQ, Flyway or JDBC itself.
 *
 * <p>Two threads initializing the same classes can deadlock inside the JVM: jOOQ's {@code SQLDataType} and
 * {@code DefaultDataType} initialize each other, so a thread in one waits forever for a thread in the other (or one
 * of them sees the class half-built and fails with {@code ExceptionInInitializerError}). Until the wait, {@code main}
 * only runs picocli and the command-line classes, which the preload never touches.
 */
final class EnginePreload {

    private static final Object LOCK = new Object();
    private static Thread running;

    private EnginePreload() {
    }

    /** Starts the preload; only the launcher's {@code main} does, once, before anything else. */
    static void start() {
        synchronized (LOCK) {
            if (running != null) {
                return;
            }
            running = new Thread(EnginePreload::preload, "odooops-preload");
            running.setDaemon(true);
            running.start();
        }
    }

    /**
     * Returns once no preload is running: at once when none was started (tests, commands that do not preload).
     * Called by {@code main} before its first use of jOOQ, Flyway or JDBC; never from a class initializer.
     */
    static void awaitCompletion() {
        Thread preload;
        synchronized (LOCK) {
            preload = running;
        }
        if (preload == null) {
            return;
        }
        boolean interrupted = false;
        while (preload.isAlive()) {
            try {
                preload.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void preload() {
        try {
            JooqNeutralizer.preload();
        } catch (Throwable e) {
            // only a head start: main meets the same problem itself, and reports it on its own path (a summary line)
        }
    }
}
