package ai.insightpulse.odooops.cli.evidence;

import ai.insightpulse.odooops.neutralize.ConfigException;
import ai.insightpulse.odooops.neutralize.ConfigVariables;
import ai.insightpulse.odooops.cli.RunContext;
import ai.insightpulse.odooops.cli.SummaryOutput;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One finished run as evidence (constitution §6.3): written under
 * {@code <dir>/<YYYYMMDD-HHMM+0800>/<topic>/logs/} as {@code <command>-<HHmmssSSS>.summary.json} (the summary
 * line's object plus run facts) and {@code <command>-<HHmmssSSS>.log} (the command line, times, exit code and
 * everything the run printed), and, with {@code --evidence-db}, as a row of the control plane. Written for every
 * outcome: success, no-op, dry run and every error. Nothing secret is written: the run's output is already free of
 * secrets by contract, and as a second line of defence the database password and any {@code password=} in a URL
 * are masked.
 */
public final class RunEvidence {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmZ");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("HHmmssSSS");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RunEvidence() {
    }

    /**
     * Records a finished run. Returns the exit code to use: {@code exitCode}, or 2 when the run succeeded but its
     * evidence could not be written (evidence-first: a run without its evidence is not a success).
     *
     * @param command the subcommand picocli selected ({@code odooops} when it selected none)
     * @param args    the command line as given, for the log's first line
     */
    public static int record(EvidenceOptions.Settings settings, RunContext run, String command, String[] args,
                             RunRecording recording, Instant started, int exitCode) {
        Instant ended = Instant.now();
        Map<String, String> environment = run.environment();
        Optional<String> policy = run.policy().map(RunContext.AppliedPolicy::name);
        // rendered from the run's result object, as its summary line was
        // (drop and gc print no neutralization result: their own summary object, with the same first keys)
        Optional<ObjectNode> summary = run.result().map(result -> SummaryOutput.json(result, policy))
                .or(run::lifecycleLine);
        String database = run.result().flatMap(NeutralizationResult::database)
                .or(() -> run.lifecycleLine().map(line -> line.path("db")).filter(JsonNode::isTextual)
                        .map(JsonNode::asText))
                .orElse(null);
        String topic = command + (database == null ? "" : "-" + database);
        List<String> problems = new ArrayList<>();
        if (settings.dir().isPresent()) {
            try {
                ZoneId zone = zone(settings);
                writeFiles(Path.of(settings.dir().get()), zone, topic, command, args, environment, recording,
                        started, ended, exitCode, summary);
            } catch (IOException | RuntimeException e) {
                problems.add("cannot write evidence under " + settings.dir().get() + ": " + e.getMessage());
            }
        }
        if (settings.db().isPresent()) {
            try {
                ControlPlane.recordRun(settings.db().get(), environment, command, run.deploymentSource(), summary,
                        policy, exitCode, started, ended);
            } catch (RuntimeException e) {
                problems.add("cannot record the run in the evidence database: "
                        + redact(firstLine(e.getMessage()), environment));
            }
        }
        for (String problem : problems) {
            recording.err().println("odooops: " + problem);
        }
        recording.err().flush();
        return problems.isEmpty() || exitCode != 0 ? exitCode : 2;
    }

    static ZoneId zone(EvidenceOptions.Settings settings) {
        try {
            return settings.zone().map(ZoneId::of).orElse(EvidenceOptions.defaultZone());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + ConfigException.printable(settings.zone().get())
                    + "' is not a time zone (e.g. Asia/Manila)");
        }
    }

    private static Path writeFiles(Path root, ZoneId zone, String topic, String command, String[] args,
                                   Map<String, String> environment, RunRecording recording, Instant started,
                                   Instant ended, int exitCode, Optional<ObjectNode> summary) throws IOException {
        ZonedDateTime at = started.atZone(zone);
        Path logs = root.resolve(MINUTE.format(at)).resolve(topic).resolve("logs");
        Files.createDirectories(logs);
        String base = command + "-" + FILE_TIME.format(at);
        Path log = unique(logs, base, ".log");
        String stem = log.getFileName().toString().replaceFirst("\\.log$", "");

        ObjectNode facts = MAPPER.createObjectNode();
        facts.put("command", command);
        facts.put("exit_code", exitCode);
        facts.put("started_at", started.atZone(zone).toOffsetDateTime().toString());
        facts.put("ended_at", ended.atZone(zone).toOffsetDateTime().toString());
        if (summary.isPresent()) {
            facts.set("summary", summary.get());
        } else {
            facts.putNull("summary");
        }
        Files.writeString(logs.resolve(stem + ".summary.json"),
                redact(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(facts), environment) + "\n",
                StandardCharsets.UTF_8);

        StringBuilder b = new StringBuilder();
        b.append("# odooops ").append(redact(String.join(" ", args), environment)).append('\n');
        b.append("# started ").append(started.atZone(zone).toOffsetDateTime())
                .append(", ended ").append(ended.atZone(zone).toOffsetDateTime())
                .append(", exit code ").append(exitCode).append('\n');
        b.append("# --- stderr ---\n").append(redact(recording.stderr(), environment));
        b.append("# --- stdout ---\n").append(redact(recording.stdout(), environment));
        Files.writeString(log, b.toString(), StandardCharsets.UTF_8);
        return logs;
    }

    private static Path unique(Path dir, String base, String suffix) {
        Path p = dir.resolve(base + suffix);
        for (int i = 2; Files.exists(p); i++) {
            p = dir.resolve(base + "-" + i + suffix);
        }
        return p;
    }

    /** The first line of an exception's message (Flyway's run on with a table of SQL state and codes). */
    public static String firstLine(String message) {
        return message == null ? "null" : message.lines().findFirst().orElse("").strip();
    }

    /**
     * {@code text} with the credentials of URLs ({@link ConfigException#withoutCredentials}) and the database passwords masked.
     */
    public static String redact(String text, Map<String, String> environment) {
        String out = ConfigException.withoutCredentials(text);
        List<String> secrets = new ArrayList<>();
        secrets.add(environment.get(ConfigVariables.DB_PASSWORD));
        try {
            secrets.add(ControlPlane.password(environment).orElse(null));
        } catch (RuntimeException unreadable) {
            // nothing to mask: an unreadable file put no password anywhere
        }
        for (String password : secrets) {
            if (password != null && !password.isEmpty()) {
                out = out.replace(password, "******");
            }
        }
        return out;
    }
}
