package ai.insightpulse.odooops.cli.evidence;

import ai.insightpulse.odooops.cli.CodedOptions;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * {@code --evidence-dir}, {@code --evidence-zone} and {@code --evidence-db}, accepted by every command (the
 * constitution's §6.3 evidence trail). Options of the root command ({@link #addTo}, {@link CodedOptions}) that every
 * subcommand inherits: their values come from the one parse of the command line ({@link #settings}).
 */
public final class EvidenceOptions {

    /** The variable naming the evidence directory. */
    public static final String DIR_VARIABLE = "ODOOOPS_EVIDENCE_DIR";
    /** The variable naming the evidence time zone. */
    public static final String ZONE_VARIABLE = "ODOOOPS_EVIDENCE_ZONE";
    /** The variable holding the control-plane JDBC URL. */
    public static final String DB_VARIABLE = "ODOOOPS_EVIDENCE_DB";
    /** The constitution's zone (§6.3): Asia/Manila, UTC+08:00. */
    public static final String DEFAULT_ZONE_ID = "Asia/Manila";

    /**
     * {@link #DEFAULT_ZONE_ID} as a zone. A method, not a constant: a named zone loads the JDK's time-zone database
     * (~10 ms of a run's start-up, interpreted), which only a run that records evidence needs.
     */
    public static ZoneId defaultZone() {
        return ZoneId.of(DEFAULT_ZONE_ID);
    }

    private final OptionSpec dir = inherited(CodedOptions.text("--evidence-dir", "DIR",
            "Write this run's summary and log under DIR/<YYYYMMDD-HHMM+0800>/<topic>/logs/ (" + DIR_VARIABLE + ")."));

    private final OptionSpec zone = inherited(CodedOptions.text("--evidence-zone", "ZONE",
            "Time zone of the evidence directory names (" + ZONE_VARIABLE + ", default Asia/Manila)."));

    private final OptionSpec db = inherited(CodedOptions.text("--evidence-db", "JDBC_URL",
            "Record this run in the ops schema of a control-plane PostgreSQL (" + DB_VARIABLE + ")."));

    /** With nothing parsed yet. */
    public EvidenceOptions() {
    }

    /** These flags as options of the root command, which every subcommand accepts too ({@link ScopeType#INHERIT}). */
    public void addTo(CommandSpec root) {
        root.addOption(dir).addOption(zone).addOption(db);
    }

    private static OptionSpec inherited(OptionSpec option) {
        return option.toBuilder().scopeType(ScopeType.INHERIT).build();
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
        return new Settings(Optional.ofNullable(blankToNull(given(dir, environment, DIR_VARIABLE))),
                Optional.ofNullable(blankToNull(given(zone, environment, ZONE_VARIABLE))),
                Optional.ofNullable(blankToNull(given(db, environment, DB_VARIABLE))));
    }

    private static String given(OptionSpec option, Map<String, String> environment, String variable) {
        String flag = CodedOptions.text(option);
        return flag != null ? flag : environment.get(variable);
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
