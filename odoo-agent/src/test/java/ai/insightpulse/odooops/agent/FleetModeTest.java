package ai.insightpulse.odooops.agent;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.DatabaseEndpoint;
import ai.insightpulse.odooops.neutralize.RunStatus;
import ai.insightpulse.odooops.neutralize.jooq.JooqNeutralizer;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import ai.insightpulse.odooops.neutralize.testing.TestPostgres;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Fleet mode against 50 databases of the test server: 40 neutralized and 6 not (dev), 2 without Odoo's tables,
 * {@code odoo_prod} looking neutralized (the alarm) and one name outside ENV_DB_MAP. All are made from two
 * templates with {@code CREATE DATABASE … TEMPLATE}, so the fixture costs seconds.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FleetModeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "fleet-token-0123456789abcdef";
    private static final int CAP = 3;
    private static final Duration INTERVAL = Duration.ofMillis(300);
    private static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    /** Every dev database of this run starts with it. */
    private static final String DEV = "odoo_dev_f" + RUN + "_";
    private static final String UNMAPPED = "f" + RUN + "_client";

    private static OdooDatabase raw;
    private static OdooDatabase clean;
    private static OdooDatabase prod;
    private static Map<String, Integer> ids;
    private static final List<String> neutralized = new ArrayList<>();
    private static final List<String> drifted = new ArrayList<>();
    private static final List<String> notOdoo = new ArrayList<>();
    private static final List<String> created = new CopyOnWriteArrayList<>();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void fiftyDatabases() throws SQLException {
        long started = System.nanoTime();
        System.out.printf("fleet fixture: load average %.1f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        raw = OdooDatabase.createDev("18.0");
        ids = ProdLikeSeed.seed(raw);
        clean = raw.copy();
        assertThat(JooqNeutralizer.create().neutralize(clean.config().build()).status()).isEqualTo(RunStatus.OK);
        prod = OdooDatabase.create("18.0", "odoo_prod");
        // what a neutralized copy restored over prod looks like
        prod.execute("INSERT INTO ir_config_parameter (key, value) VALUES ('database.is_neutralized', 'true')");
        raw.connection().close();
        clean.connection().close();
        for (int i = 0; i < 40; i++) {
            neutralized.add(DEV + "n" + i);
        }
        for (int i = 0; i < 6; i++) {
            drifted.add(DEV + "d" + i);
        }
        notOdoo.add(DEV + "plain0");
        notOdoo.add(DEV + "plain1");
        List<Callable<Void>> creations = new ArrayList<>();
        for (String n : neutralized) {
            creations.add(() -> {
                createDatabase(n, clean.name());
                copyKeepsItsIdentity(n);
                return null;
            });
        }
        drifted.forEach(n -> creations.add(() -> createDatabase(n, raw.name())));
        notOdoo.forEach(n -> creations.add(() -> createDatabase(n, "template0")));
        creations.add(() -> createDatabase(UNMAPPED, "template0"));
        inParallel(creations);
        System.out.printf("fleet fixture: 50 databases in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    private static Void createDatabase(String name, String template) throws SQLException {
        try (Connection admin = TestPostgres.get().admin(); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE " + template);
        }
        created.add(name);
        return null;
    }

    /**
     * A neutralized database copied under another name is not neutralized: it shares its source's
     * {@code database.uuid} (the {@code database_identity} target). Each copy here gets the marker a neutralization
     * of that copy would have written, as if each had been neutralized on its own.
     */
    private static void copyKeepsItsIdentity(String name) throws SQLException {
        try (Connection c = TestPostgres.get().connect(name); Statement s = c.createStatement()) {
            s.execute("UPDATE ir_config_parameter SET value = (SELECT value FROM ir_config_parameter WHERE key = "
                    + "'database.uuid') || '@" + name + "' WHERE key = 'odooops.neutralized_uuid'");
        }
    }

    /** Creating and dropping 50 databases one after the other takes a minute on a loaded machine; in parallel, seconds. */
    private static void inParallel(List<Callable<Void>> tasks) {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Void> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    @AfterAll
    static void dropThem() {
        long started = System.nanoTime();
        List<Callable<Void>> drops = new ArrayList<>();
        for (String n : created) {
            drops.add(() -> {
                try (Connection admin = TestPostgres.get().admin(); Statement s = admin.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + n + " WITH (FORCE)");
                }
                return null;
            });
        }
        inParallel(drops);
        System.out.printf("fleet fixture: %d databases dropped in %d ms%n", drops.size(),
                (System.nanoTime() - started) / 1_000_000);
        for (OdooDatabase db : new OdooDatabase[] {prod, clean, raw}) {
            if (db != null) {
                db.close();
            }
        }
    }

    private static OdooAgent agent(String... settings) {
        Map<String, String> vars = new HashMap<>();
        TestPostgres pg = TestPostgres.get();
        vars.put("DB_HOST", pg.host());
        vars.put("DB_PORT", Integer.toString(pg.port()));
        vars.put("DB_USER", pg.user());
        if (!pg.password().isEmpty()) {
            vars.put("DB_PASSWORD", pg.password());
        }
        vars.put(AgentConfig.DATABASES, DEV + "*,odoo_prod," + "f" + RUN + "_*");
        vars.put(AgentConfig.MAX_CONNECTIONS, Integer.toString(CAP));
        vars.put(AgentConfig.PORT, "0");
        vars.put(AgentConfig.INTERVAL, INTERVAL.toMillis() + "ms");
        vars.put(AgentConfig.TOKEN, TOKEN);
        for (String setting : settings) {
            String[] kv = setting.split("=", 2);
            vars.put(kv[0], kv[1]);
        }
        return OdooAgent.start(AgentConfig.read(vars, List.of()));
    }

    @Test
    @Order(1)
    void everyDatabaseIsReportedUnderTheCapAndTheFleetFollowsCreateAndDrop() throws Exception {
        AtomicLong most = new AtomicLong();
        AtomicBoolean watching = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> watchSessions(most, watching));
        watcher.start();
        try (OdooAgent agent = agent()) {
            JsonNode status = awaitStatus(agent, s -> s.path("discovery").path("rounds").asLong() >= 2
                    && s.path("databases_by_state").path("pending").asLong() == 0, Duration.ofSeconds(30));
            assertThat(status.path("mode").asText()).isEqualTo("fleet");
            assertThat(status.path("databases_total").asInt()).isEqualTo(50);
            JsonNode byState = status.path("databases_by_state");
            assertThat(byState.path("neutralized").asInt()).as(status.path("databases").toString()).isEqualTo(40);
            assertThat(byState.path("not_neutralized").asInt()).isEqualTo(6);
            assertThat(byState.path("not_odoo").asInt()).isEqualTo(2);
            assertThat(byState.path("prod_alarm").asInt()).isEqualTo(1);
            assertThat(byState.path("unmapped").asInt()).isEqualTo(1);
            Map<String, JsonNode> byName = byName(status);
            for (String n : neutralized) {
                assertThat(byName.get(n).path("neutralized").asBoolean()).as(n).isTrue();
                assertThat(byName.get(n).path("env").asText()).isEqualTo("dev");
            }
            for (String n : drifted) {
                assertThat(byName.get(n).path("state").asText()).isEqualTo("not_neutralized");
                assertThat(byName.get(n).path("active_non_allowlisted_crons").asLong()).isPositive();
            }
            for (String n : notOdoo) {
                assertThat(byName.get(n).path("error_kind").asText()).isEqualTo("not_odoo");
                assertThat(byName.get(n).path("neutralized").isNull()).isTrue();
            }
            assertThat(byName.get("odoo_prod").path("env").asText()).isEqualTo("prod");
            assertThat(byName.get("odoo_prod").path("prod_looks_neutralized").asBoolean()).isTrue();
            assertThat(byName.get(UNMAPPED).path("state").asText()).isEqualTo("unmapped");
            assertThat(byName.get(UNMAPPED).path("env").isNull()).isTrue();
            // worst first: the prod alarm heads the list and the page's table
            assertThat(status.path("databases").get(0).path("db").asText()).isEqualTo("odoo_prod");
            String page = get(agent, "/").body();
            assertThat(page.indexOf("data-db=\"odoo_prod\"")).isLessThan(page.indexOf("data-db=\"" + notOdoo.get(0)))
                    .isPositive();
            assertThat(page.indexOf("data-db=\"" + drifted.get(0))).isLessThan(page.indexOf("data-db=\""
                    + neutralized.get(0)));

            HttpResponse<String> one = get(agent, "/status?db=" + drifted.get(0));
            assertThat(one.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(one.body()).path("db").asText()).isEqualTo(drifted.get(0));
            assertThat(get(agent, "/status?db=odoo_dev_nowhere").statusCode()).isEqualTo(404);
            assertThat(get(agent, "/status?db=%3Cscript%3E").statusCode()).isEqualTo(404);
            String metrics = get(agent, "/metrics").body();
            assertThat(metrics).contains("odooops_neutralized{db=\"" + neutralized.get(0) + "\",env=\"dev\"} 1")
                    .contains("odooops_neutralized{db=\"" + drifted.get(0) + "\",env=\"dev\"} 0")
                    .contains("odooops_prod_looks_neutralized{db=\"odoo_prod\",env=\"prod\"} 1")
                    .contains("odooops_fleet_databases{state=\"not_odoo\"} 2")
                    .contains("odooops_fleet_connections_max " + CAP);
            assertThat(Promtool.checkMetrics(metrics)).isEmpty();
            assertThat(get(agent, "/readyz").statusCode()).isEqualTo(200);

            // one dropped and one created while it runs
            String gone = neutralized.get(39);
            String born = DEV + "born";
            try (Connection admin = TestPostgres.get().admin(); Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE " + gone + " WITH (FORCE)");
            }
            createDatabase(born, clean.name());
            copyKeepsItsIdentity(born);
            status = awaitStatus(agent, s -> byName(s).containsKey(born) && !byName(s).containsKey(gone)
                    && "neutralized".equals(byName(s).get(born).path("state").asText()), Duration.ofSeconds(15));
            assertThat(status.path("databases_total").asInt()).isEqualTo(50);
            assertThat(get(agent, "/status?db=" + gone).statusCode()).isEqualTo(404);

            // apply takes the database in both envelopes; other databases stay as they were
            JsonNode applied = rpc(agent, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"neutralization.apply\","
                    + "\"params\":{\"db\":\"" + drifted.get(0) + "\"}}");
            assertThat(applied.path("result").path("status").asText()).isEqualTo("ok");
            assertThat(applied.path("result").path("db").asText()).isEqualTo(drifted.get(0));
            JsonNode odoo = rpc(agent, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"call\",\"params\":{"
                    + "\"service\":\"neutralization\",\"method\":\"apply\",\"args\":[\"" + drifted.get(1) + "\"]}}");
            assertThat(odoo.path("result").path("status").asText()).isEqualTo("ok");
            assertThat(cronsActive(drifted.get(0))).isEqualTo(2);
            assertThat(cronsActive(drifted.get(2))).isGreaterThan(2);
            JsonNode first = rpc(agent, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"neutralization.status\","
                    + "\"params\":[\"" + drifted.get(0) + "\"]}");
            assertThat(first.path("result").path("neutralized").asBoolean()).isTrue();
            JsonNode refused = rpc(agent, "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"neutralization.apply\","
                    + "\"params\":{\"db\":\"odoo_prod\"}}");
            assertThat(refused.path("error").path("data").path("detail").asText()).contains("prod");
            JsonNode noDb = rpc(agent, "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"neutralization.apply\"}");
            assertThat(noDb.path("error").path("code").asInt()).isEqualTo(-32602);
            JsonNode unknown = rpc(agent, "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"neutralization.plan\","
                    + "\"params\":{\"db\":\"odoo_dev_nowhere\"}}");
            assertThat(unknown.path("error").path("code").asInt()).isEqualTo(-32602);
            awaitStatus(agent, s -> byName(s).get(drifted.get(1)).path("neutralized").asBoolean()
                    && byName(s).get(drifted.get(2)).path("state").asText().equals("not_neutralized"),
                    Duration.ofSeconds(10));
        } finally {
            watching.set(false);
            watcher.join();
        }
        assertThat(most.get()).as("agent sessions at once").isPositive().isLessThanOrEqualTo(CAP);
    }

    @Test
    @Order(2)
    void underEnforcementOnlyTheDriftedDatabaseIsReNeutralized() throws Exception {
        for (String n : drifted) {
            neutralize(n);
        }
        String victim = neutralized.get(3);
        String neighbour = neutralized.get(4);
        try (OdooAgent agent = agent(AgentConfig.ENFORCE + "=true")) {
            awaitStatus(agent, s -> s.path("discovery").path("rounds").asLong() >= 2
                    && s.path("databases_by_state").path("neutralized").asInt() >= 46, Duration.ofSeconds(30));
            try (Connection c = TestPostgres.get().connect(victim); Statement s = c.createStatement()) {
                s.execute("UPDATE ir_cron SET active = true WHERE id = "
                        + ids.get("cron_ir_cron_mail_scheduler_action"));
            }
            JsonNode status = awaitStatus(agent, s -> byName(s).get(victim).path("enforcements").asLong() == 1
                    && byName(s).get(victim).path("neutralized").asBoolean(), Duration.ofSeconds(15));
            assertThat(cronsActive(victim)).isEqualTo(2);
            assertThat(byName(status).get(victim).path("drift_events").asLong()).isEqualTo(1);
            for (JsonNode db : status.path("databases")) {
                if (!db.path("db").asText().equals(victim)) {
                    assertThat(db.path("enforcements").asLong()).as(db.path("db").asText()).isZero();
                }
            }
            assertThat(byName(status).get("odoo_prod").path("enforcements").asLong()).isZero();
            assertThat(cronsActive(neighbour)).isEqualTo(2);
        }
    }

    /**
     * What one round costs PostgreSQL on each database it checks, from {@code pg_stat_database}: one session (its
     * login counts one transaction in {@code xact_commit}: InitPostgres reads the catalogs in a transaction of its
     * own) and the check's one {@code READ ONLY} transaction (one in {@code xact_rollback}); nothing else. An agent
     * that sent a statement outside the check (a connection validation, a driver's {@code SET} after login, a
     * version or discovery query on the database) would add a commit to every database of the round. Autovacuum
     * visits every database that has statistics once per {@code autovacuum_naptime} and counts at least two
     * commits there (its worker's login and its scan of {@code pg_class}), so a commit beyond the login is allowed
     * on a few databases only, and never a single one.
     */
    @Test
    @Order(3)
    void aRoundCostsEachDatabaseItsLoginAndTheCheckOnly() throws Exception {
        awaitNoAgentSession();
        Map<String, long[]> before = settledStats();
        Map<String, JsonNode> members;
        long opened;
        // one round: the first starts at once, the next an hour after it ends
        try (OdooAgent agent = agent(AgentConfig.INTERVAL + "=1h")) {
            JsonNode status = awaitStatus(agent, s -> s.path("discovery").path("rounds").asLong() == 1,
                    Duration.ofSeconds(60));
            members = byName(status);
            opened = sessionsOpened(get(agent, "/metrics").body());
        }
        awaitNoAgentSession();
        Map<String, long[]> after = settledStats();

        List<String> checked = members.keySet().stream()
                .filter(n -> !"unmapped".equals(members.get(n).path("state").asText())).sorted().toList();
        assertThat(checked).hasSize(49).contains("odoo_prod", notOdoo.get(0), drifted.get(0));
        // the round's sessions: one listing of pg_database (on the discovery database, outside the fleet) and
        // one check per database
        assertThat(opened).as("sessions opened by the round").isEqualTo(1 + checked.size());
        boolean sessionsCounted = serverMajor() >= 14;
        List<String> extra = new ArrayList<>();
        for (String db : checked) {
            long[] b = before.getOrDefault(db, new long[3]);
            long[] a = after.get(db);
            long commits = a[0] - b[0];
            long rollbacks = a[1] - b[1];
            long logins = sessionsCounted ? a[2] - b[2] : 1;
            assertThat(logins).as("sessions on " + db + " (pg_stat_database.sessions)").isEqualTo(1);
            assertThat(rollbacks).as("the check's READ ONLY transaction on " + db).isEqualTo(1);
            long beyondLogin = commits - logins;
            assertThat(beyondLogin).as("commits on " + db + " beyond its login: autovacuum's visit counts two or"
                    + " more, a statement of the agent outside its check one").isNotEqualTo(1).isNotNegative();
            if (beyondLogin > 0) {
                extra.add(db + " +" + beyondLogin);
            }
        }
        System.out.printf("fleet round: %d databases, each 1 session and 1 rollback; commits beyond the login "
                + "(autovacuum) on %s%n", checked.size(), extra);
        // autovacuum visits ~(databases with statistics) / autovacuum_naptime databases a second, whatever the
        // agent does: a few in a round of seconds here, more under load; a statement of the agent would be on all
        assertThat(extra).as("databases with commits beyond the login").hasSizeLessThan(checked.size() / 2);
    }

    private static long sessionsOpened(String metrics) {
        return metrics.lines().filter(l -> l.startsWith("odooops_fleet_sessions_opened_total "))
                .mapToLong(l -> Long.parseLong(l.substring(l.indexOf(' ') + 1).trim())).findFirst()
                .orElseThrow(() -> new AssertionError("no odooops_fleet_sessions_opened_total in " + metrics));
    }

    private static void awaitNoAgentSession() throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (Connection c = TestPostgres.get().admin(); Statement s = c.createStatement()) {
            while (true) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity "
                        + "WHERE application_name = 'odooops-agent'")) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("agent sessions still open after 30 s");
                }
                Thread.sleep(20);
            }
        }
    }

    /**
     * {@code xact_commit}, {@code xact_rollback} and {@code sessions} (0 before PostgreSQL 14) of every database,
     * once two readings 300 ms apart agree on this run's databases: a session's counts reach the view when its
     * backend exits, a moment after it left {@code pg_stat_activity}.
     */
    private static Map<String, long[]> settledStats() throws SQLException, InterruptedException {
        Map<String, long[]> last = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (Connection c = TestPostgres.get().admin(); Statement s = c.createStatement()) {
            String sessions = serverMajor() >= 14 ? "sessions" : "0";
            while (true) {
                Map<String, long[]> now = new HashMap<>();
                // a statement of its own each time: stats_fetch_consistency caches a transaction's reads
                try (ResultSet rs = s.executeQuery("SELECT datname, xact_commit, xact_rollback, " + sessions
                        + " FROM pg_stat_database WHERE datname LIKE '" + DEV + "%' OR datname = 'odoo_prod'")) {
                    while (rs.next()) {
                        now.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                    }
                }
                if (last != null && sameCounts(last, now)) {
                    return now;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("pg_stat_database did not settle within 30 s");
                }
                last = now;
                Thread.sleep(300);
            }
        }
    }

    private static int serverMajor() throws SQLException {
        try (Connection c = TestPostgres.get().admin()) {
            return c.getMetaData().getDatabaseMajorVersion();
        }
    }

    private static boolean sameCounts(Map<String, long[]> a, Map<String, long[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, long[]> e : a.entrySet()) {
            if (!java.util.Arrays.equals(e.getValue(), b.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static void neutralize(String name) {
        var config = clean.config().database(new DatabaseEndpoint(
                clean.endpoint().host(), clean.endpoint().port(), clean.endpoint().user(), clean.endpoint().password(),
                name)).build();
        assertThat(JooqNeutralizer.create().neutralize(config).status()).isIn(RunStatus.OK, RunStatus.NO_OP);
    }

    private static long cronsActive(String database) throws SQLException {
        try (Connection c = TestPostgres.get().connect(database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM ir_cron WHERE active")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void watchSessions(AtomicLong most, AtomicBoolean watching) {
        try (Connection c = TestPostgres.get().admin(); Statement s = c.createStatement()) {
            while (watching.get()) {
                // sessions at work (in a statement or a transaction): a backend whose client has just closed its
                // connection lingers as 'idle' for a moment after the agent released the permit, and is not held
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity "
                        + "WHERE application_name = 'odooops-agent' AND state IS DISTINCT FROM 'idle'")) {
                    rs.next();
                    most.accumulateAndGet(rs.getLong(1), Math::max);
                }
                // no pause: a check's session lives a few milliseconds on an idle machine
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, JsonNode> byName(JsonNode status) {
        Map<String, JsonNode> m = new HashMap<>();
        status.path("databases").forEach(d -> m.put(d.path("db").asText(), d));
        return m;
    }

    private JsonNode awaitStatus(OdooAgent agent, Predicate<JsonNode> condition, Duration timeout)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = JSON.readTree(get(agent, "/status").body());
            try {
                if (condition.test(last)) {
                    return last;
                }
            } catch (NullPointerException e) {
                // a database not listed yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("fleet status never matched within " + timeout.toMillis() + " ms; last: "
                + (last == null ? null : last.path("databases_by_state")));
    }

    private HttpResponse<String> get(OdooAgent agent, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(agent.baseUri().resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode rpc(OdooAgent agent, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(agent.baseUri().resolve("/jsonrpc"))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }
}
