package ai.insightpulse.odooops.training;

import ai.insightpulse.odooops.lifecycle.filestore.CopyProgress;
import ai.insightpulse.odooops.lifecycle.filestore.FilestoreCopy;
import ai.insightpulse.odooops.lifecycle.filestore.FilestoreCopyMode;
import ai.insightpulse.odooops.lifecycle.filestore.FilestoreCopyResult;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The build's training run for the command line's class-data-sharing archive ({@code bin/cds-archive JAR}): it runs
 * the commands a container entrypoint or a CI job runs ({@code neutralize --dry-run}, {@code neutralize},
 * {@code verify}, a refused configuration, prod's no-op, {@code --help}, a run with declared rules and an addons
 * path, a filestore copy) against {@link TrainingDatabase}, a
 * wire-protocol stand-in, so that the archive holds the classes of their whole path, the driver's included; it
 * prints nothing and exits non-zero when a command does not end as it should.
 *
 * <p>The command line is found by name on the class path ({@code bin/cds-archive} puts the CLI's jar first):
 * this module is built before {@code gates-cli}, whose {@code package} phase makes the archive with it.
 */
public final class CliTraining {

    private static final String CLI = "ai.insightpulse.odooops.cli.OdooOpsCli";

    /** What the training runs, with the exit code each must end with. */
    private static final List<List<String>> RUNS = List.of(
            List.of("0", "neutralize", "--dry-run"),
            List.of("0", "neutralize"),
            List.of("0", "neutralize", "--targets", "mail_servers,crons"),
            List.of("1", "neutralize", "--db-name", "odoo_stage; DROP TABLE x"),
            List.of("0", "neutralize", "--env", "prod", "--db-name", "odoo_prod"),
            List.of("0", "--help"));

    private CliTraining() {
    }

    /** Runs the training. */
    public static void main(String[] args) throws ReflectiveOperationException, IOException {
        Class<?> cli = Class.forName(CLI);
        Method run = cli.getMethod("run", String[].class, Map.class, PrintWriter.class, PrintWriter.class);
        likeTheLauncher(cli);
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), true);
        PrintWriter writer = new PrintWriter(sink, true);
        System.setOut(sink);
        System.setErr(sink);
        try (TrainingDatabase db = TrainingDatabase.start()) {
            EngineTraining.warmUp();
            Map<String, String> variables = new HashMap<>(db.variables());
            for (List<String> training : RUNS) {
                expect(run, training, variables, writer);
            }
            wholeOdoo(run, variables, writer);
            filestoreCopy();
            // verify answers 3 on the stand-in (its flag reads NULL): the not-neutralized path is trained too
            invoke(run, List.of("verify"), variables, writer);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    /**
     * What {@code java -jar odooops.jar} and the CLI's {@code main} do before a command, which the training (run
     * with {@code -cp}, handing the commands a map of variables) would otherwise not: the launcher reads the jar's
     * manifest, {@code main} reads the process environment.
     */
    private static void likeTheLauncher(Class<?> cli) throws IOException {
        try (JarFile jar = new JarFile(new File(cli.getProtectionDomain().getCodeSource().getLocation().getPath()))) {
            jar.getManifest();
        }
        System.getenv().entrySet().forEach(e -> e.getKey().length());
    }

    /**
     * A run with a rules file and an addons path, so that the YAML parser and the rules' and module files' classes
     * are archived too (the stand-in has none of the rules' tables and no installed module: the rules are
     * skipped, no file runs).
     */
    private static void wholeOdoo(Method run, Map<String, String> variables, PrintWriter writer)
            throws IOException, IllegalAccessException {
        Path dir = Files.createTempDirectory("odooops-training");
        try {
            Path rules = dir.resolve("rules.yaml");
            Files.writeString(rules, """
                    rules:
                      - {name: training, table: odooops_training_absent, set: {active: false, api_key: null},
                         where: {mode: [live, eu]}}
                      - {table: odooops_training_absent, set: {url: "https://invalid.invalid"}, where: {note: null}}
                    """);
            Path module = dir.resolve("addons").resolve("odooops_training_module");
            Files.createDirectories(module.resolve("data"));
            Files.writeString(module.resolve("__manifest__.py"), "{'name': 'training', 'license': 'LGPL-3'}\n");
            Files.writeString(module.resolve("data").resolve("neutralize.sql"), "UPDATE x SET y = 1;\n");
            expect(run, List.of("0", "neutralize", "--rules", rules.toString(), "--addons-path",
                    dir.resolve("addons").toString()), variables, writer);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * A filestore copy of a small tree, as {@code clone --data-dir} makes one (the stand-in cannot copy a database,
     * so the copy is called directly): the archive then holds the copy's classes and the JDK's process classes,
     * which a cold JVM otherwise parses on the copy's path. Hard links and bytes, so both paths are covered.
     */
    private static void filestoreCopy() throws IOException {
        Path dir = Files.createTempDirectory("odooops-training-filestore");
        try {
            Path source = dir.resolve("source");
            for (int i = 0; i < 8; i++) {
                Path sub = Files.createDirectories(source.resolve(String.format("%02x", i)));
                Files.writeString(sub.resolve(String.format("%02x0000", i)), "training " + i);
            }
            FilestoreCopy.prepare();
            CopyProgress none = (files, bytes) -> { };
            for (FilestoreCopyMode mode : List.of(FilestoreCopyMode.AUTO, FilestoreCopyMode.COPY)) {
                FilestoreCopyResult copied = FilestoreCopy.copy(source, dir.resolve(mode.flag()), mode, none);
                if (copied.files() != 8) {
                    throw new IllegalStateException("training filestore copy (" + mode.flag() + ") copied "
                            + copied.files() + " files, not 8");
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void expect(Method run, List<String> training, Map<String, String> variables,
                               PrintWriter writer) throws IllegalAccessException {
        int code = invoke(run, training.subList(1, training.size()), variables, writer);
        if (code != Integer.parseInt(training.get(0))) {
            throw new IllegalStateException("training run " + training.subList(1, training.size())
                    + " exited " + code + ", not " + training.get(0));
        }
    }

    private static int invoke(Method run, List<String> args, Map<String, String> variables, PrintWriter writer)
            throws IllegalAccessException {
        try {
            return (Integer) run.invoke(null, args.toArray(String[]::new), variables, writer, writer);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("training run " + args + " failed", e.getCause());
        }
    }
}
