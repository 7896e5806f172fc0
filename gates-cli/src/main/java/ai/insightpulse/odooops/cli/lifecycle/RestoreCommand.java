package ai.insightpulse.odooops.cli.lifecycle;

import ai.insightpulse.odooops.cli.RunContext;
import ai.insightpulse.odooops.lifecycle.CopyConfig;
import ai.insightpulse.odooops.lifecycle.CopyResult;
import ai.insightpulse.odooops.lifecycle.LifecycleListener;
import ai.insightpulse.odooops.lifecycle.Restore;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code odooops restore --dump FILE --to odoo_stage}: restores a dump into a temporary database, neutralizes and
 * verifies it, and only then publishes it under the target name (see {@link Restore}). This closes the window of
 * the seeds' runbook, where the restored stage database is live, un-neutralized, until the neutralize step.
 */
@Command(name = "restore",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Restores a pg_dump dump (plain SQL, or custom, tar, directory through pg_restore) or an Odoo backup zip",
            "(dump.sql + filestore/ + manifest.json, checked entry by entry before anything is written) into a temporary",
            "database Odoo never serves, neutralizes and verifies it there, then publishes it under the target name",
            "by renaming. The previous target is dropped once the new one is verified (or kept with --keep-previous).",
            "On any failure the copy is dropped and the target is left as it was.",
            "",
            "A dump is data and schema only: it runs, never through psql, as a temporary role that owns only the",
            "copy; psql meta-commands, statements on other databases, COPY from programs or server files, roles and",
            "server settings are refused. A pg_dump --create/--clean dump is restored into the copy; the database it",
            "names is never touched.",
            "",
            "Exit codes: 0 published and verified; 1 configuration error, refused target or refused dump (file,",
            "line and reason on stderr; nothing done); 2 database or restore error (the copy was dropped, the",
            "target is as it was; may be retried)."})
public final class RestoreCommand extends CopyCommand {

    @Option(names = "--dump", required = true, paramLabel = "FILE",
            description = "The dump: a file (pg_dump -Fc, -Ft or plain SQL), a directory (pg_dump -Fd), or an Odoo "
                    + "backup zip.")
    private Path dump;

    @Mixin
    private CopyOptions options;

    /** Used by picocli, with the run. */
    public RestoreCommand(RunContext run) {
        super(run);
    }

    @Override
    CopyOptions options() {
        return options;
    }

    @Override
    String source() {
        return dump.toString();
    }

    @Override
    Optional<String> sourceRefusal() {
        return Restore.dumpRefusal(dump);
    }

    @Override
    Function<LifecycleListener, CopyResult> copy(CopyConfig config) {
        return Restore.of(config, dump)::run;
    }
}
