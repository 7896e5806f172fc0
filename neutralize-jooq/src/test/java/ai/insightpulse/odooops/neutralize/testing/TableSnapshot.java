package ai.insightpulse.odooops.neutralize.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every row of every table of a database, as text, in primary-key order: two snapshots are equal exactly when no
 * row was inserted, deleted or changed.
 *
 * @param rows table name to its rows rendered as text
 */
public record TableSnapshot(Map<String, List<String>> rows) {

    /** Reads every table of the current schema. */
    public static TableSnapshot of(Connection c) {
        Map<String, List<String>> rows = new TreeMap<>();
        try (Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                List<String> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT t::text FROM ONLY " + t + " t ORDER BY 1")) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                rows.put(t, out);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new TableSnapshot(rows);
    }

    /**
     * The same snapshot without the identity a neutralized copy draws at random ({@code database.uuid},
     * {@code database.secret} and our marker of them): two copies neutralized alike are then equal.
     */
    public TableSnapshot withoutCopyIdentity() {
        Map<String, List<String>> copy = new TreeMap<>(rows);
        copy.computeIfPresent("ir_config_parameter", (table, list) -> list.stream()
                .filter(row -> !row.contains(",database.uuid,") && !row.contains(",database.secret,")
                        && !row.contains(",odooops.neutralized_uuid,"))
                .toList());
        return new TableSnapshot(copy);
    }

    /** Tables whose rows differ from {@code other}'s. */
    public List<String> tablesDifferingFrom(TableSnapshot other) {
        List<String> out = new ArrayList<>();
        for (String t : rows.keySet()) {
            if (!rows.get(t).equals(other.rows.get(t))) {
                out.add(t);
            }
        }
        return out;
    }
}
