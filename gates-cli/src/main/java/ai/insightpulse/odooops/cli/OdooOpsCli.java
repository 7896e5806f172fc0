package ai.insightpulse.odooops.cli;

import ai.insightpulse.odooops.cli.gate.GateCommand;
import ai.insightpulse.odooops.cli.lifecycle.CloneCommand;
import ai.insightpulse.odooops.cli.lifecycle.DropCommand;
import ai.insightpulse.odooops.cli.lifecycle.GcCommand;
import ai.insightpulse.odooops.cli.lifecycle.RestoreCommand;
import ai.insightpulse.odooops.cli.demo.DemoCommand;
import ai.insightpulse.odooops.cli.evidence.ControlPlane;
import ai.insightpulse.odooops.cli.evidence.EvidenceCommand;
import ai.insightpulse.odooops.cli.evidence.EvidenceOptions;
import ai.insightpulse.odooops.cli.evidence.RunEvidence;
import ai.insightpulse.odooops.cli.evidence.RunRecording;
import ai.insightpulse.odooops.cli.lifecycle.VerifyCommand;
import ai.insightpulse.odooops.neutralize.ExitCode;
import ai.insightpulse.odooops.neutralize.Failure;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code odooops}: the CI and ops command line. Only {@link #main} exits; every command returns the contract's
 * exit code (0 success, 1 configuration, 2 runtime).
 */
@Command(name = "odooops",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Makes staging and dev copies of an Odoo production database inert, and checks they stay so.")
public final class OdooOpsCli implements Runnable {

    /**
     * Every subcommand, by name, in the order {@code --help} lists them. A run registers only the ones its
     * arguments name (all of them when none is named): picocli builds each registered command's model up front,
     * and {@code neutralize} in a container entrypoint should not pay for the gates' or clone's. Each class is named
     * inside a lambda, so that only the registered commands' classes are even loaded (NeutralizeStaysLeanTest).
     */
    private static final Map<String, Supplier<Class<?>>> COMMANDS = commands();

    /** The commands that print a summary line on every path ({@link SummaryLineCommand}). */
    private static final java.util.Set<String> SUMMARY_COMMANDS = java.util.Set.of("neutralize", "verify", "clone",
            "restore");

    /** The commands that run the engine first thing, whose start-up the preload shortens. */
    private static final java.util.Set<String> ENGINE_COMMANDS = java.util.Set.of("neutralize", "verify");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private EvidenceOptions evidenceOptions;

    /** Entry point of the launcher {@code bin/odooops}. */
    public static void main(String[] args) {
        // SIGTERM or Ctrl-C during a run: the summary line is still printed, once (the JVM then exits 143 or 130).
        // First thing: until the hook is in, a signal ends the JVM without it
        Runtime.getRuntime().addShutdownHook(new Thread(SummaryOutput::printStopLine, "odooops-stop"));
        if (Arrays.stream(args).anyMatch(SUMMARY_COMMANDS::contains)) {
            SummaryOutput.expectLine();
        }
        if (args.length > 0 && ENGINE_COMMANDS.contains(args[0])) {
            // jOOQ's and the targets' cold start (~80 ms) overlaps picocli's (~60 ms) on a second core; it only
            // loads classes and renders SQL, never connects: validation still comes before any connection
            EnginePreload.start();
        }
        int code = run(args, System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        SummaryOutput.runEnded();
        System.exit(code);
    }

    /**
     * Runs one command line with the given process environment and streams; returns the exit code. Tests call this
     * directly.
     */
    public static int run(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        EvidenceOptions.Settings evidence = EvidenceOptions.fromArgs(args, environment);
        RunRecording recording = RunRecording.start(out, err);
        int code;
        // with evidence on, the engine's own log lines (SLF4J on System.err) belong in the run's log too; the
        // capture spans the whole run, so that every stream picocli opens lazily is already the captured one
        try (RunRecording.Capture engineLog = evidence.any() ? recording.captureSystemErr() : () -> { }) {
            code = runRecorded(args, environment, evidence, recording);
        }
        out.flush();
        err.flush();
        return code;
    }

    private static int runRecorded(String[] args, Map<String, String> environment, EvidenceOptions.Settings evidence,
                                   RunRecording recording) {
        Instant started = Instant.now();
        long startedNanos = System.nanoTime();
        SummaryOutput.beginRun();
        Optional<ControlPlane.ActivePolicy> policy = Optional.empty();
        Optional<String> evidenceUnreadable = Optional.empty();
        if (evidence.db().isPresent()) {
            EnginePreload.awaitCompletion();
            try {
                policy = ControlPlane.activePolicy(evidence.db().get(), args, environment, recording.err());
            } catch (RuntimeException e) {
                // fail closed: the policy may change what the run does, and a run without its evidence is not a
                // success; so the command does not run at all (exit 2, nothing changed, retryable)
                evidenceUnreadable = Optional.of("cannot read policies from the evidence database: "
                        + RunEvidence.redact(RunEvidence.firstLine(e.getMessage()), environment));
                recording.err().println("odooops: " + evidenceUnreadable.get());
            }
        }
        Map<String, String> commandEnvironment = policy.map(p -> p.overlay(environment)).orElse(environment);
        RunContext run = new RunContext(commandEnvironment, policy.map(p -> new RunContext.AppliedPolicy(p.name(),
                p.rules())));
        CommandFactory factory = new CommandFactory(run);
        CommandLine cli = new CommandLine(new OdooOpsCli(), factory);
        addSubcommands(cli, factory, args);
        cli.setOut(recording.out());
        cli.setErr(recording.err());
        cli.setParameterExceptionHandler(new UsageErrorHandler(run));
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            recording.err().println("odooops: internal error: " + ex);
            return 2;
        });
        Optional<String> stopReason = evidenceUnreadable;
        cli.setExecutionStrategy(parseResult -> execute(parseResult, run, stopReason, startedNanos));
        int code = cli.execute(args);
        if (evidence.any()) {
            EnginePreload.awaitCompletion();
            code = RunEvidence.record(evidence, run, args, recording, started, code);
        }
        if (evidenceUnreadable.isPresent() && code == 0) {
            code = ExitCode.RUNTIME_ERROR.code();
        }
        return code;
    }

    /**
     * Runs the parsed command, unless the run must stop first ({@code stopReason}: the evidence database could not
     * be read). A summary-line command is armed first, so that a stop signal from here on still prints its line.
     */
    private static int execute(CommandLine.ParseResult parseResult, RunContext run,
                               Optional<String> stopReason, long startedNanos) {
        CommandLine.ParseResult last = parseResult;
        boolean help = last.isUsageHelpRequested() || last.isVersionHelpRequested();
        while (last.hasSubcommand()) {
            last = last.subcommand();
            help |= last.isUsageHelpRequested() || last.isVersionHelpRequested();
        }
        if (help || !(last.commandSpec().userObject() instanceof EngineCommand)) {
            // the preload is done before this thread touches jOOQ, Flyway or SLF4J (see EnginePreload)
            EnginePreload.awaitCompletion();
        }
        if (!help) {
            if (last.commandSpec().userObject() instanceof SummaryLineCommand command) {
                Map<String, String> vars = command.knownVariables(run.environment());
                if (stopReason.isPresent()) {
                    return NeutralizeOptions.printStoppedBeforeRun(last.commandSpec().commandLine().getOut(), run, vars,
                            command.knownDryRun(), new Failure(Failure.Kind.EVIDENCE, stopReason.get()),
                            Duration.ofNanos(System.nanoTime() - startedNanos));
                }
                SummaryOutput.armStopLine(last.commandSpec().commandLine().getOut(), vars, command.knownDryRun(),
                        startedNanos, run.policy().map(RunContext.AppliedPolicy::name));
            } else if (stopReason.isPresent()) {
                return ExitCode.RUNTIME_ERROR.code();
            }
        }
        return new CommandLine.RunLast().execute(parseResult);
    }

    private static Map<String, Supplier<Class<?>>> commands() {
        Map<String, Supplier<Class<?>>> commands = new LinkedHashMap<>();
        commands.put("neutralize", () -> NeutralizeCommand.class);
        commands.put("verify", () -> VerifyCommand.class);
        commands.put("demo", () -> DemoCommand.class);
        commands.put("clone", () -> CloneCommand.class);
        commands.put("restore", () -> RestoreCommand.class);
        commands.put("drop", () -> DropCommand.class);
        commands.put("gc", () -> GcCommand.class);
        commands.put("gate", () -> GateCommand.class);
        commands.put("evidence", () -> EvidenceCommand.class);
        return java.util.Collections.unmodifiableMap(commands);
    }

    /** Registers the subcommands {@code args} name, or every one when none is named (help, usage errors). */
    private static void addSubcommands(CommandLine cli, CommandFactory factory, String[] args) {
        List<String> named = Arrays.stream(args).filter(COMMANDS::containsKey).distinct().toList();
        for (Map.Entry<String, Supplier<Class<?>>> command : COMMANDS.entrySet()) {
            if (named.isEmpty() || named.contains(command.getKey())) {
                try {
                    cli.addSubcommand(command.getKey(),
                            new CommandLine(factory.create(command.getValue().get()), factory));
                } catch (Exception e) {
                    throw new IllegalStateException("cannot create the " + command.getKey() + " command", e);
                }
            }
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
