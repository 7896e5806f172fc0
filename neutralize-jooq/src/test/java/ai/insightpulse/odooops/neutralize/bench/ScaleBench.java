package ai.insightpulse.odooops.neutralize.bench;

import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import ai.insightpulse.odooops.neutralize.TargetResult;
import ai.insightpulse.odooops.neutralize.jooq.JooqNeutralizer;
import ai.insightpulse.odooops.neutralize.jooq.internal.spi.ProbedSchema;
import ai.insightpulse.odooops.neutralize.jooq.internal.spi.RunContext;
import ai.insightpulse.odooops.neutralize.jooq.internal.spi.SchemaProbe;
import ai.insightpulse.odooops.neutralize.jooq.internal.spi.Target;
import ai.insightpulse.odooops.neutralize.jooq.internal.TargetCatalog;
import ai.insightpulse.odooops.neutralize.testing.IntegrationSeed;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Times a live run of the whole catalog on an Odoo 18.0 schema holding 100,000 crons, 10,000 mail servers and
 * 1,000 payment providers (plus every seeded integration), re-arming the database before each timed run. Prints
 * median, min and max and the number of statements in the run's one batch. Run by {@code bench/scale.sh}.
 */
public final class ScaleBench {

    private ScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            IntegrationSeed.seed(db);
            int action = ((Number) db.scalar("SELECT min(ir_actions_server_id) FROM ir_cron")).intValue();
            int user = ((Number) db.scalar("SELECT min(user_id) FROM ir_cron")).intValue();
            db.execute("INSERT INTO ir_cron (ir_actions_server_id, user_id, active, interval_number, interval_type, "
                    + "cron_name, nextcall, priority) SELECT " + action + ", " + user + ", true, 1, 'days', "
                    + "'bench ' || g, now(), 5 FROM generate_series(1, 100000) g");
            db.execute("INSERT INTO ir_mail_server (name, smtp_host, smtp_port, smtp_authentication, smtp_encryption, "
                    + "active, sequence) SELECT 'bench ' || g, 'smtp' || g || '.example.com', 587, 'login', "
                    + "'starttls', true, 10 FROM generate_series(1, 10000) g");
            db.execute("INSERT INTO payment_provider (name, code, state, company_id, stripe_secret_key) "
                    + "SELECT jsonb_build_object('en_US', 'bench ' || g), 'stripe', 'enabled', 1, 'sk_live_' || g "
                    + "FROM generate_series(1, 1000) g");
            db.execute("ANALYZE");
            NeutralizeConfig config = db.config().build();
            JooqNeutralizer engine = JooqNeutralizer.create();

            List<Double> millis = new ArrayList<>();
            NeutralizationResult last = null;
            for (int i = 0; i < runs + 1; i++) {
                rearm(db);
                long t0 = System.nanoTime();
                last = engine.neutralize(config);
                double ms = (System.nanoTime() - t0) / 1e6;
                if (i > 0) { // the first run warms up the JVM and PostgreSQL's caches
                    millis.add(ms);
                }
                if (last.failure().isPresent()) {
                    throw new IllegalStateException(last.failure().get().message());
                }
            }
            Collections.sort(millis);
            long rows = last.targets().stream().mapToLong(TargetResult::rows).sum();
            System.out.printf("scale: 100000 crons, 10000 mail servers, 1000 payment providers (Odoo 18.0 schema)%n");
            System.out.printf("live run (ms) over %d runs: median %.0f  min %.0f  max %.0f  (target < 2000)%n",
                    millis.size(), median(millis), millis.get(0), millis.get(millis.size() - 1));
            System.out.printf("rows changed per run: %d (crons %d, mail servers %d, payment providers %d)%n", rows,
                    last.cronsChanged(), last.mailServersChanged(),
                    last.rows(ai.insightpulse.odooops.neutralize.NeutralizationTarget.PAYMENT_PROVIDERS));
            System.out.printf("statements in the one batch: %d; round trips per run: 6 "
                    + "(lock, schema probe, facts+counts, batch, post-check, commit)%n", statements(db));
        }
    }

    /** Puts prod's state back: every cron, server and provider live again, identity and flag reset. */
    private static void rearm(OdooDatabase db) {
        db.execute("UPDATE ir_cron SET active = true; "
                + "UPDATE ir_mail_server SET active = true WHERE smtp_host <> 'invalid'; "
                + "UPDATE payment_provider SET state = 'enabled', stripe_secret_key = 'sk_live_x' WHERE code = 'stripe'; "
                + "UPDATE fetchmail_server SET active = true; "
                + "DELETE FROM ir_config_parameter WHERE key IN ('odooops.neutralized_uuid', 'database.is_neutralized')");
    }

    private static int statements(OdooDatabase db) throws Exception {
        try (var c = db.newConnection()) {
            var dsl = DSL.using(c, SQLDialect.POSTGRES);
            Set<String> tables = new HashSet<>(TargetCatalog.tableNames());
            ProbedSchema schema = SchemaProbe.probe(dsl, tables);
            RunContext context = new RunContext(dsl, schema, db.config().build().cronAllowlist(), db.name());
            int n = 0;
            for (Target t : TargetCatalog.all()) {
                if (t.unavailableReason(schema).isEmpty()) {
                    n += t.steps(context).size();
                }
            }
            return n;
        }
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
