package ai.insightpulse.odooops.cli.lifecycle;

import ai.insightpulse.odooops.cli.RunContext;
import ai.insightpulse.odooops.lifecycle.CopyConfig;
import ai.insightpulse.odooops.lifecycle.CopyResult;
import ai.insightpulse.odooops.lifecycle.LifecycleListener;
import ai.insightpulse.odooops.lifecycle.Clone;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code odooops clone --from odoo_prod --to odoo_stage}: a neutralized copy of a database on the same server,
 * published under the target name only once it is verified (see {@link Clone}).
 */
@Command(name = "clone",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Copies a database into a temporary one Odoo never serves (odooops_tmp_<target>_<random>), neutralizes",
            "and verifies it there, then publishes it under the target name by renaming; the previous target is",
            "dropped once the new one is verified (or kept with --keep-previous). On any failure the copy is dropped",
            "and the target is left as it was. The target name never refers to a database that is not neutralized.",
            "",
            "Uses CREATE DATABASE ... TEMPLATE when nobody is connected to the source, pg_dump | pg_restore otherwise.",
            "With Odoo's data dir (--data-dir, ODOO_DATA_DIR, or data_dir of --odoo-conf / ODOO_RC), the source's",
            "filestore is copied (--filestore-copy) and published with the database, never apart from it.",
            "Progress goes to stderr, the NEUTRALIZE_SUMMARY line of the copy's neutralization to stdout.",
            "Reads DB_HOST, DB_PORT, DB_USER, DB_PASSWORD or DB_PASSWORD_FILE, IPAI_NEUTRALIZE_CONFIRM,",
            "IPAI_CRON_ALLOWLIST, IPAI_NEUTRALIZE_TARGETS, IPAI_NEUTRALIZE_SKIP_TARGETS, ODOOOPS_PG_BIN.",
            "",
            "Exit codes: 0 published and verified; 1 configuration error or refused target (nothing done);",
            "2 database or copy error (the copy was dropped, the target is as it was; may be retried)."})
public final class CloneCommand extends CopyCommand {

    @Option(names = "--from", required = true, paramLabel = "SOURCE",
            description = "The database to copy (usually odoo_prod), on the same server.")
    private String source;

    @Mixin
    private CopyOptions options;

    /** Used by picocli, with the run. */
    public CloneCommand(RunContext run) {
        super(run);
    }

    @Override
    CopyOptions options() {
        return options;
    }

    @Override
    String source() {
        return source;
    }

    @Override
    Optional<String> sourceRefusal() {
        return Clone.sourceRefusal(source, options.target);
    }

    @Override
    Function<LifecycleListener, CopyResult> copy(CopyConfig config) {
        return Clone.of(config, source)::run;
    }
}
