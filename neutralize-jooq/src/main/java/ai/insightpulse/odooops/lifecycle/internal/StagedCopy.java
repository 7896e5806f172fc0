package ai.insightpulse.odooops.lifecycle.internal;

import ai.insightpulse.odooops.lifecycle.CopyConfig;
import ai.insightpulse.odooops.lifecycle.CopyResult;
import ai.insightpulse.odooops.lifecycle.CopyStage;
import ai.insightpulse.odooops.lifecycle.LifecycleListener;
import ai.insightpulse.odooops.lifecycle.PostgresServer;
import ai.insightpulse.odooops.neutralize.DatabaseEndpoint;
import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import ai.insightpulse.odooops.neutralize.RunStatus;
import ai.insightpulse.odooops.neutralize.jooq.JooqNeutralizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Makes a neutralized copy and publishes it under the target name, so that the target name never refers to a
 * database that is not neutralized: copy into {@code odooops_tmp_<target>_<random>} (a name Odoo never serves),
 * neutralize it there, verify it, then swap names in one transaction (the old target goes aside as
 * {@code odooops_prev_…}), verify the published copy, and drop the old target (or keep it).
 *
 * <p>Kill safety: the run holds a session advisory lock per target for its whole life; a killed run's lock goes
 * with its connection, and the next run for any target finds that run's {@code tmp}/{@code prev} databases with a
 * free lock and cleans them (a {@code prev} whose target is missing is renamed back). Every step before the swap
 * touches only the temporary copy; the swap itself is one transaction ({@code ALTER DATABASE … RENAME} is
 * transactional in PostgreSQL), so a kill at any point leaves the target either the old database or the new,
 * verified one.
 */
public final class StagedCopy {

    /** The first key of the per-target advisory lock ("odoo"); the second is {@code hashtext(target)}. */
    static final int LOCK_CLASS = 0x6F646F6F;

    private static final Table<?> PG_DATABASE = DSL.table(DSL.name("pg_catalog", "pg_database"));
    private static final Table<?> PG_STAT_ACTIVITY = DSL.table(DSL.name("pg_catalog", "pg_stat_activity"));
    private static final Field<String> DATNAME = DSL.field(DSL.name("datname"), String.class);
    private static final Field<Integer> PID = DSL.field(DSL.name("pid"), Integer.class);
    private static final Table<?> PG_ROLES = DSL.table(DSL.name("pg_catalog", "pg_roles"));
    private static final Field<String> ROLNAME = DSL.field(DSL.name("rolname"), String.class);
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(2);
    private static final int PUBLISH_ATTEMPTS = 5;

    private final PostgresServer server;
    private final NeutralizeConfig config;
    private final String target;
    private final boolean keepPrevious;
    private final PgClientTools tools;
    private final LifecycleListener listener;
    private final String command;

    private StagedCopy(CopyConfig copy, LifecycleListener listener, String command) {
        this.config = copy.neutralization();
        this.server = PostgresServer.of(config, copy.maintenanceDatabase(), "odooops-" + command);
        this.target = copy.target();
        this.keepPrevious = copy.keepPrevious();
        this.tools = new PgClientTools(copy.clientProgramPath());
        this.listener = listener;
        this.command = command;
    }

    /**
     * Runs a whole copy of {@code source} as {@code copy} says; a failure is returned as an error result (the copy
     * was dropped, the target left as it was), never thrown.
     *
     * @param command {@code clone} or {@code restore}: names the run in messages and in {@code pg_stat_activity}
     */
    public static CopyResult execute(String command, CopyConfig copy, CopySource source,
                                     LifecycleListener listener) {
        long started = System.nanoTime();
        NeutralizeConfig config = copy.neutralization();
        try {
            NeutralizationResult neutralized = new StagedCopy(copy, listener, command).run(source);
            return new CopyResult(new NeutralizationResult(neutralized.environment(), neutralized.database(), false,
                    neutralized.status(), neutralized.targets(), neutralized.unresolvedAllowlist(),
                    neutralized.odooSeries(), elapsed(started), Optional.empty()));
        } catch (CopyFailure e) {
            return new CopyResult(new NeutralizationResult(Optional.of(config.environment().ipaiName()),
                    Optional.of(copy.target()), false, RunStatus.ERROR, List.of(), List.of(), Optional.empty(),
                    elapsed(started), Optional.of(e.failure())));
        }
    }

