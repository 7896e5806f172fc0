package ai.insightpulse.odooops.agent;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import ai.insightpulse.odooops.neutralize.testing.TestPostgres;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped launcher {@code bin/odooops-agent} on the shaded jar, as a real process with its JVM flags. */
class AgentLauncherIT {

    private static final Path HOME = Path.of(System.getProperty("odooops.home", "..")).toAbsolutePath().normalize();
    private static final Pattern LISTENING = Pattern.compile("127\\.0\\.0\\.1:(\\d+) every");

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void badConfigurationExitsOneWithOneLine() throws Exception {
        Map<String, String> env = Map.of("IPAI_ENV", "stage", "DB_NAME", "odoo_prod");
        Process p = launch(env, List.of("--port=0"));
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        List<String> err = Files.readAllLines(tmp.resolve("stderr"));
        assertThat(err).hasSize(1);
        assertThat(err.get(0)).startsWith("odooops-agent: IPAI_ENV=stage requires");
        assertThat(Files.readString(tmp.resolve("stdout"))).isEmpty();
    }

    @Test
    void aCredentialInTheOdooUrlIsRefusedWithoutBeingPrintedBack() throws Exception {
        Map<String, String> env = Map.of("IPAI_ENV", "stage", "DB_NAME", "odoo_stage",
                "ODOOOPS_AGENT_ODOO_URL", "http://admin:hunter2-s3cret@odoo:8069/?password=hunter2-s3cret");
        Process p = launch(env, List.of("--port=0"));
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        List<String> err = Files.readAllLines(tmp.resolve("stderr"));
        assertThat(err).containsExactly("odooops-agent: ODOOOPS_AGENT_ODOO_URL='http://***@odoo:8069/?***' is not an "
                + "http(s) base URL without credentials, query or fragment");
        assertThat(Files.readString(tmp.resolve("stdout"))).isEmpty();
    }

    @Test
    void fourClientsSendingBatchBombsLeaveTheRealProcessAliveAndWithinItsMemoryBudget() throws Exception {
        // issue 11, point 3: ~87,000 {} fill the default 256 KiB body; four clients at once used to exhaust the
        // 32 MiB heap (ExitOnOutOfMemoryError) within a few hundred requests; with --max-body=2097152 one did
        String bomb = "[" + "{},".repeat((262_144 - 2) / 3 - 1) + "{}]";
        String bigBomb = "[" + "{},".repeat((2_097_152 - 2) / 3 - 1) + "{}]";
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            Process p = launch(AgentFixture.variables(db, "dev"), List.of("--port=0", "--interval=500ms",
                    "--max-body=2097152"));
            try {
                URI base = awaitListening(p);
                awaitStatus(base, s -> s.path("db_up").asBoolean());
                long beforeKiB = rssKiB(p.pid());
                long[] peakRssKiB = {beforeKiB};
                ExecutorService clients = Executors.newFixedThreadPool(4);
                List<Future<Integer>> refused = new ArrayList<>();
                for (int c = 0; c < 4; c++) {
                    refused.add(clients.submit(() -> {
                        HttpClient own = HttpClient.newHttpClient();
                        int n = 0;
                        for (int i = 0; i < 100; i++) {
                            HttpResponse<String> r = own.send(HttpRequest.newBuilder(base.resolve("/jsonrpc"))
                                    .POST(HttpRequest.BodyPublishers.ofString(i % 20 == 0 ? bigBomb : bomb)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 200 && AgentFixture.JSON.readTree(r.body()).path("error")
                                    .path("code").asInt() == -32600) {
                                n++;
                            }
                        }
                        return n;
                    }));
                }
                clients.shutdown();
                while (!clients.awaitTermination(200, TimeUnit.MILLISECONDS)) {
                    assertThat(p.isAlive()).as("agent alive under the batch bombs").isTrue();
                    peakRssKiB[0] = Math.max(peakRssKiB[0], rssKiB(p.pid()));
                }
                int answered = 0;
                for (Future<Integer> f : refused) {
                    answered += f.get();
                }
                assertThat(answered).as("bombs answered with -32600").isEqualTo(400);
                assertThat(p.isAlive()).isTrue();
                assertThat(get(base, "/healthz").statusCode()).isEqualTo(200);
                System.out.printf("agent RSS under 4 x 100 batch bombs: %d MiB before, %d MiB at the peak%n",
                        beforeKiB / 1024, peakRssKiB[0] / 1024);
                // the heap cannot grow past -Xmx32m and the bodies are never held: what grows is the compiled code
                // of the refusal path and the compiler's scratch memory while it compiles it (~2-6 MiB measured)
                assertThat(peakRssKiB[0] - beforeKiB).as("RSS growth in KiB").isLessThan(16 * 1024);
                assertThat(peakRssKiB[0]).as("peak RSS in KiB").isLessThan(128 * 1024);
                JsonNode status = AgentFixture.JSON.readTree(post(base, "{\"jsonrpc\":\"2.0\",\"method\":"
                        + "\"neutralization.status\",\"id\":1}").body());
                assertThat(status.path("result").path("db_up").asBoolean()).isTrue();
            } finally {
                p.destroy();
                p.waitFor(30, TimeUnit.SECONDS);
            }
            assertThat(Files.readString(tmp.resolve("stderr"))).doesNotContain("OutOfMemoryError");
        }
    }

