package ai.insightpulse.odooops.lifecycle;

import ai.insightpulse.odooops.neutralize.Failure;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Drops a dev database — a pull request's copy, say — and its filestore: the database first (with its sessions,
 * so Odoo stops serving it), then {@code <data_dir>/filestore/<db>}. Idempotent: a second run finds nothing and
 * removes nothing; a run killed between the two steps leaves only the filestore, which the next run removes.
 * Holds the per-target lock of {@code clone}/{@code restore} while it works, so it never drops a copy that is
 * being published under the same name.
 */
public final class DropDatabase {

    static final Settings SETTINGS = new Settings().withExecuteLogging(false).withRenderFormatted(false);

    private DropDatabase() {
    }

    /**
     * Drops what {@code config} names; {@code progress} gets one line per step.
     *
     * @throws LifecycleException when the server cannot be reached, a clone or restore into the database is
     *                            running, or a step fails
     */
    public static DropResult run(DropConfig config, Consumer<String> progress) {
        long started = System.nanoTime();
        MaintenanceConnection server = config.server();
        String database = config.database();
        boolean dropped;
        try (Connection c = server.open()) {
            DatabaseRemoval removal = new DatabaseRemoval(DSL.using(c, SQLDialect.POSTGRES, SETTINGS), progress);
            if (!removal.tryLock(database)) {
                throw new LifecycleException(new Failure(Failure.Kind.LOCK_TIMEOUT, "a clone or restore into "
                        + database + " is running; nothing was dropped, retry when it has finished"));
            }
            try {
                dropped = removal.dropDatabase(database);
                if (!dropped) {
                    progress.accept("no database " + database + " on " + server.endpoint().host() + ":"
                            + server.endpoint().port());
                }
            } finally {
                removal.unlock(database);
            }
        } catch (SQLException | DataAccessException e) {
            throw new LifecycleException(server.failure("dropping " + database, e));
        }
        Optional<Path> filestore = Optional.empty();
        if (config.dataDir().isPresent()) {
            try {
                filestore = DatabaseRemoval.removeFilestore(config.dataDir().get(), database, progress);
            } catch (IOException e) {
                throw new LifecycleException(new Failure(Failure.Kind.INTERNAL, "the database " + database
                        + (dropped ? " was dropped" : " was already gone") + " but its filestore could not be "
                        + "removed (" + e.getMessage() + "); run drop again"));
            }
        }
        return new DropResult(database, dropped, filestore, Duration.ofNanos(System.nanoTime() - started));
    }
}