    private static Duration elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /**
     * Runs the whole lifecycle. Returns the neutralization result of the copy (database = the target name).
     *
     * @throws CopyFailure on any failure; the temporary copy has been dropped and the old target is untouched
     */
    private NeutralizationResult run(CopySource source) {
        try (Connection admin = server.connectMaintenance()) {
            DSLContext dsl = PostgresServer.dsl(admin);
            if (!tryLock(dsl, target)) {
                throw new CopyFailure(Failure.Kind.LOCK_TIMEOUT, "another clone or restore into " + target
                        + " is running; nothing was changed, retry when it has finished");
            }
            try {
                sweepOrphans(dsl);
                listener.reached(CopyStage.SWEPT);
                return copyNeutralizePublish(admin, dsl, source);
            } finally {
                unlock(dsl, target);
            }
        } catch (SQLException | DataAccessException e) {
            throw new CopyFailure(server.failure(command, e));
        }
    }

    private NeutralizationResult copyNeutralizePublish(Connection admin, DSLContext dsl, CopySource source) {
        String tmp = CopyNames.tmp(target);
        boolean published = false;
        try {
            progress("copying " + source.describe() + " into " + tmp);
            long started = System.nanoTime();
            Optional<RestoreRole> role = copy(admin, dsl, source, tmp);
            progress("copied in " + seconds(started) + " s");
            listener.reached(CopyStage.COPIED);

            progress("neutralizing " + tmp + " as " + target + " (" + config.environment().ipaiName() + ")");
            // a restored copy is neutralized and verified as its restore role: a trigger the dump carries fires
            // with that role's rights, never with the restoring user's
            JooqNeutralizer onCopy = JooqNeutralizer.using(c -> role.isPresent() ? role.get().open(tmp)
                    : server.connect(tmp));
            NeutralizationResult neutralized = onCopy.neutralize(config);
            if (neutralized.failure().isPresent()) {
                throw new CopyFailure(neutralized.failure().get());
            }
            listener.reached(CopyStage.NEUTRALIZED);

            progress("verifying " + tmp);
            requireNeutralized(onCopy.inspect(config), tmp);
            listener.reached(CopyStage.VERIFIED);

            Optional<String> previous = publish(dsl, tmp);
            published = true;
            progress("published " + tmp + " as " + target
                    + previous.map(p -> "; the previous " + target + " is now " + p).orElse(""));
            listener.reached(CopyStage.PUBLISHED);

            // a restored target is verified as its restore role too, and only then handed over: the restoring
            // user never runs what the dump defined (a view, an operator, a function)
            JooqNeutralizer onTarget = role.isPresent() ? JooqNeutralizer.using(c -> role.get().open(target))
                    : JooqNeutralizer.create();
            NeutralizationResult check = onTarget.inspect(config);
            if (check.failure().isPresent() || !Verdict.neutralized(check)) {
                unpublish(dsl, previous);
                role.ifPresent(r -> dropRoleQuietly(dsl, r.name()));
                throw new CopyFailure(Failure.Kind.DATABASE, "the published " + target + " did not verify; "
                        + previous.map(p -> "the previous database is back under the name " + target)
                                .orElse("it was dropped"));
            }
            progress("verified " + target);
            if (role.isPresent()) {
                role.get().handBack(dsl, server, target);
                progress("handed " + target + " over to " + server.endpoint().user()
                        + " and dropped the restore role");
            }
            previous.ifPresent(p -> retire(dsl, p));
            return neutralized;
        } catch (RuntimeException e) {
            if (!published) {
                dropQuietly(dsl, tmp);
                dropRoleQuietly(dsl, tmp);
            }
            throw e;
        }
    }