    @Test
    void theBuiltClassDataArchiveMaps() throws Exception {
        // -Xshare:on makes the JVM refuse to start when the archive does not match the jar and the JDK
        Process p = launch(Map.of("JAVA_OPTS", "-Xshare:on"), List.of("--help"));
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve("stderr"))).isZero();
        assertThat(Files.readString(tmp.resolve("stdout"))).contains("--port");
    }

    @Test
    void theRealProcessSurvivesHostileBodiesInItsSmallHeapAndStopsCleanlyOnSigterm() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            Process p = launch(AgentFixture.variables(db, "dev"), List.of("--port=0", "--interval=500ms",
                    "--token=" + AgentFixture.TOKEN));
            try {
                URI base = awaitListening(p);
                awaitStatus(base, s -> s.path("db_up").asBoolean());
                assertThat(sessions(db.name())).isBetween(1L, 2L);

                String tenThousand = "[" + "{\"jsonrpc\":\"2.0\",\"method\":\"agent.health\",\"id\":1},".repeat(9_999)
                        + "{\"jsonrpc\":\"2.0\",\"method\":\"agent.health\",\"id\":1}]";
                for (int i = 0; i < 50; i++) {
                    assertThat(post(base, "[".repeat(200_000)).statusCode()).isEqualTo(200);
                    assertThat(post(base, tenThousand).statusCode()).isEqualTo(413);
                    assertThat(post(base, "[" + "{},".repeat(5_000) + "{}]").statusCode()).isEqualTo(200);
                    assertThat(post(base, "{\"jsonrpc\":\"2.0\",\"method\":\"agent.health\",\"id\":"
                            + "9".repeat(10_000) + "}").statusCode()).isEqualTo(200);
                }
                assertThat(p.isAlive()).isTrue();
                assertThat(get(base, "/healthz").statusCode()).isEqualTo(200);
                long rssKiB = rssKiB(p.pid());
                // a leak would grow past this quickly; the footprint itself is measured by bench/agent.sh
                assertThat(rssKiB).as("RSS in KiB").isLessThan(128 * 1024);
                System.out.printf("agent RSS after hostile bodies: %d MiB%n", rssKiB / 1024);

                JsonNode applied = AgentFixture.JSON.readTree(post(base, "{\"jsonrpc\":\"2.0\",\"method\":"
                        + "\"neutralization.apply\",\"id\":1}", "Authorization", "Bearer " + AgentFixture.TOKEN).body());
                assertThat(applied.path("result").path("status").asText()).isEqualTo("ok");
                assertThat(get(base, "/readyz").statusCode()).isEqualTo(200);
            } finally {
                p.destroy();
            }
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("exits on SIGTERM").isTrue();
            assertThat(p.exitValue()).isEqualTo(143);
            assertThat(Files.readString(tmp.resolve("stderr"))).contains("odooops-agent stopped")
                    .doesNotContain("Exception").doesNotContain(AgentFixture.TOKEN);
            assertThat(sessions(db.name())).isZero();
        }
    }

    @Test
    void inProductionTheLogIsJsonLines() throws Exception {
        try (OdooDatabase db = OdooDatabase.create("18.0", "odoo_prod")) {
            ProdLikeSeed.seed(db);
            Map<String, String> env = AgentFixture.variables(db, "prod");
            env.remove("IPAI_ENV");
            env.put("ODOO_STAGE", "production");
            Process p = launch(env, List.of("--port=0"));
            try {
                URI base = awaitListening(p);
                awaitStatus(base, s -> s.path("db_up").asBoolean());
                assertThat(get(base, "/").body()).contains(">LIVE</span>");
            } finally {
                p.destroy();
                p.waitFor(30, TimeUnit.SECONDS);
            }
            List<String> lines = Files.readAllLines(tmp.resolve("stderr"));
            assertThat(lines).isNotEmpty();
            for (String line : lines) {
                JsonNode event = AgentFixture.JSON.readTree(line);
                assertThat(event.path("level").asText()).as(line).isNotEmpty();
                assertThat(event.path("formattedMessage").asText()).as(line).isNotEmpty();
            }
            assertThat(lines).anyMatch(l -> l.contains("odooops-agent stopped"));
        }
    }

    private Process launch(Map<String, String> env, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(HOME.resolve("bin/odooops-agent").toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(tmp.resolve("stdout").toFile())
                .redirectError(tmp.resolve("stderr").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("IPAI_") || k.startsWith("ODOO") || k.startsWith("DB_"));
        pb.environment().putAll(env);
        return pb.start();
    }

    private URI awaitListening(Process p) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = LISTENING.matcher(Files.readString(tmp.resolve("stderr")));
            if (m.find()) {
                return URI.create("http://127.0.0.1:" + m.group(1));
            }
            if (!p.isAlive()) {
                throw new AssertionError("agent exited " + p.exitValue() + ": " + Files.readString(tmp.resolve("stderr")));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("agent did not start: " + Files.readString(tmp.resolve("stderr")));
    }

    private void awaitStatus(URI base, java.util.function.Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.test(AgentFixture.JSON.readTree(get(base, "/status").body()))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("status never matched: " + get(base, "/status").body());
    }

    private HttpResponse<String> get(URI base, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(URI base, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("/jsonrpc"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long rssKiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new AssertionError("no VmRSS for " + pid);
    }

    private static long sessions(String database) throws Exception {
        try (Connection c = TestPostgres.get().admin(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND application_name = 'odooops-agent'")) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
