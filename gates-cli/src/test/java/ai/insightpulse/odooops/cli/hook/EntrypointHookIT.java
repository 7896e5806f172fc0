package ai.insightpulse.odooops.cli.hook;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import ai.insightpulse.odooops.neutralize.testing.TableSnapshot;
import ai.insightpulse.odooops.neutralize.testing.TestRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docker/odoo/entrypoint-hook.sh} against the real PostgreSQL and the real launcher, with a stub in place of
 * the Odoo binary that records that it ran.
 */
class EntrypointHookIT {

    private static final Path HOME = Path.of(System.getProperty("odooops.home", ".."));

    @TempDir
    Path dir;

    private Path stub;
    private Path ranMarker;

    @BeforeEach
    void stubOdoo() throws IOException {
        ranMarker = dir.resolve("odoo-ran");
        stub = dir.resolve("odoo");
        Files.writeString(stub, "#!/bin/sh\necho \"$$ $*\" > '" + ranMarker + "'\nexit \"${STUB_EXIT:-0}\"\n");
        Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void neutralizesADevDatabaseThenExecsOdooWithItsArguments() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            Map<String, String> env = db.variables("dev");
            env.put("IPAI_NEUTRALIZE_CONFIRM", "YES");

            HookRun run = hook(env, stub.toString(), "--config", "/etc/odoo/odoo.conf");

            assertThat(run.exitCode()).as(run.output()).isZero();
            assertThat(Files.readString(ranMarker)).endsWith(" --config /etc/odoo/odoo.conf\n");
            assertThat(db.count("SELECT count(*) FROM ir_mail_server WHERE active AND smtp_host <> 'invalid'"))
                    .isZero();
            assertThat(db.scalar("SELECT value FROM ir_config_parameter WHERE key = 'database.is_neutralized'"))
                    .isEqualTo("true");
        }
    }

    @Test
    void odooGetsTheHooksProcessAndItsExitCode() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            Map<String, String> env = db.variables("dev");
            env.put("IPAI_NEUTRALIZE_CONFIRM", "YES");
            env.put("STUB_EXIT", "7");

            HookRun run = hook(env, stub.toString());

            assertThat(run.exitCode()).isEqualTo(7);
            assertThat(Files.readString(ranMarker).split(" ")[0]).isEqualTo(Long.toString(run.pid()));
        }
    }

    @Test
    void aFailedNeutralizationKeepsOdooFromStarting() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            TableSnapshot before = db.snapshot();
            Map<String, String> env = db.variables("dev"); // no IPAI_NEUTRALIZE_CONFIRM: a hard stop

            HookRun run = hook(env, stub.toString());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.output()).contains("odooops neutralize failed (exit 1); not starting Odoo");
            assertThat(ranMarker).doesNotExist();
            assertThat(db.snapshot().tablesDifferingFrom(before)).isEmpty();
        }
    }

    @Test
    void requiredCoverageWithAnUncoveredModuleKeepsOdooFromStartingAndChangesNothing() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            ai.insightpulse.odooops.neutralize.testing.ModuleFilesSeed.seed(db);
            TableSnapshot before = db.snapshot();
            Map<String, String> env = db.variables("dev");
            env.put("IPAI_NEUTRALIZE_CONFIRM", "YES");
            env.put("IPAI_REQUIRE_COVERAGE", "YES");
            env.put("ODOO_ADDONS_PATH",
                    ai.insightpulse.odooops.neutralize.testing.ModuleFilesSeed.addonsTree().toString());

            HookRun run = hook(env, stub.toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.output()).contains("ipai_bridge_settings")
                    .contains("odooops neutralize failed (exit 2); not starting Odoo");
            assertThat(ranMarker).doesNotExist();
            assertThat(db.snapshot().tablesDifferingFrom(before)).isEmpty();
        }
    }

    @Test
    void aStageContainerPointedAtAnotherDatabaseDoesNotStart() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            Map<String, String> env = db.variables("stage");
            env.put("IPAI_NEUTRALIZE_CONFIRM", "YES");

            HookRun run = hook(env, stub.toString());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.output()).contains("IPAI_ENV=stage requires DB_NAME=odoo_stage");
            assertThat(ranMarker).doesNotExist();
        }
    }

    @Test
    void aDatabaseThatIsNotOdooKeepsOdooFromStartingWithoutWaitingOutTheDeadline() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            db.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
            Map<String, String> env = db.variables("dev");
            env.put("IPAI_NEUTRALIZE_CONFIRM", "YES");
            env.put("ODOOOPS_DB_WAIT_SECONDS", "60");

            long started = System.nanoTime();
            HookRun run = hook(env, stub.toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.output()).contains("Odoo's tables cannot be seen as Odoo's own connection would")
                    .contains("\"kind\":\"not_odoo\"")
                    .contains("odooops neutralize failed (exit 2); not starting Odoo");
            assertThat(ranMarker).doesNotExist();
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(
                    java.time.Duration.ofSeconds(45));
        }
    }

    @Test
    void aRoleThatMayOnlyConnectKeepsOdooFromStartingAndChangesNothing() throws Exception {
        try (TestRole role = TestRole.create(); OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            db.execute("GRANT CONNECT ON DATABASE " + db.name() + " TO " + role.name());
            TableSnapshot before = db.snapshot();
            Map<String, String> env = role.variables(db, "dev");
            env.put("IPAI_NEUTRALIZE_CONFIRM", "YES");

            HookRun run = hook(env, stub.toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.output()).contains("\"kind\":\"permission\"")
                    .contains("odooops neutralize failed (exit 2); not starting Odoo");
            assertThat(ranMarker).doesNotExist();
            assertThat(db.snapshot().tablesDifferingFrom(before)).isEmpty();
        }
    }

    @Test
    void anUnreachableDatabaseIsWaitedForBoundedlyAndOdooDoesNotStart() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(Map.of("IPAI_ENV", "dev", "DB_NAME", "odoo_dev",
                "DB_HOST", "127.0.0.1", "DB_PORT", "1", "IPAI_NEUTRALIZE_CONFIRM", "YES",
                "ODOOOPS_DB_WAIT_SECONDS", "2"));

        HookRun run = hook(env, stub.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("the database did not answer within 2 s; not starting Odoo");
        assertThat(ranMarker).doesNotExist();
    }

    @Test
    void prodStartsOdooWithoutConnecting() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(Map.of("IPAI_ENV", "prod", "DB_NAME", "odoo_prod",
                "DB_HOST", "127.0.0.1", "DB_PORT", "1"));

        HookRun run = hook(env, stub.toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("\"status\":\"no_op\"");
        assertThat(ranMarker).exists();
    }

    @Test
    void aProdContainerPointedAtACopyDoesNotStart() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(Map.of("IPAI_ENV", "prod", "DB_NAME", "odoo_stage"));

        HookRun run = hook(env, stub.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(ranMarker).doesNotExist();
    }

    private record HookRun(int exitCode, String output, long pid) {
    }

    private HookRun hook(Map<String, String> env, String... command) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("sh", HOME.resolve("docker/odoo/entrypoint-hook.sh")
                .toString()));
        cmd.addAll(List.of(command));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().put("PATH", System.getenv("PATH"));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("ODOOOPS_BIN", HOME.resolve("bin/odooops").toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new HookRun(p.exitValue(), output, p.pid());
    }
}
