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
import java.security.MessageDigest;
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
 * 18.0 tables, one live neutralize+sanitize run after a warm-up on a small copy: wall time, rows/s, statements and
 * round trips; and the yardstick of the same run: a per-row JDBC loop (read, mask in Java, one prepared UPDATE per
 * row, one transaction) timed on SAMPLE rows of each table of the same copy and extrapolated (said in the output).
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
        warmUp();
        for (int n : sizes) {
            measure(n);
        }
        System.out.println("one run per size (a sanitized copy is sanitized once); the loop yardstick (read, mask in Java, one "
                + "UPDATE per row, one transaction) is timed on " + SAMPLE + " rows of each of res_partner, res_users "
                + "and mail_message of the same copy just before the run (rolled back) and extrapolated linearly to "
                + "the seeded rows of each table. "
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
            db.execute("VACUUM ANALYZE");
            NeutralizeConfig config = db.config().sanitization(Sanitization.on(Optional.empty(), Set.of())).build();
            ScaleBench.StatementCounter counter = new ScaleBench.StatementCounter();
            JooqNeutralizer engine = JooqNeutralizer.using(c -> counter.wrap(ConnectionSource.driverManager().open(c)));
            // the yardstick first, on rows the engine will change next (rolled back): both see the same table state
            double loopMs = perRowLoop(db, "res_partner", n) + perRowLoop(db, "res_users", n / 10)
                    + perRowLoop(db, "mail_message", 2L * n);
            counter.reset();
            long t0 = System.nanoTime();
            NeutralizationResult result = engine.neutralize(config);
            double ms = (System.nanoTime() - t0) / 1e6;
            if (result.failure().isPresent()) {
                throw new IllegalStateException(result.failure().get().message());
            }
            long rows = result.targets().stream().mapToLong(TargetResult::rows).sum();
            System.out.printf("%-9d %-8d %-9d %9.0f %11d %10.0f %5d/%-6d %14.0f %7.1fx%n", n, n / 10, 2 * n, ms,
                    rows, rows / (ms / 1000), counter.statements.get(), counter.roundTrips.get(), loopMs,
                    loopMs / ms);
        }
    }

    /** A warm-up run on a small copy: class loading and JIT are not part of the figures. */
    private static void warmUp() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            try (InputStream in = SanitizeBench.class.getResourceAsStream("/odoo/18.0/sanitize-tables-18.0.sql")) {
                db.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            JooqNeutralizer.create().neutralize(db.config().sanitization(
                    Sanitization.on(Optional.empty(), Set.of())).build());
        }
    }

    /**
     * The per-row JDBC loop over {@code table}, timed on SAMPLE rows and extrapolated to {@code rows}: read a row's
     * personal columns, mask them in Java (the same keyed MD5 pseudonym), one prepared UPDATE per row, one
     * transaction (rolled back, so the engine then finds the table as seeded). Milliseconds for {@code rows}.
     */
    private static double perRowLoop(OdooDatabase db, String table, long rows) throws Exception {
        String columns = switch (table) {
            case "res_partner" -> "email, phone, name";
            case "res_users" -> "login, password, partner_id::text";
            default -> "email_from, email_from, email_from";
        };
        String update = switch (table) {
            case "res_partner" -> "UPDATE res_partner SET email = ?, email_normalized = ?, phone = ?, name = ?, "
                    + "street = NULL, city = NULL WHERE id = ?";
            case "res_users" -> "UPDATE res_users SET login = ?, password = ?, totp_secret = ?, "
                    + "oauth_access_token = ? WHERE id = ?";
            default -> "UPDATE mail_message SET email_from = ?, reply_to = ?, author_id = author_id, "
                    + "subject = subject, message_type = ? WHERE id = ?";
        };
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        try (Connection c = db.newConnection()) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            int done = 0;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT id, " + columns + " FROM " + table + " ORDER BY id LIMIT " + SAMPLE);
                 PreparedStatement ps = c.prepareStatement(update)) {
                List<Object[]> read = new ArrayList<>();
                while (rs.next()) {
                    read.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
                for (Object[] row : read) {
                    String masked = "test+" + hex(md5.digest(("key:" + row[1]).getBytes(StandardCharsets.UTF_8)))
                            .substring(0, 16) + "@example.com";
                    String fake = "+999" + Math.abs(String.valueOf(row[2]).hashCode());
                    switch (table) {
                        case "res_partner" -> {
                            ps.setString(1, masked);
                            ps.setString(2, masked);
                            ps.setString(3, fake);
                            ps.setString(4, "Contact " + row[0]);
                            ps.setLong(5, (Long) row[0]);
                        }
                        case "res_users" -> {
                            ps.setString(1, masked);
                            ps.setString(2, null);
                            ps.setString(3, null);
                            ps.setString(4, null);
                            ps.setLong(5, (Long) row[0]);
                        }
                        default -> {
                            ps.setString(1, masked);
                            ps.setString(2, null);
                            ps.setString(3, "email");
                            ps.setLong(4, (Long) row[0]);
                        }
                    }
                    ps.executeUpdate();
                    done++;
                }
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            c.rollback();
            return done == 0 ? 0 : ms / done * rows;
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder b = new StringBuilder();
        for (byte x : bytes) {
            b.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
        }
        return b.toString();
    }
}
