package ai.insightpulse.odooops.cli.gate;

import ai.insightpulse.odooops.cli.OdooOpsCli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Runs {@code odooops gate …} in process, and reads the fixture repositories of the test resources. */
record GateRun(int exit, String out, String err) {

    /** A finding as the JSON report states it. */
    record Seen(String rule, String file, int line) {
        @Override
        public String toString() {
            return rule + " " + file + ":" + line;
        }
    }

    static GateRun run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] full = new String[args.length + 1];
        full[0] = "gate";
        System.arraycopy(args, 0, full, 1, args.length);
        int exit = OdooOpsCli.run(full, environment, new PrintWriter(out), new PrintWriter(err));
        return new GateRun(exit, out.toString(), err.toString());
    }

    static GateRun run(String... args) {
        return run(Map.of(), args);
    }

    /** Runs {@code gate} on {@code repo} with {@code --format json}. */
    static GateRun json(String gate, Path repo) {
        return run(gate, "--repo", repo.toString(), "--format", "json");
    }

    List<Seen> findings() {
        try {
            JsonNode root = new ObjectMapper().readTree(out);
            List<Seen> seen = new ArrayList<>();
            for (JsonNode f : root.path("findings")) {
                seen.add(new Seen(f.get("rule").asText(), f.get("file").isNull() ? null : f.get("file").asText(),
                        f.get("line").asInt()));
            }
            return seen;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode jsonRoot() {
        try {
            return new ObjectMapper().readTree(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Seen seen(String rule, String file, int line) {
        return new Seen(rule, file, line);
    }

    /** The fixture repository {@code name} under {@code gate-fixtures/}, where the build copied it. */
    static Path fixture(String name) {
        try {
            return Path.of(GateRun.class.getResource("/gate-fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of fixture {@code name} in {@code dir}, to change or to make a git repository of. */
    static Path copy(String name, Path dir) {
        Path from = fixture(name);
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path to = dir.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
