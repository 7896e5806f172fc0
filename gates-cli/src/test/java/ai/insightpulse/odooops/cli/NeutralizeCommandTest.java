package ai.insightpulse.odooops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import ai.insightpulse.odooops.neutralize.testing.TableSnapshot;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code odooops neutralize}: the seeds' §8 contract, end to end, in process against a real PostgreSQL. */
class NeutralizeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "Db-Pa55-w0rd-9c1";

    private static JsonNode summary(CliRun run) throws IOException {
        return JSON.readTree(run.summaryJson());
    }

    /** A TCP port that counts connection attempts: proves that a hard stop never connects. */
    private static final class ConnectionCounter implements AutoCloseable {
        final ServerSocket socket = new ServerSocket(0);
        final AtomicInteger accepted = new AtomicInteger();
        final Thread acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    socket.accept().close();
                    accepted.incrementAndGet();
                } catch (SocketTimeoutException ignored) {
                    // keep listening
                } catch (IOException e) {
                    return;
                }
            }
        });

        ConnectionCounter() throws IOException {
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static Map<String, String> env(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    // --- seed §8 behaviour matrix, all four rows -------------------------------------------------------------

    @Test
    void matrixValidStageDryRunExitsZeroAgainstARealDatabase() throws Exception {
        try (OdooDatabase db = OdooDatabase.create("18.0", "odoo_stage")) {
            ProdLikeSeed.seed(db);
            CliRun run = CliRun.of(db.variables("stage"), "neutralize", "--dry-run");
            assertThat(run.exitCode()).isZero();
            assertThat(summary(run).get("status").asText()).isEqualTo("dry_run");
            assertThat(summary(run).get("mail_servers_changed").asInt()).isEqualTo(3);
        }
    }

    @Test
    void matrixValidStageDryRunExitsTwoWhenTheDatabaseIsUnreachable() throws Exception {
        try (ConnectionCounter closedSoon = new ConnectionCounter()) {
            int port = closedSoon.port();
            closedSoon.close();
            CliRun run = CliRun.of(env("IPAI_ENV", "stage", "DB_NAME", "odoo_stage", "DB_HOST", "127.0.0.1",
                    "DB_PORT", Integer.toString(port)), "neutralize", "--dry-run");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(summary(run).get("error").get("kind").asText()).isEqualTo("connection");
        }
    }

    @Test
    void matrixUnknownEnvExitsOne() throws Exception {
        CliRun run = CliRun.of(env("IPAI_ENV", "unknown", "DB_NAME", "odoo_dev"), "neutralize", "--dry-run");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(summary(run).get("status").asText()).isEqualTo("error");
        assertThat(summary(run).get("error").get("kind").asText()).isEqualTo("config");
    }

    @Test
    void matrixDatabaseMismatchExitsOne() throws Exception {
        CliRun run = CliRun.of(env("IPAI_ENV", "stage", "DB_NAME", "odoo_prod"), "neutralize", "--dry-run");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(summary(run).get("error").get("message").asText())
                .isEqualTo("IPAI_ENV=stage requires DB_NAME=odoo_stage, got DB_NAME='odoo_prod'");
    }

    @Test
    void matrixProdIsANoOpThatDoesNotConnect() throws Exception {
        try (ConnectionCounter db = new ConnectionCounter()) {
            for (String mode : new String[] {"--dry-run", "--env=prod"}) {
                CliRun run = CliRun.of(env("IPAI_ENV", "prod", "DB_NAME", "odoo_prod", "DB_HOST", "127.0.0.1",
                        "DB_PORT", Integer.toString(db.port())), "neutralize", mode);
                assertThat(run.exitCode()).isZero();
                assertThat(summary(run).get("status").asText()).isEqualTo("no_op");
            }
            Thread.sleep(100);
            assertThat(db.accepted.get()).isZero();
        }
    }

    // --- live runs -------------------------------------------------------------------------------------------

    @Test
    void aLiveStageRunNeutralizesAndTheSecondIsANoOp() throws Exception {
        try (OdooDatabase db = OdooDatabase.create("18.0", "odoo_stage")) {
            ProdLikeSeed.seed(db);
            Map<String, String> vars = db.variables("stage");
            vars.put("IPAI_NEUTRALIZE_CONFIRM", "YES");

            CliRun first = CliRun.of(vars, "neutralize");
            CliRun second = CliRun.of(vars, "neutralize");

            assertThat(first.exitCode()).isZero();
            assertThat(summary(first).get("status").asText()).isEqualTo("ok");
            assertThat(summary(first).get("mail_servers_changed").asInt()).isEqualTo(3);
            assertThat(summary(first).get("crons_changed").asInt()).isEqualTo(5);
            assertThat(second.exitCode()).isZero();
            assertThat(summary(second).get("status").asText()).isEqualTo("no_op");
            assertThat(summary(second).get("already_neutralized").asBoolean()).isTrue();
            assertThat(db.count("SELECT count(*) FROM ir_mail_server WHERE active")).isEqualTo(1);
        }
    }

    @Test
    void flagsOverrideTheEnvironment() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("17.0")) {
            ProdLikeSeed.seed(db);
            Map<String, String> vars = db.variables("stage");
            vars.put("DB_NAME", "odoo_stage");
            CliRun run = CliRun.of(vars, "neutralize", "--env", "dev", "--db-name", db.name(), "--yes",
                    "--cron-allowlist", "none");
            assertThat(run.exitCode()).isZero();
            assertThat(summary(run).get("db").asText()).isEqualTo(db.name());
            assertThat(db.count("SELECT count(*) FROM ir_cron WHERE active")).isZero();
        }
    }

    @Test
    void aLockHeldByAnOdooCronWorkerExitsTwoWithinTheLockTimeout() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0"); var worker = db.newConnection()) {
            ProdLikeSeed.seed(db);
            TableSnapshot before = db.snapshot();
            worker.setAutoCommit(false);
            worker.createStatement().execute("SELECT * FROM ir_cron FOR UPDATE");

            Map<String, String> vars = db.variables("dev");
            vars.put("IPAI_NEUTRALIZE_CONFIRM", "YES");
            CliRun run = CliRun.of(vars, "neutralize", "--lock-timeout", "300ms");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(summary(run).get("error").get("kind").asText()).isEqualTo("lock_timeout");
            worker.rollback();
            assertThat(db.snapshot()).isEqualTo(before);
        }
    }

    // --- bad input: exit 1, one line, nothing changed, no connection, no stack trace, no password -----------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown env             | IPAI_ENV=qa                       | IPAI_ENV='qa' is not one of prod, stage, dev",
        "injection in DB_NAME    | DB_NAME=odoo_stage; DROP TABLE x  | is not a database name",
        "non-numeric port        | DB_PORT=54x2                      | DB_PORT='54x2' is not a port number",
        "empty host              | DB_HOST=                          | DB_HOST is set but empty",
        "empty db name           | DB_NAME=                          | DB_NAME is set but empty",
        "malformed allowlist     | IPAI_CRON_ALLOWLIST=base autovac  | IPAI_CRON_ALLOWLIST entry 'base' is not an xml id",
        "missing confirmation    | IPAI_NEUTRALIZE_CONFIRM=no        | needs IPAI_NEUTRALIZE_CONFIRM=YES",
        "unknown target          | IPAI_NEUTRALIZE_TARGETS=all       | 'all', which is not a target",
        "env aliases disagree    | ODOO_STAGE=production             | IPAI_ENV=stage and ODOO_STAGE=production disagree",
        "lock timeout too long   | IPAI_NEUTRALIZE_LOCK_TIMEOUT=9999999 | IPAI_NEUTRALIZE_LOCK_TIMEOUT='9999999' is longer than the maximum of 120s",
        "lock timeout in ms      | IPAI_NEUTRALIZE_LOCK_TIMEOUT=120001ms | is longer than the maximum of 120s",
        "socket directory host   | DB_HOST=/var/run/postgresql       | a unix-socket directory is not supported",
        "percent-encoded host    | DB_HOST=db%2Fx                    | DB_HOST='db%2Fx' is not a host name or IP address",
        "IPv6 zone id            | DB_HOST=fe80::1%eth0              | is not a host name or IP address",
        "host with a space       | DB_HOST=db host                   | DB_HOST='db host' is not a host name or IP address",
        "host with credentials   | DB_HOST=odoo:Db-Pa55-w0rd-9c1@db  | DB_HOST='******@db' is not a host name or IP address"})
    void badInputExitsOneWithOneLineAndTouchesNothing(String name, String assignment, String expected) throws Exception {
        try (ConnectionCounter server = new ConnectionCounter()) {
            Map<String, String> env = env("IPAI_ENV", "stage", "DB_NAME", "odoo_stage", "DB_HOST", "127.0.0.1",
                    "DB_PORT", Integer.toString(server.port()), "DB_USER", "odoo", "DB_PASSWORD", PASSWORD);
            String[] kv = assignment.split("=", 2);
            env.put(kv[0].strip(), kv.length > 1 ? kv[1].strip() : "");

            CliRun run = CliRun.of(env, "neutralize");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(summary(run).get("error").get("message").asText()).contains(expected);
            assertThat(run.stderr().lines()).hasSize(1);
            assertThat(run.stderr()).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(run.stdout() + run.stderr()).doesNotContain(PASSWORD);
            Thread.sleep(50);
            assertThat(server.accepted.get()).as("no connection attempted").isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"db.internal", "odoo_db_1", "127.0.0.1", "::1", "[::1]", "2001:db8::5", "::ffff:10.0.0.5"})
    void aHostNameOrIpLiteralPassesValidation(String host) throws Exception {
        try (ConnectionCounter server = new ConnectionCounter()) {
            CliRun run = CliRun.of(env("IPAI_ENV", "dev", "DB_NAME", "odoo_dev", "DB_HOST", host,
                    "DB_PORT", Integer.toString(server.port()), "IPAI_NEUTRALIZE_LOCK_TIMEOUT", "120s"),
                    "neutralize", "--dry-run", "--connect-timeout", "1s");

            assertThat(summary(run).path("error").path("kind").asText()).as(run.stderr()).isNotEqualTo("config");
        }
    }

    @Test
    void anUnknownCommandIsNamedOnceOnOneLine() {
        CliRun run = CliRun.of(env(), "frobnicate");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr().lines().toList())
                .containsExactly("odooops: Unmatched argument at index 0: 'frobnicate' (see odooops --help)");
    }

    @Test
    void aMisplacedUrlOnTheCommandLineIsRefusedWithoutItsCredentials() throws Exception {
        CliRun run = CliRun.of(env("IPAI_ENV", "dev", "DB_NAME", "odoo_dev"), "neutralize", "--dry-run",
                "postgres://odoo:" + PASSWORD + "@db/odoo_dev", "--db-host=db?password=" + PASSWORD);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(summary(run).get("error").get("message").asText())
                .isEqualTo("Unmatched argument at index 2: 'postgres://******@db/odoo_dev'");
        assertThat(run.stdout() + run.stderr()).doesNotContain(PASSWORD);
    }

    @Test
    void anUnknownOptionIsAConfigErrorWithTheSummaryLine() throws Exception {
        CliRun run = CliRun.of(env("IPAI_ENV", "dev", "DB_NAME", "odoo_dev"), "neutralize", "--dryrun");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(summary(run).get("error").get("message").asText()).isEqualTo("Unknown option: '--dryrun'");
        assertThat(run.stderr()).doesNotContain("\tat ");
    }

    @Test
    void aWrongPasswordExitsTwoWithoutEchoingIt() throws Exception {
        // trust authentication accepts any password; a wrong role is the login failure we can provoke here
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            Map<String, String> vars = db.variables("dev");
            vars.put("DB_USER", "no_such_role_x");
            vars.put("DB_PASSWORD", PASSWORD);
            CliRun run = CliRun.of(vars, "neutralize", "--dry-run");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(summary(run).get("error").get("kind").asText()).isEqualTo("connection");
            assertThat(run.stdout() + run.stderr()).doesNotContain(PASSWORD);
        }
    }

    @Test
    void theSeededSmtpPasswordNeverAppearsInAnyOutput() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("19.0")) {
            ProdLikeSeed.seed(db);
            Map<String, String> vars = db.variables("dev");
            vars.put("IPAI_NEUTRALIZE_CONFIRM", "YES");
            CliRun dry = CliRun.of(vars, "neutralize", "--dry-run");
            CliRun live = CliRun.of(vars, "neutralize");
            assertThat(dry.stdout() + dry.stderr() + live.stdout() + live.stderr())
                    .doesNotContain(ProdLikeSeed.SMTP_SECRET);
        }
    }
}
