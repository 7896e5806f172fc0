package ai.insightpulse.odooops.cli.lifecycle;

import ai.insightpulse.odooops.cli.LifecycleSummaryLine;
import ai.insightpulse.odooops.cli.RunContext;
import ai.insightpulse.odooops.lifecycle.GarbageCollection;
import ai.insightpulse.odooops.lifecycle.GarbageCollectionConfig;
import ai.insightpulse.odooops.lifecycle.GarbageCollectionResult;
import ai.insightpulse.odooops.neutralize.ConfigException;
import ai.insightpulse.odooops.neutralize.DatabaseNames;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code odooops gc --older-than 1h [--pattern 'odoo_dev_pr_*'] [--dry-run]}: a thin adapter over {@link GarbageCollection}. */
@Command(name = "gc",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Drops the dev databases (odoo_dev_<suffix>) matching --pattern that clone or restore published longer",
            "ago than --older-than, with their filestores when a data dir is given. Only databases that carry",
            "clone's or restore's publication marker (their comment) are ever collected; stage, prod and any",
            "other name never. --dry-run lists exactly what a run now would drop.",
            "Progress goes to stderr, one GC_SUMMARY line to stdout.",
            "Reads DB_HOST, DB_PORT, DB_USER, DB_PASSWORD or DB_PASSWORD_FILE, DB_CONNECT_TIMEOUT, ODOO_DATA_DIR.",
            "",
            "Exit codes: 0 done (or dry run); 1 bad flags (nothing done); 2 database or file error (may be retried)."})
public final class GcCommand extends LifecycleLineCommand<GarbageCollectionConfig> {

    private static final Pattern AGE = Pattern.compile("(\\d{1,6})([mhd])");

    @Option(names = "--older-than", required = true, paramLabel = "AGE",
            description = "Collect databases published longer ago than AGE: minutes (90m), hours (1h) or days (2d).")
    private String olderThan;

    @Option(names = "--pattern", paramLabel = "GLOB", defaultValue = GarbageCollectionConfig.DEFAULT_PATTERN,
            description = "Database names to consider (* and ?), default ${DEFAULT-VALUE}; only dev names ever match.")
    private String pattern;

    @Option(names = "--dry-run", description = "Drop nothing; list exactly what a run now would drop.")
    private boolean dryRun;

    @Mixin
    private DevServerOptions options;

    /** Used by picocli, with the run (its environment, and where the summary object goes). */
    public GcCommand(RunContext run) {
        super(run, LifecycleSummaryLine.GC_PREFIX);
    }

    @Override
    GarbageCollectionConfig configure() {
        options.maintenanceDatabase();
        return new GarbageCollectionConfig(options.connection(run().environment(), DatabaseNames.DEV, "gc"),
                age(olderThan), pattern, options.dataDir(run().environment()), dryRun);
    }

    @Override
    ObjectNode runLibrary(GarbageCollectionConfig config, Consumer<String> progress) {
        GarbageCollectionResult result = GarbageCollection.run(config, progress::accept);
        ObjectNode line = LifecycleSummaryLine.start(null, dryRun,
                dryRun ? "dry_run" : result.collected().isEmpty() ? "no_op" : "ok");
        line.put("older_than", olderThan);
        line.put("pattern", pattern);
        line.put("cutoff", result.cutoff().toString());
        ArrayNode databases = line.putArray("databases");
        for (GarbageCollectionResult.Collected c : result.collected()) {
            progress.accept((dryRun ? "would drop " : "dropped ") + c.database() + " (published "
                    + c.marker().publishedAt() + " by " + c.marker().by() + ")");
            ObjectNode node = databases.addObject();
            node.put("db", c.database());
            node.put("published_at", c.marker().publishedAt().toString());
            node.put("by", c.marker().by());
            node.put("filestore", c.filestore().map(Object::toString).orElse(null));
        }
        ArrayNode busy = line.putArray("busy");
        result.busy().forEach(busy::add);
        line.put("duration_ms", result.duration().toMillis());
        return line;
    }

    /** {@code 90m}, {@code 1h} or {@code 2d}. */
    static Duration age(String value) {
        Matcher m = AGE.matcher(value == null ? "" : value);
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new ConfigException("--older-than '" + ConfigException.printable(String.valueOf(value))
                    + "' is not an age: a positive number of minutes (90m), hours (1h) or days (2d)");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    @Override
    ObjectNode failureLine() {
        ObjectNode line = LifecycleSummaryLine.start(null, dryRun, "error");
        line.put("older_than", olderThan == null ? null : ConfigException.printable(olderThan));
        line.put("pattern", pattern == null ? null : ConfigException.printable(pattern));
        line.putArray("databases");
        line.putArray("busy");
        return line;
    }
}
