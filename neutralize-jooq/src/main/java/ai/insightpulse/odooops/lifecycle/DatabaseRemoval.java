package ai.insightpulse.odooops.lifecycle;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * What {@link DropDatabase} and {@link GarbageCollection} do to one dev database, on a maintenance connection:
 * take the per-target lock {@code clone}/{@code restore} hold (so a drop never races a copy being published under
 * the same name), drop the database with its connections, then its filestore.
 */
final class DatabaseRemoval {

    /** The per-target advisory lock of clone and restore: ("odoo", {@code hashtext(target)}). */
    static final int LOCK_CLASS = 0x6F646F6F;

    static final Table<?> PG_DATABASE = DSL.table(DSL.name("pg_catalog", "pg_database"));
    static final Field<String> DATNAME = DSL.field(DSL.name("datname"), String.class);
    static final Field<String> COMMENT = DSL.field("shobj_description({0}, 'pg_database')", String.class,
            DSL.field(DSL.name("oid")));

    private final DSLContext dsl;
    private final Consumer<String> progress;

    DatabaseRemoval(DSLContext dsl, Consumer<String> progress) {
        this.dsl = dsl;
        this.progress = progress;
    }

    boolean tryLock(String database) {
        return Boolean.TRUE.equals(dsl.select(DSL.function("pg_try_advisory_lock", Boolean.class,
                DSL.inline(LOCK_CLASS), DSL.function("hashtext", Integer.class, DSL.val(database)))).fetchOne(0));
    }

    void unlock(String database) {
        dsl.select(DSL.function("pg_advisory_unlock", Boolean.class, DSL.inline(LOCK_CLASS),
                DSL.function("hashtext", Integer.class, DSL.val(database)))).fetch();
    }

    boolean exists(String database) {
        return dsl.fetchExists(PG_DATABASE, DATNAME.eq(database));
    }

    /** The comment of {@code database}, if it exists and has one. */
    Optional<String> comment(String database) {
        return Optional.ofNullable(dsl.select(COMMENT).from(PG_DATABASE).where(DATNAME.eq(database))
                .fetchOne(COMMENT));
    }

    /** Drops {@code database}, ending its sessions first (Odoo's workers keep some open); false if it was gone. */
    boolean dropDatabase(String database) {
        if (!exists(database)) {
            return false;
        }
        // WITH (FORCE) (PostgreSQL 13+) terminates the sessions and drops in one statement: no worker can
        // reconnect in between
        dsl.query("DROP DATABASE IF EXISTS {0} WITH (FORCE)", DSL.name(database)).execute();
        progress.accept("dropped the database " + database);
        return true;
    }

    /**
     * Removes {@code <dataDir>/filestore/<database>}; returns it if it was there. Symbolic links are removed, never
     * followed: a link in a filestore (or the filestore itself being one) never takes a file outside with it.
     */
    static Optional<Path> removeFilestore(Path dataDir, String database, Consumer<String> progress)
            throws IOException {
        Path filestore = DevDatabase.filestore(dataDir, database);
        if (!Files.exists(filestore, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Files.walkFileTree(filestore, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
        progress.accept("removed the filestore " + filestore);
        return Optional.of(filestore);
    }
}
