package ai.insightpulse.odooops.neutralize.bench;

import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import ai.insightpulse.odooops.neutralize.Sanitization;
import ai.insightpulse.odooops.neutralize.TargetResult;
import ai.insightpulse.odooops.neutralize.jooq.ConnectionSource;
import ai.insightpulse.odooops.neutralize.jooq.JooqNeutralizer;
import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sanitize step at scale (issue 17): for each N partners, N/10 users (email logins) and 2N messages on the real
 * 18.0 tables, one live neutralize+sanitize run: wall time, rows/s, statements and round trips; and the yardstick of
 * the same run: a per-row JDBC loop (one prepared UPDATE per partner row, batched commits) timed on a sample of
 * SAMPLE partner rows and extrapolated to the rows the engine changed (said in the output).
 */
public final class SanitizeBench {

    private static final int SAMPLE = 5_000;

    private SanitizeBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            sizes.add(Integer.parseInt(a));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(100_000, 1_000_000);
        }
        System.out.printf("%-9s %-8s %-9s %9s %11s %10s %12s %14s %8s%n", "partners", "users", "messages", "ms",
                "rows", "rows/s", "stmts/trips", "loop ms (est)", "ratio");
        for (int n : sizes) {
            measure(n);
        }
        System.out.println("one run per size (a sanitized copy is sanitized once); the loop yardstick is timed on "
                + SAMPLE + " partner rows in the same run and extrapolated linearly to every row changed. "
                + "Statements and round trips are counted on the JDBC connection.");
    }

    private static void measure(int n) throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            try (InputStream in = SanitizeBench.class.getResourceAsStream("/odoo/18.0/sanitize-tables-18.0.sql")) {
                db.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            int company = ((Number) db.scalar("SELECT min(id) FROM res_company")).intValue();
            db.execute("INSERT INTO res_partner (name, email, email_normalized, phone, street, city, is_company, "
                    + "type, autopost_bills) SELECT 'Person ' || g, 'person' || g || '@customer-domain.be', "
                    + "'person' || g || '@customer-domain.be', '+32 475 ' || lpad(g::text, 6, '0'), 'Street ' || g, "
                    + "'City', g % 10 = 0, 'contact', 'ask' FROM generate_series(1, " + n + ") g");
            db.execute("INSERT INTO res_users (login, partner_id, company_id, password, notification_type) "
                    + "SELECT 'person' || g || '@customer-domain.be', g, " + company + ", 'hash' || g, 'email' "
                    + "FROM generate_series(1, " + (n / 10) + ") g");
            db.execute("INSERT INTO mail_message (message_type, author_id, email_from) SELECT 'email', "
                    + "(g % " + n + ") + 1, '\"P\" <person' || ((g % " + n + ") + 1) || '@customer-domain.be>' "
                    + "FROM generate_series(1, " + (2 * n) + ") g");
            db.execute("ANALYZE");
            NeutralizeConfig config = db.config().sanitization(Sanitization.on(Optional.empty(), Set.of())).build();
            ScaleBench.StatementCounter counter = new ScaleBench.StatementCounter();
            JooqNeutralizer engine = JooqNeutralizer.using(c -> counter.wrap(ConnectionSource.driverManager().open(c)));
            counter.reset();
            long t0 = System.nanoTime();
            NeutralizationResult result = engine.neutralize(config);
            double ms = (System.nanoTime() - t0) / 1e6;
            if (result.failure().isPresent()) {
                throw new IllegalStateException(result.failure().get().message());
            }
            long rows = result.targets().stream().mapToLong(TargetResult::rows).sum();
            double loopMsPerRow = perRowLoop(db);
            double loopMs = loopMsPerRow * rows;
            System.out.printf("%-9d %-8d %-9d %9.0f %11d %10.0f %5d/%-6d %14.0f %7.1fx%n", n, n / 10, 2 * n, ms,
                    rows, rows / (ms / 1000), counter.statements.get(), counter.roundTrips.get(), loopMs,
                    loopMs / ms);
        }
    }

    /** Milliseconds per row of a per-row JDBC update loop (read, mask in Java, one UPDATE per row, one commit). */
    private static double perRowLoop(OdooDatabase db) throws Exception {
        try (Connection c = db.newConnection()) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            List<long[]> ids = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT id FROM res_partner ORDER BY id LIMIT " + SAMPLE)) {
                while (rs.next()) {
                    ids.add(new long[] {rs.getLong(1)});
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE res_partner SET email = ?, phone = ?, "
                    + "name = ?, street = NULL WHERE id = ?")) {
                for (long[] id : ids) {
                    ps.setString(1, "loop+" + id[0] + "@example.com");
                    ps.setString(2, "+999" + id[0]);
                    ps.setString(3, "Contact " + id[0]);
                    ps.setLong(4, id[0]);
                    ps.executeUpdate();
                }
            }
            c.commit();
            return (System.nanoTime() - t0) / 1e6 / ids.size();
        }
    }
}
