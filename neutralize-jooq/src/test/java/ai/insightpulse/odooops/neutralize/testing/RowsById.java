package ai.insightpulse.odooops.neutralize.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every row of every table that has an {@code id} column, keyed by id: {@link #rowsChangedSince} counts the rows
 * inserted, deleted or updated between two snapshots, which is what a target's count must equal.
 *
 * @param rows table name to id to the row rendered as text
 */
public record RowsById(Map<String, Map<String, String>> rows) {

    /** Reads every table with an {@code id} column in the current schema. */
    public static RowsById of(Connection c) {
        Map<String, Map<String, String>> rows = new TreeMap<>();
        try (Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.columns "
                    + "WHERE table_schema = current_schema() AND column_name = 'id'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                Map<String, String> byId = new HashMap<>();
                try (ResultSet rs = s.executeQuery("SELECT t.id::text, t::text FROM ONLY " + t + " t")) {
                    while (rs.next()) {
                        byId.put(rs.getString(1), rs.getString(2));
                    }
                }
                rows.put(t, byId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new RowsById(rows);
    }

    /** Rows inserted, deleted or changed since {@code before}, per table (tables without change left out). */
    public Map<String, Long> rowsChangedSince(RowsById before) {
        Map<String, Long> changed = new TreeMap<>();
        for (String t : rows.keySet()) {
            Map<String, String> now = rows.get(t);
            Map<String, String> then = before.rows.getOrDefault(t, Map.of());
            Set<String> ids = new HashSet<>(now.keySet());
            ids.addAll(then.keySet());
            long n = ids.stream().filter(id -> !java.util.Objects.equals(now.get(id), then.get(id))).count();
            if (n > 0) {
                changed.put(t, n);
            }
        }
        return changed;
    }
}
