package ai.insightpulse.odooops.lifecycle.internal;

import ai.insightpulse.odooops.neutralize.DatabaseEndpoint;
import ai.insightpulse.odooops.neutralize.Failure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL's own client programs ({@code pg_dump}, {@code pg_restore}; never {@code psql}, whose
 * meta-commands a dump could use): found in
 * {@code --pg-bin}/{@code ODOOOPS_PG_BIN} first, then on {@code PATH}; run with the password in
 * {@code PGPASSWORD} (never on the command line, where {@code ps} shows it), their stderr kept aside and only its
 * last line reported on failure.
 */
final class PgClientTools {

    /** The variable naming a directory holding the client programs. */
    static final String PG_BIN = "ODOOOPS_PG_BIN";

    private final List<Path> searchPath;

    PgClientTools(List<Path> searchPath) {
        this.searchPath = List.copyOf(searchPath);
    }

    /** The program {@code name}, if it is installed. */
    Optional<Path> find(String name) {
        for (Path dir : searchPath) {
            Path candidate = dir.resolve(name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The program {@code name}, or a configuration failure saying why it is needed and how to provide it. */
    Path require(String name, String why) {
        return find(name).orElseThrow(() -> new CopyFailure(Failure.Kind.CONFIG, name + " is not installed ("
                + why + "): install the PostgreSQL client programs of the server's major version (Debian: "
                + "postgresql-client) or point " + PG_BIN + " / --pg-bin at their directory"));
    }

    /** The connection flags of a client program for {@code database} on the server of {@code endpoint}. */
    static List<String> connectionArgs(DatabaseEndpoint endpoint, String database) {
        return List.of("--host=" + endpoint.host(), "--port=" + endpoint.port(), "--username=" + endpoint.user(),
                "--dbname=" + database, "--no-password");
    }

    /**
     * Runs {@code commands} as a pipeline (each one's stdout into the next one's stdin), calling {@code tick}
     * every {@code interval} while they run.
     *
     * @throws CopyFailure when a program exits non-zero, with its name and the last line of its stderr
     */
    static void runPipeline(List<List<String>> commands, DatabaseEndpoint endpoint, String applicationName,
                            Duration interval, Runnable tick) {
        List<Path> logs = new ArrayList<>();
        List<Process> processes = List.of();
        try {
            List<ProcessBuilder> builders = new ArrayList<>();
            for (List<String> command : commands) {
                Path log = Files.createTempFile("odooops-" + Path.of(command.get(0)).getFileName(), ".log");
                logs.add(log);
                ProcessBuilder pb = new ProcessBuilder(command).redirectError(log.toFile());
                Map<String, String> env = pb.environment();
                env.remove("PGPASSWORD");
                if (!endpoint.password().isEmpty()) {
                    env.put("PGPASSWORD", endpoint.password().reveal());
                }
                env.put("PGAPPNAME", applicationName);
                builders.add(pb);
            }
            builders.get(builders.size() - 1).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            processes = ProcessBuilder.startPipeline(builders);
            Process last = processes.get(processes.size() - 1);
            while (!last.waitFor(interval.toMillis(), TimeUnit.MILLISECONDS)) {
                tick.run();
            }
            for (int i = 0; i < processes.size(); i++) {
                int code = processes.get(i).waitFor();
                if (code != 0) {
                    String program = Path.of(commands.get(i).get(0)).getFileName().toString();
                    throw new CopyFailure(Failure.Kind.DATABASE, program + " failed (exit " + code + "): "
                            + endpoint.password().redactFrom(lastLine(logs.get(i))));
                }
            }
        } catch (IOException e) {
            throw new CopyFailure(Failure.Kind.INTERNAL, "cannot run " + commands.get(0).get(0) + ": "
                    + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CopyFailure(Failure.Kind.INTERNAL, "interrupted while copying");
        } finally {
            processes.forEach(Process::destroyForcibly);
            for (Path log : logs) {
                try {
                    Files.deleteIfExists(log);
                } catch (IOException ignored) {
                    // a temp file left behind holds no secret: the password never reaches stderr
                }
            }
        }
    }

    /** Reads what a program writes on its stdout. */
    @FunctionalInterface
    interface OutputReader {
        /** Reads {@code stdout} to its end (or throws, which stops the program). */
        void read(InputStream stdout) throws IOException;
    }

    /**
     * Runs {@code command}, which needs no database connection, and hands its stdout to {@code reader}.
     *
     * @throws CopyFailure when the program exits non-zero (with its name and the last line of its stderr), or
     *                     whatever the reader threw when the program was still running
     */
    static void readOutput(List<String> command, OutputReader reader) {
        String program = Path.of(command.get(0)).getFileName().toString();
        Path log = null;
        Process process = null;
        try {
            log = Files.createTempFile("odooops-" + program, ".log");
            ProcessBuilder pb = new ProcessBuilder(command).redirectError(log.toFile());
            pb.environment().remove("PGPASSWORD");
            process = pb.start();
            try (InputStream stdout = process.getInputStream()) {
                try {
                    reader.read(stdout);
                } catch (RuntimeException | IOException e) {
                    // a program that failed first explains the error better than what it left half-written
                    if (process.waitFor(200, TimeUnit.MILLISECONDS) && process.exitValue() != 0) {
                        throw programFailure(program, process.exitValue(), log);
                    }
                    throw e;
                }
            }
            int code = process.waitFor();
            if (code != 0) {
                throw programFailure(program, code, log);
            }
        } catch (IOException e) {
            throw new CopyFailure(Failure.Kind.INTERNAL, "cannot run " + program + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CopyFailure(Failure.Kind.INTERNAL, "interrupted while running " + program);
        } finally {
            if (process != null) {
                process.destroyForcibly();
            }
            if (log != null) {
                try {
                    Files.deleteIfExists(log);
                } catch (IOException ignored) {
                    // a temp file left behind holds no secret: the program had no password
                }
            }
        }
    }

    private static CopyFailure programFailure(String program, int code, Path log) throws IOException {
        return new CopyFailure(Failure.Kind.DATABASE, program + " failed (exit " + code + "): " + lastLine(log));
    }

    private static String lastLine(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "(no message)" : lines.get(lines.size() - 1).strip();
    }
}
