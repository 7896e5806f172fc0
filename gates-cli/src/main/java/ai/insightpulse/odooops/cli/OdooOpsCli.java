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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * {@code odooops}: the CI and ops command line. Only {@link #main} exits; every command returns the contract's
 * exit code (0 success, 1 configuration, 2 runtime).
 */
public final class OdooOpsCli implements Runnable {

    /**
     * Every subcommand, by name, in the order {@code --help} lists them. A run registers only the one picocli
     * selects (all of them when it selects none, see {@link #addSubcommands}): picocli builds each registered
     * command's model up front, and {@code neutralize} in a container entrypoint should not pay for the gates' or
     * clone's. Each class is named inside a lambda, so that only the registered commands' classes are even loaded
     * (NeutralizeStaysLeanTest).
     */
    private static final Map<String, Supplier<Class<?>>> COMMANDS = commands();

    /** The commands that print a summary line on every path ({@link SummaryLineCommand}). */
    private static final Set<String> SUMMARY_COMMANDS = Set.of("neutralize", "verify", "clone", "restore");

    private final EvidenceOptions evidenceOptions = new EvidenceOptions();

    /**
     * The root command's picocli model, built in code ({@link CodedOptions}) like that of {@code neutralize}: the
     * path every container entrypoint takes reads no annotation.
     */
    private final CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.wrapWithoutInspection(this)
            .name("odooops").versionProvider(new VersionProvider());

    private OdooOpsCli() {
        spec.usageMessage().description(
                "Makes staging and dev copies of an Odoo production database inert, and checks they stay so.");
        evidenceOptions.addTo(spec);
        CodedOptions.withStandardHelpOptions(spec);
    }

    /** Entry point of the launcher {@code bin/odooops}. */
    public static void main(String[] args) {
        // SIGTERM or Ctrl-C during a run: the summary line is still printed, once (the JVM then exits 143 or 130).
        // First thing: until the hook is in, a signal ends the JVM without it
        Runtime.getRuntime().addShutdownHook(new Thread(SummaryOutput::printStopLine, "odooops-stop"));
        // a hint for the JVM's first milliseconds, before picocli has even loaded, not a parse: a signal from here
        // on waits for the summary line a summary-line command owes (picocli's parse decides everything the run does)
        for (String arg : args) {
            if (SUMMARY_COMMANDS.contains(arg)) {
                SummaryOutput.expectLine();
                break;
            }
        }
        // the same kind of hint: a container entrypoint's `neutralize` starts the engine's initialization now
        EnginePreparation preparation = EnginePreparation.NONE;
        for (String arg : args) {
            if (COMMANDS.containsKey(arg)) {
                preparation = "neutralize".equals(arg) ? EnginePreparation.start() : EnginePreparation.NONE;
                break;
            }
        }
        int code = run(args, System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                preparation);
        SummaryOutput.runEnded();
        System.exit(code);
    }

    /**
     * Runs one command line with the given process environment and streams; returns the exit code. Tests call this
     * directly.
     */
    public static int run(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
        return run(args, environment, out, err, EnginePreparation.NONE);
    }

    /** {@link #run(String[], Map, PrintWriter, PrintWriter)}, with the engine's initialization perhaps under way. */
    static int run(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err,
                   EnginePreparation preparation) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // picocli's default factory otherwise looks for Groovy's closure class on the class path, in vain (~4 ms)
        System.setProperty("picocli.disable.closures", "true");
        Instant started = Instant.now();
        long startedNanos = System.nanoTime();
        SummaryOutput.beginRun();
        RunRecording recording = RunRecording.start(out, err);
        RunContext run = new RunContext(environment);
        CommandFactory factory = new CommandFactory(run);
        OdooOpsCli root = new OdooOpsCli();
        CommandLine cli = new CommandLine(root.spec, factory);
        addSubcommands(cli, factory, args);
        Launch launch = new Launch(root, run, environment, recording, startedNanos, preparation);
        cli.setOut(recording.out());
        cli.setErr(recording.err());
        cli.setParameterExceptionHandler(launch);
        cli.setExecutionExceptionHandler(launch);
        cli.setExecutionStrategy(launch);
        int code;
        try {
            code = cli.execute(args);
        } finally {
            // with evidence on, the engine's own log lines (SLF4J on System.err) went to the run's log too
            launch.engineLog.close();
        }
        EvidenceOptions.Settings evidence = root.evidenceOptions.settings(environment);
        if (evidence.any()) {
            preparation.awaitDone();
            code = RunEvidence.record(evidence, run, launch.command, args, recording, started, code);
        }
        if (launch.stopReason.isPresent() && code == 0) {
            code = ExitCode.RUNTIME_ERROR.code();
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * What happens between picocli's parse and the command: the evidence options and the control-plane policy are
     * read from the parse, once, before the command runs (or before a usage error is reported, which leaves
     * evidence too). A policy is laid over the run's environment, which every command reads when it runs.
     *
     * <p>It is picocli's handler of the run (execution strategy, usage errors, exceptions) as a class rather than
     * lambdas: a lambda of a picocli interface (or with a picocli type in its signature) is generated anew at every
     * start, since no AOT cache holds one (picocli's Java 5 class files stay unlinked in it), and each costs more
     * than loading this class from the jar.
     */
    private static final class Launch implements CommandLine.IExecutionStrategy,
            CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
        private final OdooOpsCli root;
        private final RunContext run;
        private final Map<String, String> environment;
        private final RunRecording recording;
        private final long startedNanos;
        private final UsageErrorHandler usageErrors;
        private final EnginePreparation preparation;
        private boolean prepared;
        /** The subcommand picocli selected, as the evidence names the run. */
        private String command = "odooops";
        /** Why the command must not run: the evidence database could not be read. */
        private Optional<String> stopReason = Optional.empty();
        private RunRecording.Capture engineLog = RunRecording.Capture.NONE;

        Launch(OdooOpsCli root, RunContext run, Map<String, String> environment, RunRecording recording,
               long startedNanos, EnginePreparation preparation) {
            this.preparation = preparation;
            this.root = root;
            this.run = run;
            this.environment = environment;
            this.recording = recording;
            this.startedNanos = startedNanos;
            this.usageErrors = new UsageErrorHandler(run);
        }

        @Override
        public int execute(CommandLine.ParseResult parseResult) {
            beforeCommand(parseResult);
            return OdooOpsCli.execute(parseResult, run, stopReason, startedNanos);
        }

        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            beforeUsageError(ex.getCommandLine());
            return usageErrors.handleParseException(ex, args);
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine commandLine,
                                            CommandLine.ParseResult parseResult) {
            recording.err().println("odooops: internal error: " + ex);
            return 2;
        }

        /** For a usage error: what picocli parsed up to it, in the command that reported it and its parents. */
        void beforeUsageError(CommandLine failed) {
            List<CommandLine.ParseResult> parsed = new java.util.ArrayList<>();
            CommandLine top = failed;
            for (CommandLine c = failed; c != null; c = c.getParent()) {
                Optional.ofNullable(c.getParseResult()).ifPresent(parsed::add);
                if (c.getParent() != null) {
                    top = c;
                }
            }
            CommandLine.ParseResult rootParse = parsed.get(parsed.size() - 1);
            // the root links its subcommand's result once that parse returned: an error in the root's own arguments
            // after the subcommand ("odooops --bogus neutralize") still names the subcommand
            String name = rootParse.hasSubcommand() ? rootParse.subcommand().commandSpec().name()
                    : top.getParent() == null ? "odooops" : top.getCommandName();
            prepare(name, parsed);
        }

        /** For a parsed command line, before its command runs (or prints its help). */
        void beforeCommand(CommandLine.ParseResult rootParse) {
            prepare(rootParse.hasSubcommand() ? rootParse.subcommand().commandSpec().name() : "odooops",
                    chain(rootParse));
        }

        private void prepare(String name, List<CommandLine.ParseResult> parsed) {
            if (prepared) {
                return;
            }
            prepared = true;
            command = name;
            EvidenceOptions.Settings evidence = root.evidenceOptions.settings(environment);
            // a plain neutralize touches jOOQ only through the engine, which waits for the initialization itself;
            // the evidence database and every other command use jOOQ here, on this thread (EnginePreparation)
            if (!"neutralize".equals(name) || evidence.any()) {
                preparation.awaitDone();
            }
            if (evidence.any()) {
                engineLog = recording.captureSystemErr();
            }
            if (evidence.db().isEmpty()) {
                return;
            }
            try {
                ControlPlane.activePolicy(evidence.db().get(), option(parsed, "--to"), option(parsed, "--env"),
                                environment, recording.err())
                        .ifPresent(p -> run.apply(new RunContext.AppliedPolicy(p.name(), p.rules()),
                                p.overlay(environment)));
            } catch (RuntimeException e) {
                // fail closed: the policy may change what the run does, and a run without its evidence is not a
                // success; so the command does not run at all (exit 2, nothing changed, retryable)
                stopReason = Optional.of("cannot read policies from the evidence database: "
                        + RunEvidence.redact(RunEvidence.firstLine(e.getMessage()), environment));
                recording.err().println("odooops: " + stopReason.get());
            }
        }

        private static List<CommandLine.ParseResult> chain(CommandLine.ParseResult rootParse) {
            List<CommandLine.ParseResult> chain = new java.util.ArrayList<>();
            for (CommandLine.ParseResult r = rootParse; r != null; r = r.hasSubcommand() ? r.subcommand() : null) {
                chain.add(r);
            }
            return chain;
        }

        /** The value picocli parsed for {@code name} in any of the commands, if given. */
        private static Optional<String> option(List<CommandLine.ParseResult> parsed, String name) {
            return parsed.stream().filter(r -> r.hasMatchedOption(name))
                    .map(r -> r.matchedOption(name).stringValues())
                    .filter(values -> !values.isEmpty())
                    .map(values -> values.get(values.size() - 1))
                    .findFirst();
        }
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

    /**
     * Registers the subcommand picocli selects in {@code args}, or every one when it selects none (help, usage
     * errors), so that the neutralize path loads no other command's class.
     *
     * <p>This reads {@code args} with picocli a first time, with a placeholder per subcommand (a name and a
     * catch-all parameter, no class loaded), and that is the one place the command line is parsed twice. picocli
     * cannot register a subcommand during the parse that meets its name: it looks the name up in the parent's
     * subcommand map the moment it reaches it, and the only hooks that run before that lookup are the command's
     * preprocessor (called once, before the first argument, with all of them) and the options' and parameters'
     * preprocessors (called only after the lookup failed, when the name is already an unmatched argument). So
     * the name must be known before the parse, and picocli's own rules decide it (option values, {@code --},
     * {@code --opt=value}), not a scan written by hand. The placeholders cost a few small models; the real parse
     * below is the only one whose values anything reads.
     *
     * <p>Each placeholder is a {@code CommandLine} of its own, which picocli makes with its converters and help
     * settings (~1.5 ms at start-up). So the first argument that names a command, the one picocli selects in
     * practice, is tried alone first, and kept when picocli selects it from a parse without any mistake: the
     * arguments before it name no command, so the other placeholders could not change how picocli reads them.
     * Otherwise (that name was an option's value, an {@code @file} may hold names, a mistake) every placeholder is
     * registered and the parse repeated.
     */
    private static void addSubcommands(CommandLine cli, CommandFactory factory, String[] args) {
        Optional<String> selected = selectedCommand(cli, args);
        for (Map.Entry<String, Supplier<Class<?>>> command : COMMANDS.entrySet()) {
            if (selected.isEmpty() || selected.get().equals(command.getKey())) {
                try {
                    Object created = factory.create(command.getValue().get());
                    cli.addSubcommand(command.getKey(), new CommandLine(
                            created instanceof CodedCommand coded ? coded.model() : created, factory));
                } catch (Exception e) {
                    throw new IllegalStateException("cannot create the " + command.getKey() + " command", e);
                }
            }
        }
    }

    private static Optional<String> selectedCommand(CommandLine cli, String[] args) {
        String first = null;
        for (String arg : args) {
            if (arg.startsWith("@")) {
                first = null;
                break;
            }
            if (first == null && COMMANDS.containsKey(arg)) {
                first = arg;
            }
        }
        if (first != null) {
            Optional<String> selected = selectedAmong(cli, args, Set.of(first), true);
            if (selected.isPresent()) {
                return selected;
            }
        }
        return selectedAmong(cli, args, COMMANDS.keySet(), false);
    }

    /**
     * The subcommand picocli selects in {@code args} with a placeholder for each of {@code names}; with
     * {@code strict}, none when the parse met a mistake.
     */
    private static Optional<String> selectedAmong(CommandLine cli, String[] args, Set<String> names,
                                                  boolean strict) {
        for (String name : names) {
            CommandLine.Model.CommandSpec placeholder = CommandLine.Model.CommandSpec.create().name(name);
            placeholder.parser().unmatchedOptionsArePositionalParams(true);
            placeholder.addPositional(CommandLine.Model.PositionalParamSpec.builder().arity("0..*")
                    .type(String[].class).build());
            cli.addSubcommand(name, placeholder);
        }
        try {
            CommandLine.ParseResult parsed;
            try {
                parsed = cli.parseArgs(args);
            } catch (CommandLine.ParameterException e) {
                if (strict) {
                    return Optional.empty();
                }
                // a mistake in the root's own arguments: the subcommand may still have been met
                parsed = cli.getParseResult();
            }
            return parsed != null && parsed.hasSubcommand()
                    ? Optional.of(parsed.subcommand().commandSpec().name()) : Optional.empty();
        } finally {
            for (String name : names) {
                cli.getCommandSpec().removeSubcommand(name);
            }
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
