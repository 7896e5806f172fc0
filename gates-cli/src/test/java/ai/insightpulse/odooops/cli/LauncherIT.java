package ai.insightpulse.odooops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import ai.insightpulse.odooops.neutralize.testing.TableSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped launchers, as a user runs them: real processes, real JVM flags, the packaged jar. */
class LauncherIT {

    private static final Path HOME = Path.of(System.getProperty("odooops.home", "..")).toAbsolutePath().normalize();

    private record Result(int exitCode, String stdout, String stderr) {
    }

    private static Result run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(HOME.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("IPAI_") || k.startsWith("DB_") || k.equals("ODOO_STAGE"));
        pb.environment().putAll(env);
        Path out = Files.createTempFile("odooops-out", ".txt");
        Path err = Files.createTempFile("odooops-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void odooopsNeutralizePrintsOnlyTheSummaryLineOnStdout() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            Map<String, String> vars = db.variables("dev");
            vars.put("IPAI_NEUTRALIZE_CONFIRM", "YES");

            Result r = run(vars, HOME.resolve("bin/odooops").toString(), "neutralize");

            assertThat(r.exitCode()).as(r.stderr()).isZero();
            List<String> lines = r.stdout().lines().toList();
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0)).startsWith("NEUTRALIZE_SUMMARY: {\"env\":\"dev\",\"db\":\"" + db.name() + "\"")
                    .contains("\"status\":\"ok\"");
            assertThat(db.count("SELECT count(*) FROM ir_cron WHERE active")).isEqualTo(2);
        }
    }

    @Test
    void sigtermDuringARunPrintsOneInterruptedSummaryLineExits143AndChangesNothing() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0"); Connection odooWorker = db.newConnection()) {
            ProdLikeSeed.seed(db);
            TableSnapshot before = db.snapshot();
            Map<String, String> vars = db.variables("dev");
            vars.put("IPAI_NEUTRALIZE_CONFIRM", "YES");
            vars.put("IPAI_NEUTRALIZE_LOCK_TIMEOUT", "60s");
            odooWorker.setAutoCommit(false);
            try (Statement s = odooWorker.createStatement()) {
                s.execute("LOCK TABLE ir_cron IN ACCESS EXCLUSIVE MODE");
            }
            ProcessBuilder pb = new ProcessBuilder(HOME.resolve("bin/odooops").toString(), "neutralize")
                    .directory(HOME.toFile());
            pb.environment().keySet().removeIf(k -> k.startsWith("IPAI_") || k.startsWith("DB_"));
            pb.environment().putAll(vars);
            Path out = Files.createTempFile("odooops-out", ".txt");
            Path err = Files.createTempFile("odooops-err", ".txt");
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            awaitBackendWaitingForALock(db, p);

            p.destroy(); // SIGTERM

            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            odooWorker.rollback();
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(Files.readString(err, StandardCharsets.UTF_8)).isEqualTo(143);
            assertThat(stdout.lines().toList()).singleElement().asString()
                    .startsWith("NEUTRALIZE_SUMMARY: {\"env\":\"dev\",\"db\":\"" + db.name() + "\",\"dry_run\":false,")
                    .contains("\"status\":\"error\"").contains("\"kind\":\"interrupted\"");
            assertThat(Files.readString(err, StandardCharsets.UTF_8)).doesNotContain("\tat ");
            assertThat(db.snapshot()).isEqualTo(before);
        }
    }

    /** Waits until the launcher's session is blocked on a lock, so that the signal lands mid-run. */
    private static void awaitBackendWaitingForALock(OdooDatabase db, Process launcher) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (db.count("SELECT count(*) FROM pg_stat_activity WHERE datname = '" + db.name()
                + "' AND wait_event_type = 'Lock'") == 0) {
            assertThat(launcher.isAlive()).as("the launcher is still running").isTrue();
            assertThat(System.nanoTime()).as("the launcher reached the lock").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @Test
    void odooNeutralizeIsADropInForTheSeedsScript() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("17.0")) {
            ProdLikeSeed.seed(db);
            Result dry = run(db.variables("dev"), HOME.resolve("bin/odoo_neutralize").toString(), "--dry-run");
            Result refused = run(db.variables("dev"), HOME.resolve("bin/odoo_neutralize").toString());

            assertThat(dry.exitCode()).isZero();
            assertThat(dry.stdout().lines().toList()).singleElement().asString().contains("\"status\":\"dry_run\"");
            assertThat(refused.exitCode()).as("live run without confirmation").isEqualTo(1);
            assertThat(refused.stdout().lines().toList()).singleElement().asString().contains("\"kind\":\"config\"");
            assertThat(refused.stderr()).doesNotContain("\tat ");
        }
    }

    @Test
    void theLaunchersJarCarriesEveryPicocliClassCompiledForJava17() throws Exception {
        // picocli's own jar (on this test's class path) holds Java 5 class files; the launcher's jar holds the same
        // classes, compiled from picocli's published sources for Java 17, which class-data sharing can hold
        Path picocliJar = Path.of(picocli.CommandLine.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        try (JarFile original = new JarFile(picocliJar.toFile());
             JarFile launcher = new JarFile(HOME.resolve("gates-cli/target/odooops.jar").toFile())) {
            List<String> classes = original.stream().map(JarEntry::getName)
                    .filter(n -> n.startsWith("picocli/") && n.endsWith(".class")).toList();
            assertThat(classes).hasSizeGreaterThan(100);
            for (String name : classes) {
                JarEntry entry = launcher.getJarEntry(name);
                assertThat(entry).as(name).isNotNull();
                try (InputStream in = launcher.getInputStream(entry)) {
                    byte[] header = in.readNBytes(8);
                    int major = ((header[6] & 0xff) << 8) | (header[7] & 0xff);
                    assertThat(major).as(name + " class file version").isEqualTo(61);
                }
            }
        }
    }

    @Test
    void theBuiltClassDataArchiveMapsAndHoldsTheRunsClasses() throws Exception {
        // -Xshare:on makes the JVM refuse to start when the archive does not match the jar and the JDK
        Result r = run(Map.of("JAVA_OPTS", "-Xshare:on -Xlog:class+load=info:stdout", "IPAI_ENV", "prod",
                "DB_NAME", "odoo_prod"), HOME.resolve("bin/odooops").toString(), "neutralize");

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        List<String> ours = r.stdout().lines()
                .filter(l -> l.contains(" ai.insightpulse.odooops.") && !l.contains("$$Lambda")).toList();
        assertThat(ours).isNotEmpty().allSatisfy(l -> assertThat(l).contains("source: shared objects file"));
    }

    @Test
    void aClassDataArchiveMadeForACopyOfTheJarMapsThere(@TempDir Path installed) throws Exception {
        // what docker/odoo/Dockerfile does for its image: the jar elsewhere, its archive made beside it
        Path copy = installed.resolve("odooops.jar");
        Files.copy(HOME.resolve("gates-cli/target/odooops.jar"), copy);

        Result made = run(Map.of(), HOME.resolve("bin/cds-archive").toString(), copy.toString());
        assertThat(made.exitCode()).as(made.stderr()).isZero();
        assertThat(copy.resolveSibling("odooops.jsa")).isRegularFile();

        Result r = run(Map.of("ODOOOPS_JAR", copy.toString(), "JAVA_OPTS", "-Xshare:on", "IPAI_ENV", "prod",
                "DB_NAME", "odoo_prod"), HOME.resolve("bin/odooops").toString(), "neutralize");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout().lines().toList()).singleElement().asString().startsWith("NEUTRALIZE_SUMMARY: ");
    }

    @Test
    void aStaleClassDataArchiveIsIgnoredAndStdoutStaysClean(@TempDir Path installed) throws Exception {
        Path jar = HOME.resolve("gates-cli/target/odooops.jar");
        Path copy = installed.resolve("odooops.jar");
        Files.copy(jar, copy);
        Path staleArchive = copy.resolveSibling("odooops.jsa");
        Files.copy(HOME.resolve("gates-cli/target/odooops.jsa"), staleArchive);
        // an archive older than its jar belongs to another build
        Files.setLastModifiedTime(staleArchive, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(copy).toMillis() - 60_000));

        Result r = run(Map.of("ODOOOPS_JAR", copy.toString(), "IPAI_ENV", "prod", "DB_NAME", "odoo_prod"),
                HOME.resolve("bin/odooops").toString(), "neutralize");

        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout().lines().toList()).singleElement().asString().startsWith("NEUTRALIZE_SUMMARY: ");
    }

    @Test
    void aJdk25AotCacheIsUsedWithItsJdkAndAnotherJdkFallsBackToTheArchive() throws Exception {
        Path aot = HOME.resolve("gates-cli/target/odooops.aot");
        if (!Files.isRegularFile(aot)) {
            // no JDK 25+ where this was built: no cache, and the launcher maps the JDK 17 archive (-Xshare:on)
            assertThat(aot.resolveSibling("odooops.aot.jdk")).doesNotExist();
            Result r = run(Map.of("JAVA_OPTS", "-Xshare:on", "IPAI_ENV", "prod", "DB_NAME", "odoo_prod"),
                    HOME.resolve("bin/odooops").toString(), "neutralize");
            assertThat(r.exitCode()).as(r.stderr()).isZero();
            return;
        }
        Path aotJdk = Path.of(Files.readString(aot.resolveSibling("odooops.aot.jdk")).strip());

        // -XX:AOTMode=on makes the JVM refuse to start when the cache does not match the jar, the JDK or the flags;
        // an empty JAVA_HOME lets the launcher pick the cache's JDK
        Result r = run(Map.of("JAVA_HOME", "", "JAVA_OPTS", "-XX:AOTMode=on -Xlog:class+load=info:stdout",
                "IPAI_ENV", "prod", "DB_NAME", "odoo_prod"), HOME.resolve("bin/odooops").toString(), "neutralize");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        // ours and picocli's alike: the jar's picocli is compiled for Java 17 (gates-cli/pom.xml), and the cache
        // holds no Java 5 class file, nor any class that extends or implements one
        List<String> ours = r.stdout().lines()
                .filter(l -> l.contains(" ai.insightpulse.odooops.") && !l.contains("$$Lambda")).toList();
        assertThat(ours).hasSizeGreaterThan(100);
        assertThat(ours.stream().filter(l -> !l.contains("source: shared objects file")))
                .hasSizeLessThanOrEqualTo(2);
        List<String> picocli = r.stdout().lines().filter(l -> l.contains(" picocli.")).toList();
        assertThat(picocli).hasSizeGreaterThan(50)
                .allSatisfy(l -> assertThat(l).contains("source: shared objects file"));

        // JAVA_HOME naming another JDK (the one running this test): the JDK 17 archive, which -Xshare:on requires
        Path thisJdk = Path.of(System.getProperty("java.home")).toRealPath();
        if (thisJdk.equals(aotJdk.toRealPath())) {
            // the tests run on the cache's own JDK: JAVA_HOME naming it keeps the cache
            Result same = run(Map.of("JAVA_HOME", thisJdk.toString(), "JAVA_OPTS", "-XX:AOTMode=on", "IPAI_ENV",
                    "prod", "DB_NAME", "odoo_prod"), HOME.resolve("bin/odooops").toString(), "neutralize");
            assertThat(same.exitCode()).as(same.stderr()).isZero();
            return;
        }
        Result other = run(Map.of("JAVA_HOME", thisJdk.toString(), "JAVA_OPTS", "-Xshare:on", "IPAI_ENV", "prod",
                "DB_NAME", "odoo_prod"), HOME.resolve("bin/odooops").toString(), "neutralize");
        assertThat(other.exitCode()).as(other.stderr()).isZero();
        assertThat(other.stdout().lines().toList()).singleElement().asString().startsWith("NEUTRALIZE_SUMMARY: ");
    }
}
