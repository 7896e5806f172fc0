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
 * 18.0 tables, seeded once, then RUNS copies of that database ({@code CREATE DATABASE … TEMPLATE}), each measured
 * the same way: the two yardsticks on the copy, then one live neutralize+sanitize run on it (after a warm-up on a
 * small copy). Medians over the copies: wall time, rows/s, statements and round trips; and two yardsticks of the
 * same copies, both a per-row JDBC loop (read the rows, mask each in Java with the same keyed MD5 pseudonym, one
 * prepared {@code UPDATE … WHERE id = ?} per row):
 * <ul>
 *   <li><b>autocommit</b>, the driver's default and the loop an engineer writes first: every UPDATE its own
 *       transaction and commit (timed on {@link #SAMPLE_AUTOCOMMIT} rows of each table, then the rows are put back
 *       as seeded, untimed, and the tables vacuumed, so the engine finds the copy as seeded);</li>
 *   <li><b>one transaction</b>, the stricter yardstick: the same loop with autocommit off and one commit at the end
 *       (timed on {@link #SAMPLE} rows of each table and rolled back).</li>
 * </ul>
 * Both are extrapolated linearly (per row) to the seeded rows of each table; the output says so.
 */
public final class SanitizeBench {

    /** Rows of each table the one-transaction loop is timed on. */
    private static final int SAMPLE = 5_000;
    /** Rows of each table the autocommit loop is timed on (a commit per row: a WAL flush each). */
    private static final int SAMPLE_AUTOCOMMIT = 2_000;
    private static final String[] TABLES = {"res_partner", "res_users", "mail_message"};

    private SanitizeBench() {
    }

    /** What one copy measured. */
    private record Run(double engineMs, long rows, int statements, int roundTrips, double autocommitMs,
                       double oneTransactionMs, double floorMs, double rewriteFloorMs) {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            sizes.add(Integer.parseInt(a));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(100_000, 1_000_000);
        }
        int runs = Integer.parseInt(System.getenv().getOrDefault("RUNS", "3"));
        warmUp();
        try (OdooDatabase any = OdooDatabase.createDev("18.0")) {
            System.out.printf("PostgreSQL %s, fsync=%s, synchronous_commit=%s, wal_sync_method=%s; %d cores, load "
                    + "average %s; %d copies per size; indexes: %s%n", any.scalar("SHOW server_version"),
                    any.scalar("SHOW fsync"), any.scalar("SHOW synchronous_commit"), any.scalar("SHOW wal_sync_method"),
                    Runtime.getRuntime().availableProcessors(), loadAverage(), runs,
                    "odoo".equals(System.getenv("INDEXES")) ? "Odoo 18.0's own (bench/sql/odoo-18.0-indexes.sql)"
                            : "primary keys only (INDEXES=odoo adds Odoo 18.0's own)");
        }
        System.out.printf("%-9s %-8s %-9s %9s %9s %10s %11s %10s %12s | %15s %7s | %15s %7s | %9s %8s %9s"
                + " | %11s %8s %9s%n",
                "partners", "users", "messages", "ms(med)", "ms(min)", "ms(max)", "rows", "rows/s", "stmts/trips",
                "autocommit ms", "ratio", "1-tx loop ms", "ratio", "floor ms", "x floor", "ceiling",
                "rw floor ms", "x rw fl", "rw ceil");
        List<double[]> perSize = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (int n : sizes) {
            List<Run> measured = measure(n, runs);
            double ms = median(measured.stream().mapToDouble(Run::engineMs).toArray());
            double min = measured.stream().mapToDouble(Run::engineMs).min().orElseThrow();
            double max = measured.stream().mapToDouble(Run::engineMs).max().orElseThrow();
            double auto = median(measured.stream().mapToDouble(Run::autocommitMs).toArray());
            double oneTx = median(measured.stream().mapToDouble(Run::oneTransactionMs).toArray());
            double floor = median(measured.stream().mapToDouble(Run::floorMs).toArray());
            double rewriteFloor = median(measured.stream().mapToDouble(Run::rewriteFloorMs).toArray());
            Run first = measured.get(0);
            long seeded = n + n / 10 + 2L * n;
            System.out.printf("%-9d %-8d %-9d %9.0f %9.0f %10.0f %11d %10.0f %5d/%-6d | %15.0f %6.1fx | %15.0f %6.1fx"
                    + " | %9.0f %7.2fx %8.1fx | %11.0f %7.2fx %8.1fx%n",
                    n, n / 10, 2 * n, ms, min, max, first.rows(), first.rows() / (ms / 1000), first.statements(),
                    first.roundTrips(), auto, auto / ms, oneTx, oneTx / ms, floor, ms / floor, auto / floor,
                    rewriteFloor, ms / rewriteFloor, auto / rewriteFloor);
            details.add(String.format("  %d partners: engine runs %s ms; rows/s engine %.0f, autocommit loop %.0f, "
                    + "one-transaction loop %.0f (per row %.1f / %.1f us)", n,
                    measured.stream().map(r -> String.format("%.0f", r.engineMs())).toList(),
                    first.rows() / (ms / 1000), seeded / (auto / 1000), seeded / (oneTx / 1000),
                    auto * 1000 / seeded, oneTx * 1000 / seeded));
            perSize.add(new double[] {n, ms});
        }
        details.forEach(System.out::println);
        for (int i = 1; i < perSize.size(); i++) {
            double[] a = perSize.get(i - 1);
            double[] b = perSize.get(i);
            System.out.printf("growth %.0f -> %.0f partners: rows x%.1f, engine time x%.2f (%s)%n", a[0], b[0],
                    b[0] / a[0], b[1] / a[1], b[1] / a[1] <= b[0] / a[0] * 1.05 ? "linear or better" : "worse than linear");
        }
        System.out.println("medians over the copies (a sanitized copy is sanitized once, so each run has a copy of its "
                + "own); ratio = yardstick / engine. Yardsticks: the per-row JDBC loop (read, mask in Java, one UPDATE "
                + "per row), with autocommit (the driver default: one commit per row; timed on " + SAMPLE_AUTOCOMMIT
                + " rows of each of res_partner, res_users and mail_message, put back untimed) and in one transaction "
                + "(timed on " + SAMPLE + " rows of each, rolled back), on each copy just before its run, "
                + "extrapolated linearly per row to the seeded rows of each table. "
                + "Floor: PostgreSQL writing the same rows with nothing computed (UPDATE res_partner SET email = email, "
                + "the same for res_users.login and mail_message.email_from, one transaction, rolled back) on a copy "
                + "of its own for each run; x floor = engine / floor; ceiling = autocommit loop / floor, the most any "
                + "in-place UPDATE could reach against that yardstick here (the engine rewrites a large table instead "
                + "when most of it is pending, see TableRewrite). Rewrite floor (rw): the same three columns "
                + "rewritten by ALTER TABLE ... ALTER COLUMN ... TYPE <its own type> USING coalesce(column), nothing "
                + "computed: every row written once and every index rebuilt, as the engine's rewrite does (without "
                + "its ANALYZE), one transaction, rolled back; rw ceil = autocommit loop / rewrite floor, the most "
                + "any run that writes every row once can reach against that yardstick here. "
                + "Statements and round trips are counted on the JDBC connection. Load average at the end: "
                + loadAverage() + ".");
    }

    private static String loadAverage() {
        try {
            String l = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
            String[] f = l.split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException e) {
            return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static List<Run> measure(int n, int runs) throws Exception {
        List<Run> measured = new ArrayList<>();
        try (OdooDatabase seeded = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(seeded);
            try (InputStream in = SanitizeBench.class.getResourceAsStream("/odoo/18.0/sanitize-tables-18.0.sql")) {
                seeded.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            int company = ((Number) seeded.scalar("SELECT min(id) FROM res_company")).intValue();
            seeded.execute("INSERT INTO res_partner (name, email, email_normalized, phone, street, city, is_company, "
                    + "type, autopost_bills) SELECT 'Person ' || g, 'person' || g || '@customer-domain.be', "
                    + "'person' || g || '@customer-domain.be', '+32 475 ' || lpad(g::text, 6, '0'), 'Street ' || g, "
                    + "'City', g % 10 = 0, 'contact', 'ask' FROM generate_series(1, " + n + ") g");
            seeded.execute("INSERT INTO res_users (login, partner_id, company_id, password, notification_type) "
                    + "SELECT 'person' || g || '@customer-domain.be', g, " + company + ", 'hash' || g, 'email' "
                    + "FROM generate_series(1, " + (n / 10) + ") g");
            seeded.execute("INSERT INTO mail_message (message_type, author_id, email_from) SELECT 'email', "
                    + "(g % " + n + ") + 1, '\"P\" <person' || ((g % " + n + ") + 1) || '@customer-domain.be>' "
                    + "FROM generate_series(1, " + (2 * n) + ") g");
            if ("odoo".equals(System.getenv("INDEXES"))) {
                // the indexes a real 18.0 database has on these tables: every row version written pays for them
                seeded.execute(java.nio.file.Files.readString(
                        java.nio.file.Path.of("bench/sql/odoo-18.0-indexes.sql")));
            }
            seeded.execute("VACUUM ANALYZE");
            for (int run = 0; run < runs; run++) {
                double floor;
                double rewriteFloor;
                try (OdooDatabase db = seeded.copy()) {
                    // the rewrite first: rolled back, it leaves the table as it was; the rolled-back UPDATE leaves
                    // every row's dead version behind
                    rewriteFloor = rewriteFloor(db);
                    floor = floor(db);
                }
                try (OdooDatabase db = seeded.copy()) {
                    Run r = measureCopy(db, n);
                    measured.add(new Run(r.engineMs(), r.rows(), r.statements(), r.roundTrips(), r.autocommitMs(),
                            r.oneTransactionMs(), floor, rewriteFloor));
                }
            }
        }
        return measured;
    }

    private static Run measureCopy(OdooDatabase db, int n) throws Exception {
        NeutralizeConfig config = db.config().sanitization(Sanitization.on(Optional.empty(), Set.of())).build();
        ScaleBench.StatementCounter counter = new ScaleBench.StatementCounter();
        JooqNeutralizer engine = JooqNeutralizer.using(c -> counter.wrap(ConnectionSource.driverManager().open(c)));
        long[] rowsPerTable = {n, n / 10, 2L * n};
        // the yardsticks first, on rows the engine will change next (rolled back, or put back): both see the same
        // table state
        double oneTx = 0;
        double autocommit = 0;
        for (int t = 0; t < TABLES.length; t++) {
            oneTx += perRowLoop(db, TABLES[t], rowsPerTable[t], false);
        }
        for (int t = 0; t < TABLES.length; t++) {
            autocommit += perRowLoop(db, TABLES[t], rowsPerTable[t], true);
        }
        db.execute("VACUUM ANALYZE res_partner, res_users, mail_message");
        counter.reset();
        long t0 = System.nanoTime();
        NeutralizationResult result = engine.neutralize(config);
        double ms = (System.nanoTime() - t0) / 1e6;
        if (result.failure().isPresent()) {
            throw new IllegalStateException(result.failure().get().message());
        }
        long rows = result.targets().stream().mapToLong(TargetResult::rows).sum();
        return new Run(ms, rows, counter.statements.get(), counter.roundTrips.get(), autocommit, oneTx, 0, 0);
    }

    /**
     * PostgreSQL's own floor for an in-place rewrite of the rows the engine masks: every row of the three tables
     * written once with its own value (a new row version, its index entries and WAL, as any UPDATE pays), nothing
     * computed, in one transaction, rolled back. Milliseconds.
     */
    private static double floor(OdooDatabase db) throws Exception {
        try (Connection c = db.newConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            s.executeUpdate("UPDATE res_partner SET email = email");
            s.executeUpdate("UPDATE res_users SET login = login");
            s.executeUpdate("UPDATE mail_message SET email_from = email_from");
            double ms = (System.nanoTime() - t0) / 1e6;
            c.rollback();
            return ms;
        }
    }

    /**
     * PostgreSQL's own floor for writing every row once: the three tables rewritten by {@code ALTER TABLE … ALTER
     * COLUMN c TYPE <its own type> USING coalesce(c)} (a plain reference to the column would be no rewrite at all),
     * which writes each row once into a new file and builds every index again, as the engine's rewrite does; nothing
     * computed and no {@code ANALYZE}; one transaction, rolled back. Milliseconds.
     */
    private static double rewriteFloor(OdooDatabase db) throws Exception {
        String[][] columns = {{"res_partner", "email"}, {"res_users", "login"}, {"mail_message", "email_from"}};
        try (Connection c = db.newConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            List<String> statements = new ArrayList<>();
            for (String[] tc : columns) {
                try (ResultSet rs = s.executeQuery("SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                        + "WHERE attrelid = '" + tc[0] + "'::regclass AND attname = '" + tc[1] + "'")) {
                    rs.next();
                    statements.add("ALTER TABLE " + tc[0] + " ALTER COLUMN " + tc[1] + " TYPE " + rs.getString(1)
                            + " USING coalesce(" + tc[1] + ")");
                }
            }
            long t0 = System.nanoTime();
            for (String statement : statements) {
                s.execute(statement);
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            c.rollback();
            return ms;
        }
    }

    /** A warm-up run (and loops) on a small copy: class loading and JIT are not part of the figures. */
    private static void warmUp() throws Exception {
        try (OdooDatabase db = OdooDatabase.createDev("18.0")) {
            ProdLikeSeed.seed(db);
            try (InputStream in = SanitizeBench.class.getResourceAsStream("/odoo/18.0/sanitize-tables-18.0.sql")) {
                db.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            // the loops' code too: JIT and the driver's first statements are not part of the yardsticks either
            for (String table : TABLES) {
                perRowLoop(db, table, 1, false);
                perRowLoop(db, table, 1, true);
            }
            JooqNeutralizer.create().neutralize(db.config().sanitization(
                    Sanitization.on(Optional.empty(), Set.of())).build());
        }
    }

    /**
     * The per-row JDBC loop over {@code table}, timed on a sample and extrapolated to {@code rows}: read the rows'
     * personal columns, mask them in Java (the same keyed MD5 pseudonym), one prepared UPDATE per row. With
     * {@code autocommit}, the driver's default: each UPDATE commits (SAMPLE_AUTOCOMMIT rows, written back as they
     * were afterwards, untimed); without, one transaction (SAMPLE rows, rolled back). Either way the engine then
     * finds the table's values as seeded. Milliseconds for {@code rows}.
     */
    private static double perRowLoop(OdooDatabase db, String table, long rows, boolean autocommit) throws Exception {
        int sample = autocommit ? SAMPLE_AUTOCOMMIT : SAMPLE;
        String restored = switch (table) {
            case "res_partner" -> "email, email_normalized, phone, name, street, city";
            case "res_users" -> "login, password, totp_secret, oauth_access_token";
            default -> "email_from, reply_to, message_type";
        };
        if (autocommit) {
            db.execute("DROP TABLE IF EXISTS bench_keep; CREATE UNLOGGED TABLE bench_keep AS SELECT id, " + restored
                    + " FROM " + table + " ORDER BY id LIMIT " + sample);
        }
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
        double ms;
        int done = 0;
        try (Connection c = db.newConnection()) {
            c.setAutoCommit(autocommit);
            long t0 = System.nanoTime();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT id, " + columns + " FROM " + table + " ORDER BY id LIMIT " + sample);
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
            ms = (System.nanoTime() - t0) / 1e6;
            if (!autocommit) {
                c.rollback();
            }
        }
        if (autocommit) {
            // the committed rows back as seeded, in one statement: the engine must find what it would have found
            db.execute("UPDATE " + table + " t SET (" + restored + ") = (SELECT " + restored + " FROM bench_keep k "
                    + "WHERE k.id = t.id) WHERE t.id IN (SELECT id FROM bench_keep); DROP TABLE bench_keep");
        }
        return done == 0 ? 0 : ms / done * rows;
    }

    private static String hex(byte[] bytes) {
        StringBuilder b = new StringBuilder();
        for (byte x : bytes) {
            b.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
        }
        return b.toString();
    }
}
