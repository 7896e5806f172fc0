package ai.insightpulse.odooops.cli.lifecycle;

import ai.insightpulse.odooops.cli.RunContext;
import ai.insightpulse.odooops.cli.SummaryLineCommand;
import ai.insightpulse.odooops.lifecycle.Restore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
public final class RestoreCommand implements Callable<Integer>, SummaryLineCommand {

    private final RunContext run;

    @Spec
    private CommandSpec spec;

    @Option(names = "--dump", required = true, paramLabel = "FILE",
            description = "The dump: a file (pg_dump -Fc, -Ft or plain SQL), a directory (pg_dump -Fd), or an Odoo "
                    + "backup zip.")
    private Path dump;

    @Mixin
    private CopyOptions options;

    /** Used by picocli, with the run. */
    public RestoreCommand(RunContext run) {
        this.run = run;
    }

    @Override
    public Integer call() {
        run.deploymentSource(dump.toString());
        return CopyRun.execute("restore", run, options, () -> Restore.dumpRefusal(dump),
                config -> Restore.of(config, dump)::run, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    @Override
    public boolean dryRunOnUsageError() {
        return false;
    }
}
