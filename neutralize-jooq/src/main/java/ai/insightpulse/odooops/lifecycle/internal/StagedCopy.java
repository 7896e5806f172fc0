package ai.insightpulse.odooops.lifecycle.internal;

import ai.insightpulse.odooops.lifecycle.PublishMarker;
import ai.insightpulse.odooops.lifecycle.backup.BackupManifest;
import ai.insightpulse.odooops.lifecycle.backup.BackupZipException;
import ai.insightpulse.odooops.lifecycle.backup.OdooBackupZip;
import ai.insightpulse.odooops.lifecycle.filestore.CopyProgress;
import ai.insightpulse.odooops.lifecycle.filestore.FilestoreCopy;
import ai.insightpulse.odooops.lifecycle.filestore.FilestoreCopyResult;
import ai.insightpulse.odooops.lifecycle.filestore.FilestoreException;
import ai.insightpulse.odooops.lifecycle.filestore.FilestorePublication;
import ai.insightpulse.odooops.lifecycle.filestore.OdooDataDir;
import ai.insightpulse.odooops.lifecycle.CopyConfig;
import ai.insightpulse.odooops.lifecycle.CopyResult;
import ai.insightpulse.odooops.lifecycle.CopyStage;
import ai.insightpulse.odooops.lifecycle.LifecycleListener;
import ai.insightpulse.odooops.lifecycle.PostgresServer;
import ai.insightpulse.odooops.lifecycle.FilestoreSettings;
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
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
 *
 * <p>With an Odoo data dir, the filestore travels with the database: it is copied to
 * {@code <data_dir>/filestore/odooops_tmp_…} (the copy's own name), and published, retired and swept with it; the
 * swap of names is ordered and journaled by {@link FilestorePublication}, and the sweep first finishes or undoes a
 * swap a killed run left.
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
    private final FilestoreSettings files;

    private StagedCopy(CopyConfig copy, LifecycleListener listener, String command) {
        this.config = copy.neutralization();
        this.server = PostgresServer.of(config, copy.maintenanceDatabase(), "odooops-" + command);
        this.target = copy.target();
        this.keepPrevious = copy.keepPrevious();
        this.tools = new PgClientTools(copy.clientProgramPath());
        this.listener = listener;
        this.command = command;
        this.files = copy.files();
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
            return new CopyResult(neutralized.withDuration(elapsed(started)));
        } catch (CopyFailure e) {
            return new CopyResult(NeutralizationResult.failed(Optional.of(config.environment().ipaiName()),
                    Optional.of(copy.target()), false, e.failure(), elapsed(started)));
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
        } catch (FilestoreException e) {
            throw new CopyFailure(Failure.Kind.INTERNAL, e.getMessage());
        }
    }

    private NeutralizationResult copyNeutralizePublish(Connection admin, DSLContext dsl, CopySource source) {
        String tmp = CopyNames.tmp(target);
        boolean published = false;
        if (files.dataDir().isEmpty()) {
            progress("warning: no Odoo data dir (--data-dir, ODOO_DATA_DIR, --odoo-conf, ODOO_RC): only the database "
                    + "is copied; the filestore of " + target + " is left as it is");
        }
        if (source instanceof CopySource.FromDatabase && files.dataDir().isPresent()) {
            FilestoreCopy.prepare(); // while the server copies the database
        }
        try {
            progress("copying " + source.describe() + " into " + tmp);
            long started = System.nanoTime();
            Optional<RestoreRole> role = copy(admin, dsl, source, tmp);
            progress("copied in " + seconds(started) + " s");
            listener.reached(CopyStage.COPIED);
            if (source instanceof CopySource.FromDatabase db && files.dataDir().isPresent()) {
                copyFilestore(db.database(), tmp);
                listener.reached(CopyStage.FILESTORE_COPIED);
            }

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
            if (check.failure().isPresent() || !check.neutralized()) {
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
                removeFilestoreQuietly(tmp);
            }
            throw e;
        }
    }

    private void copyFilestore(String from, String tmp) {
        OdooDataDir dataDir = files.dataDir().orElseThrow();
        Path source = dataDir.filestore(from);
        progress("copying the filestore " + source + " (" + files.mode().flag() + ")");
        FilestoreCopyResult copied = FilestoreCopy.copy(source, dataDir.filestore(tmp), files.mode(),
                filestoreProgress());
        if (copied.files() == 0 && !Files.isDirectory(source)) {
            progress("warning: " + from + " has no filestore at " + source + "; the copy gets none");
            return;
        }
        progress("copied the filestore: " + copied.files() + " files, " + mib(copied.bytes()) + " by "
                + copied.mode().flag() + (copied.reason().isEmpty() ? "" : " (" + copied.reason() + ")") + " in "
                + String.format("%.3f", copied.elapsed().toNanos() / 1e9) + " s");
    }

    private CopyProgress filestoreProgress() {
        return (count, bytes) -> progress("  filestore: " + count + " files, " + mib(bytes));
    }

    /** Drops what interrupted runs left behind, for any target whose run is gone. */
    private void sweepOrphans(DSLContext dsl) {
        files.dataDir().ifPresent(dataDir -> finishSwaps(dsl, dataDir));
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
                    removeFilestore(name);
                    progress("removed " + name + ", an unfinished copy left by an interrupted run");
                } else if (exists(dsl, owner)) {
                    drop(dsl, name);
                    removeFilestore(name);
                    progress("removed " + name + ", the previous " + owner + " left by an interrupted run");
                } else {
                    dsl.alterDatabase(DSL.name(name)).renameTo(DSL.name(owner)).execute();
                    moveFilestoreIfFree(name, owner);
                    progress("renamed " + name + " back to " + owner + ": an interrupted run had set it aside");
                }
            } finally {
                if (!ours) {
                    unlock(dsl, owner);
                }
            }
        }
        sweepOrphanRoles(dsl);
        files.dataDir().ifPresent(dataDir -> sweepOrphanFilestores(dsl, dataDir));
    }

    /** Finishes (or undoes) the filestore swaps killed runs left, before any work database is dropped. */
    private void finishSwaps(DSLContext dsl, OdooDataDir dataDir) {
        for (String owner : FilestorePublication.unfinishedSwaps(dataDir)) {
            boolean ours = owner.equals(target);
            if (!ours && !tryLock(dsl, owner)) {
                continue; // a live run is swapping it
            }
            try {
                FilestorePublication.recover(dataDir, owner, name -> exists(dsl, name)).ifPresent(this::progress);
            } finally {
                if (!ours) {
                    unlock(dsl, owner);
                }
            }
        }
    }

    /** Removes work filestores whose database is gone (a run killed between dropping a database and its files). */
    private void sweepOrphanFilestores(DSLContext dsl, OdooDataDir dataDir) {
        Set<String> names = new TreeSet<>();
        try (var dirs = Files.list(dataDir.filestores())) {
            dirs.map(d -> d.getFileName().toString()).filter(n -> n.startsWith("odooops_")).forEach(names::add);
        } catch (IOException e) {
            return; // no filestores yet
        }
        for (String name : names) {
            Optional<CopyNames.WorkDatabase> work = CopyNames.parse(name);
            if (work.isEmpty() || exists(dsl, name)) {
                continue;
            }
            String owner = work.get().target();
            boolean ours = owner.equals(target);
            if (!ours && !tryLock(dsl, owner)) {
                continue;
            }
            try {
                if (!exists(dsl, name)) {
                    FilestoreCopy.remove(dataDir.filestore(name));
                    progress("removed the filestore " + name + ", left by an interrupted run");
                }
            } finally {
                if (!ours) {
                    unlock(dsl, owner);
                }
            }
        }
    }

    private void removeFilestore(String database) {
        files.dataDir().ifPresent(dataDir -> FilestoreCopy.remove(dataDir.filestore(database)));
    }

    private void removeFilestoreQuietly(String database) {
        try {
            removeFilestore(database);
        } catch (RuntimeException e) {
            progress("could not remove the filestore of " + database + " (" + e.getMessage() + "); the next run will");
        }
    }

    private void moveFilestoreIfFree(String from, String to) {
        if (files.dataDir().isEmpty()) {
            return;
        }
        Path aside = files.dataDir().get().filestore(from);
        Path back = files.dataDir().get().filestore(to);
        if (Files.exists(aside, LinkOption.NOFOLLOW_LINKS) && !Files.exists(back, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.move(aside, back, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new FilestoreException("cannot rename " + aside + " back to " + back + ": " + e, e);
            }
        }
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
        if (OdooBackupZip.looksLikeZip(file)) {
            return restoreBackupZip(admin, dsl, file, tmp);
        }
        if (files.dataDir().isPresent()) {
            // the target's current filestore belongs to the database this restore replaces: it goes with it
            progress("warning: a pg_dump dump holds no filestore: " + target + " is published without one");
        }
        if (files.jobs() > 1 && isPlainSql(file)) {
            progress("warning: --jobs applies to custom and directory archives; " + file + " is plain SQL");
        }
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
        if (!plain && files.jobs() > 1) {
            progress("restoring " + file + " with " + files.jobs() + " jobs");
            new ParallelArchiveRestore(pgRestore, file, files.jobs(), () -> role.connect(tmp), this::progress).run();
            role.requireDatabaseAsCreated(dsl, tmp);
            return role;
        }
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

    /**
     * Restores an Odoo backup zip: its {@code dump.sql} as a plain dump (same vetting, same role), its
     * {@code filestore/} into the copy's filestore, each read once from the archive.
     */
    private RestoreRole restoreBackupZip(Connection admin, DSLContext dsl, Path file, String tmp) {
        try (OdooBackupZip zip = OdooBackupZip.open(file, files.zipLimits())) {
            checkManifest(dsl, zip.manifest());
            if (zip.hasFilestore() && files.dataDir().isEmpty()) {
                progress("warning: the filestore in " + file + " is not restored: no Odoo data dir");
            }
            RestoreRole role = RestoreRole.create(server, dsl, admin, tmp);
            dsl.query("CREATE DATABASE {0} OWNER {1} TEMPLATE template0", DSL.name(tmp), DSL.name(role.name()))
                    .execute();
            listener.reached(CopyStage.CREATED);
            long size = zip.dumpSize();
            PlainDumpRestore restore = new PlainDumpRestore(file + "!" + OdooBackupZip.DUMP, read -> progress("  "
                    + mib(read) + " of " + OdooBackupZip.DUMP + " read (" + mib(size) + "), " + mib(size(dsl, tmp))
                    + " written"));
            try (Connection copy = role.connect(tmp); InputStream in = zip.dump()) {
                restore.run(in, copy);
            } catch (IOException e) {
                throw new CopyFailure(Failure.Kind.CONFIG, "cannot read " + file + ": " + e.getMessage());
            } catch (SQLException e) {
                throw new CopyFailure(server.failure("restoring " + file, e));
            }
            role.requireDatabaseAsCreated(dsl, tmp);
            if (files.dataDir().isPresent() && zip.hasFilestore()) {
                Path into = files.dataDir().get().filestore(tmp);
                progress("restoring the filestore of " + file + " into " + into);
                long[] written = zip.extractFilestore(into, filestoreProgress());
                progress("restored the filestore: " + written[0] + " files, " + mib(written[1]));
            }
            return role;
        } catch (BackupZipException e) {
            throw new CopyFailure(Failure.Kind.CONFIG, e.getMessage());
        }
    }

    /**
     * Reports how the backup's manifest compares with the target (Odoo series, modules) and this server
     * (PostgreSQL major version); with {@code --strict}, a difference, a missing manifest, or a target that cannot
     * be read refuses the backup before anything is created.
     */
    private void checkManifest(DSLContext dsl, Optional<BackupManifest> found) {
        if (found.isEmpty()) {
            refuseIfStrict("the backup has no manifest.json: its Odoo series cannot be checked");
            return;
        }
        BackupManifest manifest = found.get();
        progress("backup of " + manifest.database() + " made by Odoo " + manifest.version() + " (series "
                + manifest.series() + ") on PostgreSQL " + manifest.pgVersion() + ", " + manifest.modules().size()
                + " modules");
        List<String> differences = new ArrayList<>();
        String serverVersion = dsl.fetchValue("SHOW server_version_num").toString();
        int serverMajor = Integer.parseInt(serverVersion) / 10000;
        if (manifest.pgMajor().isPresent() && manifest.pgMajor().get() != serverMajor) {
            differences.add("the backup was made on PostgreSQL " + manifest.pgVersion() + ", this server is "
                    + serverMajor);
        }
        if (!exists(dsl, target)) {
            refuseIfStrict("there is no " + target + " to compare the backup's Odoo " + manifest.series() + " with");
        } else {
            try (Connection c = server.connect(target); java.sql.Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT name, latest_version FROM ir_module_module "
                         + "WHERE state = 'installed'")) {
                Set<String> installed = new TreeSet<>();
                String base = null;
                while (rs.next()) {
                    installed.add(rs.getString(1));
                    if ("base".equals(rs.getString(1))) {
                        base = rs.getString(2);
                    }
                }
                if (base == null || !base.startsWith(manifest.series() + ".")) {
                    differences.add("the backup is Odoo " + manifest.series() + ", " + target + " runs base "
                            + base);
                }
                Set<String> missing = new TreeSet<>(manifest.modules().keySet());
                missing.removeAll(installed);
                if (!missing.isEmpty()) {
                    differences.add(missing.size() + " module(s) of the backup are not installed in " + target + ": "
                            + String.join(", ", missing.stream().limit(10).toList())
                            + (missing.size() > 10 ? ", …" : ""));
                }
            } catch (SQLException e) {
                refuseIfStrict("cannot read the modules of " + target + " to compare with the backup ("
                        + e.getSQLState() + ")");
            }
        }
        for (String difference : differences) {
            progress("warning: " + difference);
        }
        if (!differences.isEmpty()) {
            refuseIfStrict(differences.get(0));
        }
    }

    private void refuseIfStrict(String reason) {
        if (files.strict()) {
            throw new CopyFailure(Failure.Kind.CONFIG, "refusing the backup (--strict): " + reason);
        }
        progress("warning: " + reason);
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
        if (!check.neutralized()) {
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
                List<Optional<String>> swapped = new ArrayList<>(1);
                Runnable renames = () -> swapped.add(dsl.transactionResult(tx -> {
                    DSLContext t = tx.dsl();
                    boolean hadTarget = exists(t, target);
                    if (hadTarget) {
                        t.alterDatabase(DSL.name(target)).renameTo(DSL.name(prev)).execute();
                    }
                    // the publication time, for gc: a comment follows the database through the rename
                    PublishMarker.now(command).writeOn(t, tmp);
                    t.alterDatabase(DSL.name(tmp)).renameTo(DSL.name(target)).execute();
                    return hadTarget ? Optional.of(prev) : Optional.<String>empty();
                }));
                if (files.dataDir().isPresent()) {
                    FilestorePublication.swap(files.dataDir().get(), target, tmp, prev, renames,
                            step -> listener.reached(CopyStage.of(step)));
                } else {
                    renames.run();
                }
                return swapped.get(0);
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
        Runnable renames = () -> dsl.transaction(tx -> {
            tx.dsl().alterDatabase(DSL.name(target)).renameTo(DSL.name(failed)).execute();
            if (previous.isPresent()) {
                tx.dsl().alterDatabase(DSL.name(previous.get())).renameTo(DSL.name(target)).execute();
            }
        });
        if (files.dataDir().isPresent() && previous.isPresent()) {
            FilestorePublication.swap(files.dataDir().get(), target, previous.get(), failed, renames,
                    FilestorePublication.Checkpoints.NONE);
        } else {
            renames.run();
            moveFilestoreIfFree(target, failed);
        }
        dropQuietly(dsl, failed);
        removeFilestoreQuietly(failed);
    }

    private void retire(DSLContext dsl, String previous) {
        if (keepPrevious) {
            progress("kept the previous " + target + " as " + previous + " (--keep-previous)"
                    + (files.dataDir().isPresent() ? ", with its filestore" : ""));
        } else {
            drop(dsl, previous);
            removeFilestore(previous);
            progress("dropped the previous " + target + (files.dataDir().isPresent() ? " and its filestore" : ""));
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
