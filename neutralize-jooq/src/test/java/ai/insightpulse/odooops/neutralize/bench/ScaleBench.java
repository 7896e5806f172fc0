package ai.insightpulse.odooops.neutralize.bench;

import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import ai.insightpulse.odooops.neutralize.TargetResult;
import ai.insightpulse.odooops.neutralize.jooq.ConnectionSource;
import ai.insightpulse.odooops.neutralize.jooq.JooqNeutralizer;
import ai.insightpulse.odooops.neutralize.testing.IntegrationSeed;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How the cost of a live run of the whole catalog grows with the data: for each scale N, an Odoo 18.0 schema with
 * N crons, N mail servers and N/100 payment providers (plus every seeded integration; by default also issue 3's
 * 100,000 crons, 10,000 servers, 1,000 providers), re-armed before each timed
 * run. Prints, per scale, median/min/max wall time, rows changed, and the statements and round trips the run sent,
 * counted on the JDBC connection itself. Run by {@code bench/scale.sh}.
 */
public final class ScaleBench {

    private ScaleBench() {
    }

    /**
     * Args: runs per scale (default 7), then the scales (default 1000 10000 100000).
     *
     * @param args runs and scales
     */
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        List<Integer> scales = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            scales.add(Integer.parseInt(args[i]));
        }
        if (scales.isEmpty()) {
            scales = List.of(1_000, 10_000, 100_000);
        }
        System.out.printf("scale: live run of the whole catalog, Odoo 18.0 schema, %d runs per scale after one warm-up%n",
                runs);
        System.out.printf("%-9s %-9s %-9s %8s %8s %8s %10s %11s %12s%n", "crons", "servers", "providers",
                "median", "min", "max", "rows", "statements", "round trips");
        for (int n : scales) {
            measure(n, n, Math.max(1, n / 100), runs);
        }
        if (args.length <= 1) {
            // the figure issue 3 names: 100,000 crons, 10,000 mail servers, 1,000 payment providers
            measure(100_000, 10_000, 1_000, runs);
        }
        System.out.println("times in ms; target at 100k crons / 10k+ servers / 1k providers: < 2000 ms. Statements "
                + "and round trips are counted on the JDBC connection (execute = 1 round trip, a batch = 1, commit = 1).");
    }

    private static void measure(int n, int servers, int providers, int runs) throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            IntegrationSeed.seed(db);
            int action = ((Number) db.scalar("SELECT min(ir_actions_server_id) FROM ir_cron")).intValue();
            int user = ((Number) db.scalar("SELECT min(user_id) FROM ir_cron")).intValue();
            db.execute("INSERT INTO ir_cron (ir_actions_server_id, user_id, active, interval_number, interval_type, "
                    + "cron_name, nextcall, priority) SELECT " + action + ", " + user + ", true, 1, 'days', "
                    + "'bench ' || g, now(), 5 FROM generate_series(1, " + n + ") g");
            db.execute("INSERT INTO ir_mail_server (name, smtp_host, smtp_port, smtp_authentication, smtp_encryption, "
                    + "active, sequence) SELECT 'bench ' || g, 'smtp' || g || '.example.com', 587, 'login', "
                    + "'starttls', true, 10 FROM generate_series(1, " + servers + ") g");
            db.execute("INSERT INTO payment_provider (name, code, state, company_id, stripe_secret_key) "
                    + "SELECT jsonb_build_object('en_US', 'bench ' || g), 'stripe', 'enabled', 1, 'bench_key_' || g "
                    + "FROM generate_series(1, " + providers + ") g");
            db.execute("ANALYZE");
            NeutralizeConfig config = db.config().build();
            StatementCounter counter = new StatementCounter();
            JooqNeutralizer engine = JooqNeutralizer.using(c -> counter.wrap(ConnectionSource.driverManager().open(c)));

            List<Double> millis = new ArrayList<>();
            NeutralizationResult last = null;
            for (int i = 0; i < runs + 1; i++) {
                rearm(db);
                counter.reset();
                long t0 = System.nanoTime();
                last = engine.neutralize(config);
                double ms = (System.nanoTime() - t0) / 1e6;
                if (last.failure().isPresent()) {
                    throw new IllegalStateException(last.failure().get().message());
                }
                if (i > 0) { // the first run warms up the JVM and PostgreSQL's caches
                    millis.add(ms);
                }
            }
            Collections.sort(millis);
            long rows = last.targets().stream().mapToLong(TargetResult::rows).sum();
            System.out.printf("%-9d %-9d %-9d %8.0f %8.0f %8.0f %10d %11d %12d%n", n, servers, providers,
                    median(millis), millis.get(0),
                    millis.get(millis.size() - 1), rows, counter.statements.get(), counter.roundTrips.get());
        }
    }

    /** Puts prod's state back: every cron, server and provider live again, identity and flag reset. */
    private static void rearm(OdooDatabase db) {
        db.execute("UPDATE ir_cron SET active = true; "
                + "UPDATE ir_mail_server SET active = true WHERE smtp_host <> 'invalid'; "
                + "UPDATE payment_provider SET state = 'enabled', stripe_secret_key = 'bench_key' WHERE code = 'stripe'; "
                + "UPDATE fetchmail_server SET active = true; "
                + "DELETE FROM ir_config_parameter WHERE key IN ('odooops.neutralized_uuid', 'database.is_neutralized')");
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Counts what a run sends through its connection: statements, and the round trips they cost. */
    static final class StatementCounter {
        final AtomicInteger statements = new AtomicInteger();
        final AtomicInteger roundTrips = new AtomicInteger();
        private final AtomicInteger pendingBatch = new AtomicInteger();

        void reset() {
            statements.set(0);
            roundTrips.set(0);
        }

        Connection wrap(Connection connection) {
            return proxy(Connection.class, connection, (target, method, args) -> {
                Object result = invoke(target, method, args);
                switch (method.getName()) {
                    case "commit", "rollback" -> roundTrips.incrementAndGet();
                    case "createStatement", "prepareStatement" -> {
                        return wrapStatement((Statement) result);
                    }
                    default -> {
                    }
                }
                return result;
            });
        }

        private Statement wrapStatement(Statement statement) {
            Class<? extends Statement> type = statement instanceof java.sql.PreparedStatement
                    ? java.sql.PreparedStatement.class : Statement.class;
            return proxy(type, statement, (target, method, args) -> {
                switch (method.getName()) {
                    case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" -> {
                        statements.incrementAndGet();
                        roundTrips.incrementAndGet();
                    }
                    case "addBatch" -> pendingBatch.incrementAndGet();
                    case "executeBatch", "executeLargeBatch" -> {
                        statements.addAndGet(pendingBatch.getAndSet(0));
                        roundTrips.incrementAndGet();
                    }
                    default -> {
                    }
                }
                return invoke(target, method, args);
            });
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        @SuppressWarnings("unchecked")
        private static <T> T proxy(Class<? extends T> type, T target, Handler handler) {
            InvocationHandler h = (p, method, args) -> handler.handle(target, method, args);
            return (T) Proxy.newProxyInstance(ScaleBench.class.getClassLoader(), new Class<?>[] {type}, h);
        }

        @FunctionalInterface
        private interface Handler {
            Object handle(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable;
        }
    }
}
