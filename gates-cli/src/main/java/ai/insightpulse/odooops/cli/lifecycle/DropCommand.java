package ai.insightpulse.odooops.cli.lifecycle;

import ai.insightpulse.odooops.cli.LifecycleSummaryLine;
import ai.insightpulse.odooops.cli.RunContext;
import ai.insightpulse.odooops.lifecycle.DropConfig;
import ai.insightpulse.odooops.lifecycle.DropDatabase;
import ai.insightpulse.odooops.lifecycle.DropResult;
import ai.insightpulse.odooops.neutralize.ConfigException;
import ai.insightpulse.odooops.neutralize.DatabaseNames;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code odooops drop --db odoo_dev_pr_42 --yes}: a thin adapter over {@link DropDatabase}. */
@Command(name = "drop",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Drops a dev database (odoo_dev or odoo_dev_<suffix>, e.g. a pull request's copy), ending its",
            "connections, and its filestore DIR/filestore/<db> when a data dir is given. Stage, prod and any",
            "other name are refused before anything connects. Holds the lock clone and restore take on the name.",
            "Progress goes to stderr, one DROP_SUMMARY line to stdout.",
            "Reads DB_HOST, DB_PORT, DB_USER, DB_PASSWORD or DB_PASSWORD_FILE, DB_CONNECT_TIMEOUT, ODOO_DATA_DIR.",
            "",
            "Exit codes: 0 dropped (or nothing to drop: no_op); 1 refused name or bad flags (nothing done);",
            "2 database or file error (may be retried)."})
public final class DropCommand extends LifecycleLineCommand<DropConfig> {

    @Option(names = "--db", required = true, paramLabel = "NAME",
            description = "The dev database to drop: odoo_dev or odoo_dev_<suffix>.")
    private String database;

    @Option(names = "--yes", description = "Confirm: the database and its filestore are deleted.")
    private boolean confirmed;

    @Mixin
    private DevServerOptions options;

    /** Used by picocli, with the run (its environment, and where the summary object goes). */
    public DropCommand(RunContext run) {
        super(run, LifecycleSummaryLine.DROP_PREFIX);
    }

    @Override
    DropConfig configure() {
        DropConfig config = new DropConfig(options.connection(run().environment(), DatabaseNames.DEV, "drop"),
                database, options.dataDir(run().environment()));
        options.maintenanceDatabase();
        if (!confirmed) {
            throw new ConfigException("drop deletes " + database + " and its filestore: confirm with --yes");
        }
        return config;
    }

    @Override
    ObjectNode runLibrary(DropConfig config, Consumer<String> progress) {
        DropResult result = DropDatabase.run(config, progress::accept);
        ObjectNode line = LifecycleSummaryLine.start(database, false, result.changed() ? "ok" : "no_op");
        line.put("database_dropped", result.databaseDropped());
        line.put("filestore_removed", result.filestoreRemoved().map(Object::toString).orElse(null));
        line.put("duration_ms", result.duration().toMillis());
        return line;
    }

    @Override
    ObjectNode failureLine() {
        String db = database != null && DatabaseNames.isSafeIdentifier(database) ? database : null;
        ObjectNode line = LifecycleSummaryLine.start(db, false, "error");
        line.put("database_dropped", false);
        line.putNull("filestore_removed");
        return line;
    }
}