    /** Drops what interrupted runs left behind, for any target whose run is gone. */
    private void sweepOrphans(DSLContext dsl) {
        List<String> names = dsl.select(DATNAME).from(PG_DATABASE)
                .where(DATNAME.startsWith("odooops_")).fetch(DATNAME);
        for (String name : names) {
            Optional<CopyNames.WorkDatabase> work = CopyNames.parse(name);
            if (work.isEmpty()) {
                continue;
            }
            String owner = work.get().target();
            boolean ours = owner.equals(target);
            if (!ours && !tryLock(dsl, owner)) {
                continue; // a live run owns it
            }
            try {
                if (work.get().isTmp()) {
                    drop(dsl, name);
                    RestoreRole.drop(dsl, name);
                    progress("removed " + name + ", an unfinished copy left by an interrupted run");
                } else if (exists(dsl, owner)) {
                    drop(dsl, name);
                    progress("removed " + name + ", the previous " + owner + " left by an interrupted run");
                } else {
                    dsl.alterDatabase(DSL.name(name)).renameTo(DSL.name(owner)).execute();
                    progress("renamed " + name + " back to " + owner + ": an interrupted run had set it aside");
                }
            } finally {
                if (!ours) {
                    unlock(dsl, owner);
                }
            }
        }
        sweepOrphanRoles(dsl);
    }

    /**
     * Drops the restore roles of interrupted runs: one that did not get as far as creating its copy, or one whose
     * copy was published but not yet handed over (the target is handed over to the restoring user first).
     */
    private void sweepOrphanRoles(DSLContext dsl) {
        List<String> roles = dsl.select(ROLNAME).from(PG_ROLES).where(ROLNAME.startsWith(CopyNames.TMP))
                .fetch(ROLNAME);
        for (String role : roles) {
            Optional<CopyNames.WorkDatabase> work = CopyNames.parse(role);
            if (work.isEmpty() || !work.get().isTmp() || exists(dsl, role)) {
                continue; // not ours, or its copy is swept with it
            }
            String owner = work.get().target();
            boolean ours = owner.equals(target);
            if (!ours && !tryLock(dsl, owner)) {
                continue; // a live run owns it
            }
            try {
                for (String owned : RestoreRole.databasesOwnedBy(dsl, role)) {
                    RestoreRole.handBack(dsl, server, owned, role);
                    progress("handed " + owned + " over to " + server.endpoint().user()
                            + ": an interrupted restore had published it before handing it over");
                }
                RestoreRole.drop(dsl, role);
                progress("removed the role " + role + ", left by an interrupted restore");
            } finally {
                if (!ours) {
                    unlock(dsl, owner);
                }
            }
        }
    }

    /** Makes the copy; a dump's copy comes with the role it was restored as, which owns it until handed back. */
    private Optional<RestoreRole> copy(Connection admin, DSLContext dsl, CopySource source, String tmp) {
        if (source instanceof CopySource.FromDump dump) {
            return Optional.of(restoreDump(admin, dsl, dump.file(), tmp));
        }
        cloneDatabase(dsl, ((CopySource.FromDatabase) source).database(), tmp);
        return Optional.empty();
    }

    private void cloneDatabase(DSLContext dsl, String from, String tmp) {
        if (!exists(dsl, from)) {
            throw new CopyFailure(Failure.Kind.CONFIG, "the source database " + from + " does not exist on "
                    + server.address());
        }
        int others = dsl.fetchCount(PG_STAT_ACTIVITY, DATNAME.eq(from));
        if (others == 0) {
            try {
                // a file-level copy: fastest, and only possible while nobody else is connected to the source
                dsl.query("CREATE DATABASE {0} TEMPLATE {1}", DSL.name(tmp), DSL.name(from)).execute();
                progress("copied with CREATE DATABASE … TEMPLATE " + from);
                return;
            } catch (DataAccessException e) {
                if (!"55006".equals(e.sqlState())) {
                    throw e;
                }
                others = 1; // someone connected meanwhile
            }
        }
        progress(from + " is in use (" + others + " other connection(s)): copying with pg_dump | pg_restore");
        String why = "needed to copy " + from + " while it is in use";
        Path pgDump = tools.require("pg_dump", why);
        Path pgRestore = tools.require("pg_restore", why);
        createEmpty(dsl, tmp);
        DatabaseEndpoint endpoint = server.endpoint();
        List<String> dump = new ArrayList<>(List.of(pgDump.toString(), "--format=custom"));
        dump.addAll(PgClientTools.connectionArgs(endpoint, from));
        List<String> restore = new ArrayList<>(List.of(pgRestore.toString(), "--no-owner", "--exit-on-error"));
        restore.addAll(PgClientTools.connectionArgs(endpoint, tmp));
        long sourceSize = size(dsl, from);
        PgClientTools.runPipeline(List.of(dump, restore), endpoint, server.applicationName(), PROGRESS_INTERVAL,
                () -> progress("  " + mib(size(dsl, tmp)) + " written of about " + mib(sourceSize)));
    }

