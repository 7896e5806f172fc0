package ai.insightpulse.odooops.cli;

import ai.insightpulse.odooops.neutralize.DatabaseNames;
import ai.insightpulse.odooops.neutralize.Environment;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The one line {@code drop} and {@code gc} print on stdout on every path: {@code DROP_SUMMARY: {…}} or
 * {@code GC_SUMMARY: {…}}, whose first keys are those of the neutralization summary that apply ({@code env},
 * {@code db}, {@code dry_run}, {@code status}) so that the evidence files and the {@code ops} row record them the
 * same way; on failure an {@code error} object ({@code kind}, {@code message}) as there.
 */
public final class LifecycleSummaryLine {

    /** The prefix of {@code drop}'s line. */
    public static final String DROP_PREFIX = "DROP_SUMMARY: ";
    /** The prefix of {@code gc}'s line. */
    public static final String GC_PREFIX = "GC_SUMMARY: ";
    /** Both, for readers of a run's output. */
    public static final List<String> PREFIXES = List.of(DROP_PREFIX, GC_PREFIX);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LifecycleSummaryLine() {
    }

    /**
     * A new line object with the shared first keys; {@code env} is {@code dev} unless {@code db} is a name outside
     * dev (a refused one), whose environment the run never acted in.
     */
    public static ObjectNode start(String db, boolean dryRun, String status) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        boolean dev = db == null || DatabaseNames.environmentOf(db).filter(e -> e == Environment.DEV).isPresent();
        o.put("env", dev ? Environment.DEV.ipaiName() : null);
        o.put("db", db);
        o.put("dry_run", dryRun);
        o.put("status", status);
        return o;
    }

    /** Prints {@code prefix} and {@code line} as one line and hands the object to the run, for its evidence. */
    public static void print(PrintWriter out, String prefix, ObjectNode line, RunContext run) {
        run.printed(line);
        try {
            out.println(prefix + MAPPER.writeValueAsString(line));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }
}
