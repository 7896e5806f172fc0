package ai.insightpulse.odooops.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * One in-process run of {@code odooops} with a given environment: exit code, stdout and stderr.
 *
 * @param exitCode the code {@code main} would exit with
 * @param stdout   everything printed on stdout
 * @param stderr   everything printed on stderr
 */
record CliRun(int exitCode, String stdout, String stderr) {

    static CliRun of(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OdooOpsCli.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    List<String> stdoutLines() {
        return stdout.lines().toList();
    }

    /** The JSON of the only summary line. */
    String summaryJson() {
        List<String> lines = stdoutLines();
        if (lines.size() != 1 || !lines.get(0).startsWith("NEUTRALIZE_SUMMARY: ")) {
            throw new AssertionError("expected exactly one summary line on stdout, got: " + stdout);
        }
        return lines.get(0).substring("NEUTRALIZE_SUMMARY: ".length());
    }
}
