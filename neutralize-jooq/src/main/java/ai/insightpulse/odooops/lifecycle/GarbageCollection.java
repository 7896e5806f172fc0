package ai.insightpulse.odooops.lifecycle;

import ai.insightpulse.odooops.neutralize.Failure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Drops the dev databases that {@code clone} or {@code restore} published longer ago than an age — pull request
 * copies nobody closed, say — with their filestores. A database is due only when all of these hold:
 * <ul>
 *   <li>its name is a dev name (ENV_DB_MAP: {@code odoo_dev}, {@code odoo_dev_<suffix>}): stage, prod and
 *       anything else are never even considered;</li>
 *   <li>it matches the pattern;</li>
 *   <li>its comment is a {@link PublishMarker} older than the age: a database without one (created by hand, by
 *       Odoo, or published before markers existed) is never collected;</li>
 *   <li>no clone, restore or drop holds its lock.</li>
 * </ul>
 * A dry run goes through exactly the same steps, lock included, and only skips the drop: it lists what a run now
 * would drop.
 */
public final class GarbageCollection {

    private GarbageCollection() {
    }

    /**
     * Collects (or lists, with a dry run) what {@code config} selects; {@code progress} gets one line per step.
     *
     * @throws LifecycleException when the server cannot be reached or a drop fails (what was dropped before stays
     *                            dropped; a second run finishes the job)
     */
    public static GarbageCollectionResult run(GarbageCollectionConfig config, Consumer<String> progress) {
        long started = System.nanoTime();
        Instant cutoff = Instant.now().minus(config.olderThan());
        MaintenanceConnection server = config.server();
        List<GarbageCollectionResult.Collected> collected = new ArrayList<>();
        List<String> busy = new ArrayList<>();
        try (Connection c = server.open()) {
            DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES, DropDatabase.SETTINGS);
            DatabaseRemoval removal = new DatabaseRemoval(dsl, progress);
            for (Record2<String, String> db : dsl.select(DatabaseRemoval.DATNAME, DatabaseRemoval.COMMENT)
                    .from(DatabaseRemoval.PG_DATABASE).orderBy(DatabaseRemoval.DATNAME).fetch()) {
                String name = db.value1();
                if (!isDue(config, name, db.value2(), cutoff)) {
                    continue;
                }
                if (!removal.tryLock(name)) {
                    busy.add(name);
                    progress.accept("left " + name + " alone: a clone, restore or drop of it is running");
                    continue;
                }
                try {
                    // under the lock, read the marker again: a clone may have republished it since the listing
                    Optional<String> comment = removal.comment(name);
                    if (comment.isEmpty() || !isDue(config, name, comment.get(), cutoff)) {
                        continue;
                    }
                    PublishMarker marker = PublishMarker.parse(comment.get()).orElseThrow();
                    Optional<Path> filestore = config.dataDir().map(d -> DevDatabase.filestore(d, name))
                            .filter(p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS));
                    if (!config.dryRun()) {
                        removal.dropDatabase(name);
                        if (filestore.isPresent()) {
                            DatabaseRemoval.removeFilestore(config.dataDir().get(), name, progress);
                        }
                    }
                    collected.add(new GarbageCollectionResult.Collected(name, marker, filestore));
                } finally {
                    removal.unlock(name);
                }
            }
        } catch (SQLException | DataAccessException e) {
            throw new LifecycleException(server.failure("collecting dev databases", e));
        } catch (IOException e) {
            throw new LifecycleException(new Failure(Failure.Kind.INTERNAL, "a filestore could not be removed ("
                    + e.getMessage() + "); run gc again"));
        }
        return new GarbageCollectionResult(config.dryRun(), cutoff, collected, busy,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static boolean isDue(GarbageCollectionConfig config, String name, String comment, Instant cutoff) {
        return DevDatabase.isDev(name) && config.matches(name)
                && !name.equals(config.server().endpoint().database())
                && PublishMarker.parse(comment).filter(m -> m.publishedAt().isBefore(cutoff)).isPresent();
    }
}
