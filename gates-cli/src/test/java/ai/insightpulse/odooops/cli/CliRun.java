package ai.insightpulse.odooops.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * One in-process run of {@code odooops}: exit code, stdout and stderr.
 *
 * @param exitCode the code {@code main} would exit with
 * @param out      everything printed on stdout
 * @param err      everything printed on stderr
 */
public record CliRun(int exitCode, String out, String err) {

    /** Runs {@code args} with {@code environment} as the process environment. */
    public static CliRun of(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OdooOpsCli.run(args, environment, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The lines of stdout. */
    public List<String> outLines() {
        return out.lines().toList();
    }

    /** Everything printed on stdout. */
    public String stdout() {
        return out;
    }

    /** Everything printed on stderr. */
    public String stderr() {
        return err;
    }

    /** The JSON of the only summary line; fails when stdout holds anything else. */
    public String summaryJson() {
        List<String> lines = outLines();
        if (lines.size() != 1 || !lines.get(0).startsWith("NEUTRALIZE_SUMMARY: ")) {
            throw new AssertionError("expected exactly one summary line on stdout, got: " + out);
        }
        return lines.get(0).substring("NEUTRALIZE_SUMMARY: ".length());
    }
}
