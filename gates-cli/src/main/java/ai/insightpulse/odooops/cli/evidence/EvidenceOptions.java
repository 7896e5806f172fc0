package ai.insightpulse.odooops.cli.evidence;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code --evidence-dir}, {@code --evidence-zone} and {@code --evidence-db}, accepted by every command (the
 * constitution's §6.3 evidence trail). They are read from the raw command line by {@link #fromArgs} before
 * picocli parses it, so that a run stopped by a command-line mistake leaves evidence too; picocli only needs to
 * accept and document them.
 */
public final class EvidenceOptions {

    /** The variable naming the evidence directory. */
    public static final String DIR_VARIABLE = "ODOOOPS_EVIDENCE_DIR";
    /** The variable naming the evidence time zone. */
    public static final String ZONE_VARIABLE = "ODOOOPS_EVIDENCE_ZONE";
    /** The variable holding the control-plane JDBC URL. */
    public static final String DB_VARIABLE = "ODOOOPS_EVIDENCE_DB";
    /** The options above that take their value as the next argument (they may precede the subcommand). */
    static final java.util.Set<String> VALUED_OPTIONS = java.util.Set.of("--evidence-dir", "--evidence-zone",
            "--evidence-db");
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
     * The evidence settings of a command line: flags first, then variables. Stops at {@code --}.
     *
     * @param args        the raw arguments
     * @param environment the process environment
     */
    public static Settings fromArgs(String[] args, Map<String, String> environment) {
        String dir = environment.get(DIR_VARIABLE);
        String zone = environment.get(ZONE_VARIABLE);
        String db = environment.get(DB_VARIABLE);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                break;
            }
            String next = i + 1 < args.length ? args[i + 1] : null;
            if (a.equals("--evidence-dir") && next != null) {
                dir = next;
            } else if (a.startsWith("--evidence-dir=")) {
                dir = a.substring("--evidence-dir=".length());
            } else if (a.equals("--evidence-zone") && next != null) {
                zone = next;
            } else if (a.startsWith("--evidence-zone=")) {
                zone = a.substring("--evidence-zone=".length());
            } else if (a.equals("--evidence-db") && next != null) {
                db = next;
            } else if (a.startsWith("--evidence-db=")) {
                db = a.substring("--evidence-db=".length());
            }
        }
        return new Settings(Optional.ofNullable(blankToNull(dir)), Optional.ofNullable(blankToNull(zone)),
                Optional.ofNullable(blankToNull(db)));
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
