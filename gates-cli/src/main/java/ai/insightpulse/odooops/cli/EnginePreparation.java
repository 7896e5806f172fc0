package ai.insightpulse.odooops.cli;

import ai.insightpulse.odooops.neutralize.jooq.JooqNeutralizer;
import java.util.GregorianCalendar;

/**
 * The engine's one-time initialization ({@link JooqNeutralizer#prepare()}, ~50 ms: jOOQ's data types, the engine's
 * tables and targets), started on a thread of its own as the JVM starts a {@code neutralize}, so that it overlaps
 * the command line's parse and the run's connection instead of following them.
 *
 * <p>jOOQ's static initialization must not run on two threads at once. The engine calls {@code prepare()} itself
 * before it touches jOOQ, and a call waits for one under way, so a plain {@code neutralize} is safe as it is. Any
 * other use of jOOQ on the main thread (the evidence database, another command the parse chose) must first
 * {@link #awaitDone()}.
 */
final class EnginePreparation implements Runnable {

    /** Nothing started: {@link #awaitDone()} returns at once. */
    static final EnginePreparation NONE = new EnginePreparation();

    private final Thread thread;

    private EnginePreparation() {
        this.thread = null;
    }

    private EnginePreparation(String name) {
        this.thread = new Thread(this, name);
        thread.setDaemon(true);
    }

    /**
     * Starts the engine's initialization on a daemon thread, and on another the JDK's time-zone and locale data
     * that the run's connection needs first (the driver makes a calendar): on one thread they took ~65 ms, which the
     * run waited ~23 ms for after connecting; on two, ~15 ms (async-profiler, 12 runs; 8-17 ms less wall time a run
     * in interleaved A/B runs, together with the lock's round trip sent before jOOQ is needed).
     */
    static EnginePreparation start() {
        EnginePreparation preparation = new EnginePreparation("odooops-prepare");
        preparation.thread.start();
        Thread calendar = new Thread(() -> new GregorianCalendar().getTimeInMillis(), "odooops-calendar");
        calendar.setDaemon(true);
        calendar.start();
        return preparation;
    }

    @Override
    public void run() {
        try {
            JooqNeutralizer.prepare();
        } catch (RuntimeException | LinkageError e) {
            // the run meets the same failure when it calls prepare() itself, and reports it in its summary line
        }
    }

    /** Returns once the initialization has ended (at once when none was started). */
    void awaitDone() {
        if (thread == null) {
            return;
        }
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
