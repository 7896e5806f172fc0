package ai.insightpulse.odooops.cli;

import ai.insightpulse.odooops.neutralize.CronAllowlist;
import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import ai.insightpulse.odooops.neutralize.jooq.ConnectionSource;
import ai.insightpulse.odooops.neutralize.jooq.JooqNeutralizer;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The engine's cold start (jOOQ, SLF4J, the generated tables, the target catalog: ~80 ms) on a second thread while
 * {@code main} parses the command line, validates the configuration and opens the database connection, and the
 * one rule that makes it safe: the two threads never initialize the same classes at the same time, because
 * {@code main} {@linkplain #awaitCompletion() waits for the preload} before its own first use of jOOQ, Flyway or
 * SLF4J (the engine, the control plane, the evidence).
 *
 * <p>Two threads initializing the same classes can deadlock inside the JVM: jOOQ's {@code SQLDataType} and
 * {@code DefaultDataType} initialize each other, so a thread in one waits forever for a thread in the other (or one
 * of them sees the class half-built and fails with {@code ExceptionInInitializerError}). Until the wait,
 * {@code main} runs picocli, the command-line classes, the configuration, Jackson and the PostgreSQL driver, none of
 * which the preload touches; the few contract classes both use are initialized by {@code main} before the preload
 * starts.
 */
public final class EnginePreload {

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
            // the contract classes the preload shares with main's configuration: initialized here, before it runs
            CronAllowlist.defaults();
            NeutralizationTarget.values();
            running = new Thread(EnginePreload::preload, "odooops-preload");
            running.setDaemon(true);
            running.start();
        }
    }

    /**
     * Returns once no preload is running: at once when none was started (tests, commands that do not preload).
     * Called by {@code main} before its first use of jOOQ, Flyway or JDBC; never from a class initializer.
     */
    public static void awaitCompletion() {
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

    /**
     * The engine's connection for a run on {@code main}: opened now, while the preload may still run (the driver
     * shares no class with it), and handed to the engine once the preload is done, so that the connection's round
     * trips overlap the preload instead of following it. A connection that cannot be opened reaches the engine as
     * the same failure, which it reports as its own. Only for a run that connects (not {@code neutralize} in prod).
     */
    public static ConnectionSource openedWhilePreloading(NeutralizeConfig config) {
        Connection connection = null;
        SQLException failure = null;
        try {
            connection = ConnectionSource.driverManager().open(config);
        } catch (SQLException e) {
            failure = e;
        } finally {
            awaitCompletion();
        }
        Connection opened = connection;
        SQLException notOpened = failure;
        return ignored -> {
            if (notOpened != null) {
                throw notOpened;
            }
            return opened;
        };
    }

    private static void preload() {
        try {
            JooqNeutralizer.preload();
        } catch (Throwable e) {
            // only a head start: main meets the same problem itself, and reports it on its own path (a summary line)
        }
    }
}
