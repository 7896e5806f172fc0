package ai.insightpulse.odooops.cli;

import ai.insightpulse.odooops.neutralize.jooq.JooqNeutralizer;
import ai.insightpulse.odooops.neutralize.jooq.TrainingDatabase;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * Hidden: the training run the build uses to make the launcher's class-data-sharing archive. It runs the commands
 * a container entrypoint or a CI job runs ({@code neutralize --dry-run}, {@code neutralize}, {@code verify}, a
 * refused configuration, prod's no-op, {@code --help}) against {@link TrainingDatabase}, a wire-protocol
 * stand-in, so that the archive holds the classes of their whole path, the driver's included; it prints nothing.
 */
@Command(name = "cds-training", hidden = true)
final class CdsTrainingCommand implements Callable<Integer> {

    /** What the training runs, with the exit code each must end with. */
    private static final List<List<String>> RUNS = List.of(
            List.of("0", "neutralize", "--dry-run"),
            List.of("0", "neutralize"),
            List.of("0", "neutralize", "--targets", "mail_servers,crons"),
            List.of("1", "neutralize", "--db-name", "odoo_stage; DROP TABLE x"),
            List.of("0", "neutralize", "--env", "prod", "--db-name", "odoo_prod"),
            List.of("0", "--help"));

    @Override
    public Integer call() {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), true);
        PrintWriter writer = new PrintWriter(sink, true);
        System.setOut(sink);
        System.setErr(sink);
        try (TrainingDatabase db = TrainingDatabase.start()) {
            JooqNeutralizer.warmUp();
            Map<String, String> variables = new HashMap<>(db.variables());
            for (List<String> run : RUNS) {
                int code = OdooOpsCli.run(run.subList(1, run.size()).toArray(String[]::new), variables, writer,
                        writer);
                if (code != Integer.parseInt(run.get(0))) {
                    throw new IllegalStateException("training run " + run.subList(1, run.size()) + " exited "
                            + code + ", not " + run.get(0));
                }
            }
            // verify answers 3 on the stand-in (its flag reads NULL): the not-neutralized path is trained too
            OdooOpsCli.run(new String[] {"verify"}, variables, writer, writer);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        return 0;
    }
}