    /**
     * Restores a dump into {@code tmp} as a new {@link RestoreRole} that owns {@code tmp} and nothing else. A plain
     * dump is read by {@link PlainDumpRestore}, never by psql (whose meta-commands a dump could use); an archive
     * is turned into the same SQL script by {@code pg_restore --file=-} (which connects nowhere) and read the same
     * way, so one vetting and one set of privileges apply to both.
     */
    private RestoreRole restoreDump(Connection admin, DSLContext dsl, Path file, String tmp) {
        boolean plain = isPlainSql(file);
        Path pgRestore = plain ? null : tools.require("pg_restore", "needed to restore a pg_dump archive");
        RestoreRole role = RestoreRole.create(server, dsl, admin, tmp);
        // template0: a restore must not meet objects someone added to template1
        dsl.query("CREATE DATABASE {0} OWNER {1} TEMPLATE template0", DSL.name(tmp), DSL.name(role.name()))
                .execute();
        listener.reached(CopyStage.CREATED);
        long fileSize = fileSize(file);
        // an archive's line numbers are those of the script pg_restore writes for it (pg_restore --file=- shows it)
        String source = plain ? file.toString() : file + " (as pg_restore's script)";
        PlainDumpRestore restore = new PlainDumpRestore(source, read -> progress("  " + mib(read)
                + (plain ? " of the dump read (" + mib(fileSize) + ")" : " of SQL read from the archive ("
                + mib(fileSize) + ")") + ", " + mib(size(dsl, tmp)) + " written"));
        try (Connection copy = role.connect(tmp)) {
            if (plain) {
                try (InputStream in = Files.newInputStream(file)) {
                    restore.run(in, copy);
                }
            } else {
                PgClientTools.readOutput(List.of(pgRestore.toString(), "--no-owner", "--file=-", file.toString()),
                        out -> restore.run(out, copy));
            }
        } catch (IOException e) {
            throw new CopyFailure(Failure.Kind.CONFIG, "cannot read the dump " + file + ": " + e.getMessage());
        } catch (SQLException e) {
            throw new CopyFailure(server.failure("restoring " + file, e));
        }
        // before anything connects to the copy again: a default set for it would apply to those sessions
        role.requireDatabaseAsCreated(dsl, tmp);
        return role;
    }

    /** pg_restore reads custom ("PGDMP"), tar and directory archives; anything else is taken for plain SQL. */
    static boolean isPlainSql(Path file) {
        if (Files.isDirectory(file)) {
            return false;
        }
        byte[] head = new byte[512];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new CopyFailure(Failure.Kind.CONFIG, "cannot read " + file + ": " + e.getMessage());
        }
        boolean custom = n >= 5 && new String(head, 0, 5, StandardCharsets.US_ASCII).equals("PGDMP");
        boolean tar = n >= 262 && new String(head, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
        return !custom && !tar;
    }

    private void createEmpty(DSLContext dsl, String tmp) {
        // template0: a restore must not meet objects someone added to template1
        dsl.query("CREATE DATABASE {0} TEMPLATE template0", DSL.name(tmp)).execute();
        listener.reached(CopyStage.CREATED);
    }

    private void requireNeutralized(NeutralizationResult check, String database) {
        if (check.failure().isPresent()) {
            throw new CopyFailure(check.failure().get());
        }
        if (!Verdict.neutralized(check)) {
            throw new CopyFailure(Failure.Kind.DATABASE, database + " still has rows to neutralize after the run; "
                    + "it was not published");
        }
    }

