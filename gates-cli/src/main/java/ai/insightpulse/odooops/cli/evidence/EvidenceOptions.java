package ai.insightpulse.odooops.cli.evidence;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code --evidence-dir}, {@code --evidence-zone} and {@code --evidence-db}, accepted by every command (the
 * constitution's §6.3 evidence trail). An ordinary picocli mixin of the root command: its values come from the
 * one parse of the command line ({@link #settings}).
 */
public final class EvidenceOptions {

    /** The variable naming the evidence directory. */
    public static final String DIR_VARIABLE = "ODOOOPS_EVIDENCE_DIR";
    /** The variable naming the evidence time zone. */
    public static final String ZONE_VARIABLE = "ODOOOPS_EVIDENCE_ZONE";
    /** The variable holding the control-plane JDBC URL. */
    public static final String DB_VARIABLE = "ODOOOPS_EVIDENCE_DB";
    /** The constitution's zone (§6.3): Asia/Manila, UTC+08:00. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Manila");

    @Option(names = "--evidence-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Write this run's summary and log under DIR/<YYYYMMDD-HHMM+0800>/<topic>/logs/ "
                    + "(" + DIR_VARIABLE + ").")
    String dir;

    @Option(names = "--evidence-zone", paramLabel = "ZONE", scope = ScopeType.INHERIT,
            description = "Time zone of the evidence directory names (" + ZONE_VARIABLE + ", default Asia/Manila).")
    String zone;

    @Option(names = "--evidence-db", paramLabel = "JDBC_URL", scope = ScopeType.INHERIT,
            description = "Record this run in the ops schema of a control-plane PostgreSQL (" + DB_VARIABLE + ").")
    String db;

    /** Used by picocli. */
    public EvidenceOptions() {
    }

    /**
     * The evidence settings of the parsed command line: flags first, then variables. picocli fills the flags as it
     * parses, before any usage error is reported, so a run stopped by a command-line mistake has them too: those
     * before the mistake, and after an unknown option or argument (picocli reports those at the end) those after
     * it as well. A flag after a mistake that stops the parse at once (an option missing its value) is not seen;
     * the variables ({@code ODOOOPS_EVIDENCE_DIR}, {@code ODOOOPS_EVIDENCE_DB}) always are.
     *
     * @param environment the process environment
     */
    public Settings settings(Map<String, String> environment) {
        return new Settings(Optional.ofNullable(blankToNull(dir != null ? dir : environment.get(DIR_VARIABLE))),
                Optional.ofNullable(blankToNull(zone != null ? zone : environment.get(ZONE_VARIABLE))),
                Optional.ofNullable(blankToNull(db != null ? db : environment.get(DB_VARIABLE))));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * Where a run's evidence goes.
     *
     * @param dir  the evidence root directory, if any
     * @param zone the zone name as given, if any (validated when used)
     * @param db   the control-plane JDBC URL, if any
     */
    public record Settings(Optional<String> dir, Optional<String> zone, Optional<String> db) {

        /** Whether any evidence is asked for. */
        public boolean any() {
            return dir.isPresent() || db.isPresent();
        }
    }
}
