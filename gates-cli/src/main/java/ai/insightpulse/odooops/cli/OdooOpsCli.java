package ai.insightpulse.odooops.cli;

import ai.insightpulse.odooops.cli.gate.GateCommand;
import ai.insightpulse.odooops.cli.clone.CloneCommand;
import ai.insightpulse.odooops.cli.clone.RestoreCommand;
import ai.insightpulse.odooops.cli.demo.DemoCommand;
import ai.insightpulse.odooops.cli.evidence.ControlPlane;
import ai.insightpulse.odooops.cli.evidence.EvidenceOptions;
import ai.insightpulse.odooops.cli.evidence.RunEvidence;
import ai.insightpulse.odooops.cli.evidence.RunRecording;
import ai.insightpulse.odooops.cli.verify.VerifyCommand;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code odooops}: the CI and ops command line. Only {@link #main} exits; every command returns the contract's
 * exit code (0 success, 1 configuration, 2 runtime).
 */
@Command(name = "odooops",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Makes staging and dev copies of an Odoo production database inert, and checks they stay so.",
        subcommands = {
            NeutralizeCommand.class,
            VerifyCommand.class,
            DemoCommand.class,
            CloneCommand.class,
            RestoreCommand.class,
            GateCommand.class,
            CdsTrainingCommand.class,
        })
public final class OdooOpsCli implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private EvidenceOptions evidenceOptions;

    /** Entry point of the launcher {@code bin/odooops}. */
    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
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
        Map<String, String> commandEnvironment = environment;
        boolean policyUnread = false;
        if (evidence.db().isPresent()) {
            try {
                commandEnvironment = ControlPlane.applyPolicy(evidence.db().get(), args, environment, recording.err());
            } catch (RuntimeException e) {
                // neutralizing without the policy is the safe direction; the run still fails for lack of evidence
                recording.err().println("odooops: cannot read policies from the evidence database: "
                        + RunEvidence.redact(String.valueOf(e.getMessage()), environment));
                policyUnread = true;
            }
        }
        CommandLine cli = new CommandLine(new OdooOpsCli(), new CommandFactory(commandEnvironment));
        cli.setOut(recording.out());
        cli.setErr(recording.err());
        cli.setParameterExceptionHandler(new UsageErrorHandler(commandEnvironment));
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            recording.err().println("odooops: internal error: " + ex);
            return 2;
        });
        int code = cli.execute(args);
        if (evidence.any()) {
            code = RunEvidence.record(evidence, commandEnvironment, args, recording, started, code);
        }
        if (policyUnread && code == 0) {
            code = 2;
        }
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