    /**
     * Swaps names in one transaction; returns where the old target went, if there was one. With
     * {@code --keep-previous} the old target goes straight to its kept name, which no sweep ever drops: a run
     * killed right after the swap cannot lose it.
     */
    private Optional<String> publish(DSLContext dsl, String tmp) {
        String prev = keepPrevious ? CopyNames.kept(target, ZonedDateTime.now()) : CopyNames.prev(target);
        for (int attempt = 1; ; attempt++) {
            // Odoo's workers hold connections to the target; a rename needs the database to itself
            terminateBackends(dsl, target);
            try {
                return dsl.transactionResult(tx -> {
                    DSLContext t = tx.dsl();
                    boolean hadTarget = exists(t, target);
                    if (hadTarget) {
                        t.alterDatabase(DSL.name(target)).renameTo(DSL.name(prev)).execute();
                    }
                    t.alterDatabase(DSL.name(tmp)).renameTo(DSL.name(target)).execute();
                    return hadTarget ? Optional.of(prev) : Optional.<String>empty();
                });
            } catch (DataAccessException e) {
                if (!"55006".equals(e.sqlState()) || attempt == PUBLISH_ATTEMPTS) {
                    throw e;
                }
                progress(target + " is still in use; retrying the swap (" + attempt + "/" + PUBLISH_ATTEMPTS + ")");
            }
        }
    }

    /** Puts the previous target back after the published copy failed its check. */
    private void unpublish(DSLContext dsl, Optional<String> previous) {
        String failed = CopyNames.tmp(target);
        terminateBackends(dsl, target);
        dsl.transaction(tx -> {
            tx.dsl().alterDatabase(DSL.name(target)).renameTo(DSL.name(failed)).execute();
            if (previous.isPresent()) {
                tx.dsl().alterDatabase(DSL.name(previous.get())).renameTo(DSL.name(target)).execute();
            }
        });
        dropQuietly(dsl, failed);
    }

    private void retire(DSLContext dsl, String previous) {
        if (keepPrevious) {
            progress("kept the previous " + target + " as " + previous + " (--keep-previous)");
        } else {
            drop(dsl, previous);
            progress("dropped the previous " + target);
        }
    }

    private void terminateBackends(DSLContext dsl, String database) {
        dsl.select(DSL.function("pg_terminate_backend", Boolean.class, PID)).from(PG_STAT_ACTIVITY)
                .where(DATNAME.eq(database))
                .and(PID.ne(DSL.function("pg_backend_pid", Integer.class)))
                .fetch();
    }

    private static boolean exists(DSLContext dsl, String database) {
        return dsl.fetchExists(PG_DATABASE, DATNAME.eq(database));
    }

    private static void drop(DSLContext dsl, String database) {
        dsl.query("DROP DATABASE IF EXISTS {0} WITH (FORCE)", DSL.name(database)).execute();
    }

    private void dropRoleQuietly(DSLContext dsl, String role) {
        try {
            RestoreRole.drop(dsl, role);
        } catch (RuntimeException e) {
            progress("could not drop the role " + role + " (" + e.getMessage().lines().findFirst().orElse("")
                    + "); the next run will");
        }
    }

    private void dropQuietly(DSLContext dsl, String database) {
        try {
            drop(dsl, database);
        } catch (RuntimeException e) {
            progress("could not drop " + database + " (" + e.getMessage().lines().findFirst().orElse("")
                    + "); the next run will");
        }
    }

    private static boolean tryLock(DSLContext dsl, String name) {
        return Boolean.TRUE.equals(dsl.select(DSL.function("pg_try_advisory_lock", Boolean.class,
                DSL.inline(LOCK_CLASS), DSL.function("hashtext", Integer.class, DSL.val(name)))).fetchOne(0));
    }

    private static void unlock(DSLContext dsl, String name) {
        dsl.select(DSL.function("pg_advisory_unlock", Boolean.class, DSL.inline(LOCK_CLASS),
                DSL.function("hashtext", Integer.class, DSL.val(name)))).fetch();
    }

    private static long size(DSLContext dsl, String database) {
        Long size = dsl.select(DSL.function("pg_database_size", Long.class, DSL.val(database))).fetchOne(0, Long.class);
        return size == null ? 0 : size;
    }

    private static long fileSize(Path file) {
        try {
            if (Files.isDirectory(file)) {
                try (var files = Files.walk(file)) {
                    return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
                }
            }
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / 1048576.0);
    }

    private static String seconds(long started) {
        return String.format("%.1f", (System.nanoTime() - started) / 1e9);
    }

    private void progress(String message) {
        listener.progress(message);
    }
}
