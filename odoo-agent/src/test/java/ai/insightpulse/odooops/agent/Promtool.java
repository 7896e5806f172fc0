package ai.insightpulse.odooops.agent;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Debian's {@code promtool} (package {@code prometheus}, installed by .ci/run). */
final class Promtool {

    private Promtool() {
    }

    /** Lints a metrics exposition; returns promtool's complaints (empty when clean). */
    static String checkMetrics(String exposition) {
        Result r = run(List.of("check", "metrics"), exposition);
        if (r.exit != 0 && r.output.isBlank()) {
            throw new AssertionError("promtool check metrics failed with exit " + r.exit);
        }
        return r.output.strip();
    }

    /** Runs promtool with arguments; returns exit code and combined output. */
    static Result run(List<String> args, String stdin) {
        List<String> command = new ArrayList<>();
        command.add(binary());
        command.addAll(args);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (OutputStream in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("promtool did not finish");
            }
            return new Result(p.exitValue(), out);
        } catch (IOException e) {
            throw new AssertionError("cannot run promtool (install Debian's prometheus package, as .ci/run does): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String binary() {
        for (String candidate : new String[] {"/usr/bin/promtool", "/usr/local/bin/promtool"}) {
            if (Path.of(candidate).toFile().canExecute()) {
                return candidate;
            }
        }
        return "promtool";
    }

    record Result(int exit, String output) {
    }
}
