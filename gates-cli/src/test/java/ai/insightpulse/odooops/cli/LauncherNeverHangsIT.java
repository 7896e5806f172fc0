package ai.insightpulse.odooops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import ai.insightpulse.odooops.neutralize.testing.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real launcher {@code bin/odooops}, with every option that makes its {@code main} thread touch jOOQ, Flyway
 * or JDBC (the evidence database, its policy read between picocli's parse and the command, a usage error), run many
 * times over, a few at once: no run hangs, none prints a stack trace, and every command that owes a summary line
 * prints exactly one. (A class initialization deadlock between the engine preload, a second thread removed in
 * issue 15, and {@code main} hung or crashed about half of the runs of {@code neutralize --dry-run --evidence-db …};
 * the in-process tests could not see it.)
 *
 * <p>Repetitions per combination: {@code -Dodooops.launcher.repeat=N} (default 3, the first combination twice
 * that).
 */
class LauncherNeverHangsIT {

    private static final Path HOME = Path.of(System.getProperty("odooops.home", "..")).toAbsolutePath().normalize();
    private static final int REPEAT = Integer.getInteger("odooops.launcher.repeat", 3);
    private static final long TIMEOUT_SECONDS = 90;

    private static OdooDatabase odoo;
    private static String controlPlane;
    private static String evidenceUrl;
    /** A second control plane, whose active policy applies to the runs' environment (dev). */
    private static String policyPlane;
    private static String policyUrl;
    private static Path evidenceDir;
    private static final List<String> copies = new ArrayList<>();

    @BeforeAll
    static void seededDatabaseAndControlPlane() throws Exception {
        odoo = OdooDatabase.createDev("18.0");
        ProdLikeSeed.seed(odoo);
        controlPlane = "odoo_ops_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        admin("CREATE DATABASE " + controlPlane);
        TestPostgres pg = TestPostgres.get();
        evidenceUrl = "jdbc:postgresql://" + pg.host() + ":" + pg.port() + "/" + controlPlane + "?user=" + pg.user();
        evidenceDir = Files.createTempDirectory("odooops-evidence");
        policyPlane = "odoo_ops_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        admin("CREATE DATABASE " + policyPlane);
        policyUrl = "jdbc:postgresql://" + pg.host() + ":" + pg.port() + "/" + policyPlane + "?user=" + pg.user();
    }

    @AfterAll
    static void dropThem() throws SQLException {
        odoo.close();
        admin("DROP DATABASE IF EXISTS " + controlPlane + " WITH (FORCE)");
        admin("DROP DATABASE IF EXISTS " + policyPlane + " WITH (FORCE)");
        for (String copy : copies) {
            admin("DROP DATABASE IF EXISTS " + copy + " WITH (FORCE)");
        }
    }

    /**
     * One combination: its command line, the exit codes it may end with, whether it owes a summary line, and what
     * its stdout must contain (the policy that applied).
     */
    private record Case(List<String> args, Set<Integer> exitCodes, boolean summaryLine, int repeat, String stdout) {
        Case(List<String> args, Set<Integer> exitCodes, boolean summaryLine, int repeat) {
            this(args, exitCodes, summaryLine, repeat, "");
        }
    }

    private record Outcome(Case c, boolean finished, int exitCode, String stdout, String stderr) {
    }

    @Test
    void everyOptionThatTouchesJooqFlywayOrJdbcEndsWithoutAHangOrAStackTrace() throws Exception {
        String unreachable = "jdbc:postgresql://127.0.0.1:1/ops?user=ops&connectTimeout=2";
        String gateRepo = Files.createTempDirectory("odooops-gate-repo").toString();
        String dumpless = "odoo_dev_t_nodump_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        // the policy is read between picocli's parse and the command, and before a usage error is reported
        assertThat(launch(new Case(List.of("verify", "--evidence-db", policyUrl), Set.of(0, 3), true, 1)).finished())
                .isTrue(); // creates the ops schema
        try (Connection c = TestPostgres.get().connect(policyPlane); Statement s = c.createStatement()) {
            s.execute("INSERT INTO ops.policies (name, environment, cron_allowlist) "
                    + "VALUES ('launcher-policy', 'dev', 'none')");
        }
        List<Case> cases = new ArrayList<>(List.of(
                new Case(List.of("neutralize", "--dry-run", "--evidence-db", evidenceUrl), Set.of(0), true, 2 * REPEAT),
                new Case(List.of("neutralize", "--yes", "--evidence-db", evidenceUrl), Set.of(0), true, REPEAT),
                new Case(List.of("--evidence-db", evidenceUrl, "verify"), Set.of(0, 3), true, REPEAT),
                new Case(List.of("verify", "--evidence-dir", evidenceDir.toString()), Set.of(0, 3), true, REPEAT),
                new Case(List.of("--evidence-dir", evidenceDir.toString(), "neutralize", "--dry-run"), Set.of(0), true,
                        REPEAT),
                new Case(List.of("neutralize", "--dry-run", "--evidence-dir", evidenceDir.toString(), "--evidence-db",
                        evidenceUrl), Set.of(0), true, REPEAT),
                new Case(List.of("neutralize", "--yes"), Set.of(0), true, REPEAT),
                new Case(List.of("neutralize", "--env", "prod", "--db-name", "odoo_prod"), Set.of(0), true, REPEAT),
                new Case(List.of("neutralize", "--dry-run", "--db-port", "1"), Set.of(2), true, REPEAT),
                new Case(List.of("neutralize", "--dry-run", "--evidence-db", unreachable), Set.of(2), true, 2),
                new Case(List.of("restore", "--dump", "/nonexistent/prod.dump", "--to", dumpless, "--yes",
                        "--evidence-db", evidenceUrl), Set.of(1), true, 2),
                new Case(List.of("neutralize", "--dry-run", "--evidence-db", policyUrl), Set.of(0), true, REPEAT,
                        "\"policy\":\"launcher-policy\""),
                new Case(List.of("--evidence-db", policyUrl, "neutralize", "--env=dev", "--yes"), Set.of(0), true, 2,
                        "\"policy\":\"launcher-policy\""),
                new Case(List.of("neutralize", "--no-such-flag", "--evidence-db", policyUrl), Set.of(1), true, 2,
                        "\"policy\":\"launcher-policy\""),
                new Case(List.of("neutralize", "--no-such-flag", "--evidence-db", evidenceUrl), Set.of(1), true, 2),
                new Case(List.of("neutralize", "--no-such-flag", "--evidence-db", unreachable), Set.of(1), true, 2),
                new Case(List.of("gate", "all", "--repo", gateRepo, "--evidence-db", evidenceUrl,
                        "--evidence-dir", evidenceDir.toString()), Set.of(0, 1, 2), false, 2)));
        for (int i = 0; i < 2; i++) {
            String copy = "odoo_dev_t_race_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            copies.add(copy);
            cases.add(new Case(List.of("clone", "--from", odoo.name(), "--to", copy, "--yes", "--evidence-db",
                    evidenceUrl), Set.of(0), true, 1));
        }
        cases.add(new Case(List.of("demo", "--evidence-db", evidenceUrl), Set.of(0), true, 1));

        List<Future<Outcome>> runs = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (Case c : cases) {
                for (int i = 0; i < c.repeat(); i++) {
                    runs.add(pool.submit(() -> launch(c)));
                }
            }
            for (Future<Outcome> run : runs) {
                Outcome o = run.get();
                String what = "odooops " + String.join(" ", o.c().args()) + "\n--- stdout\n" + o.stdout()
                        + "--- stderr\n" + o.stderr();
                assertThat(o.finished()).as("ended within " + TIMEOUT_SECONDS + " s: " + what).isTrue();
                assertThat(o.stderr()).as(what).doesNotContain("\tat ").doesNotContain("Exception in thread")
                        .doesNotContain("ExceptionInInitializerError").doesNotContain("NoClassDefFoundError")
                        .doesNotContain("internal error");
                assertThat(o.c().exitCodes()).as("exit code " + o.exitCode() + ": " + what).contains(o.exitCode());
                if (o.c().summaryLine()) {
                    assertThat(o.stdout().lines().filter(l -> l.startsWith("NEUTRALIZE_SUMMARY: ")).count())
                            .as("one summary line: " + what).isEqualTo(1);
                }
                assertThat(o.stdout()).as(what).contains(o.c().stdout());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome launch(Case c) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("bin/odooops").toString()));
        command.addAll(c.args());
        ProcessBuilder pb = new ProcessBuilder(command).directory(HOME.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("IPAI_") || k.startsWith("DB_")
                || k.startsWith("ODOOOPS_") || k.equals("ODOO_STAGE"));
        pb.environment().putAll(odoo.variables("dev"));
        Path out = Files.createTempFile("odooops-out", ".txt");
        Path err = Files.createTempFile("odooops-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        boolean finished = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly().waitFor();
        }
        Outcome o = new Outcome(c, finished, finished ? p.exitValue() : -1,
                Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return o;
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = TestPostgres.get().admin(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
