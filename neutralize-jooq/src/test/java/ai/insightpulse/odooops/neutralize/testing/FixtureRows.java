package ai.insightpulse.odooops.neutralize.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inserts rows into real Odoo tables of any series, filling every NOT NULL column the test does not care about
 * with a plain value of its type (the required columns differ between 16.0 and 19.0). Values are passed as text
 * and cast by PostgreSQL to the column's type.
 */
public final class FixtureRows {

    private FixtureRows() {
    }

    /** Inserts one row and returns its id. {@code null} values are written as SQL NULL. */
    public static int insert(Connection c, String table, Map<String, ?> values) throws SQLException {
        Map<String, String> types = columnTypes(c, table);
        if (types.isEmpty()) {
            throw new IllegalArgumentException("no table " + table);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (String required : requiredColumns(c, table)) {
            row.put(required, filler(types.get(required)));
        }
        row.putAll(values);
        List<String> cols = new ArrayList<>(row.keySet());
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (")
                .append(String.join(", ", cols)).append(") VALUES (");
        for (int i = 0; i < cols.size(); i++) {
            String type = types.get(cols.get(i));
            if (type == null) {
                throw new IllegalArgumentException("no column " + table + "." + cols.get(i));
            }
            sql.append(i == 0 ? "" : ", ").append("CAST(? AS ").append(castType(type)).append(")");
        }
        sql.append(") RETURNING id");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < cols.size(); i++) {
                Object v = row.get(cols.get(i));
                ps.setString(i + 1, v == null ? null : v.toString());
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Column name to data type, for one table in the current schema. */
    public static Map<String, String> columnTypes(Connection c, String table) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT column_name, data_type FROM information_schema.columns "
                + "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    types.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return types;
    }

    private static List<String> requiredColumns(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = current_schema() AND table_name = ? AND is_nullable = 'NO' "
                + "AND column_default IS NULL ORDER BY ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static String castType(String dataType) {
        return switch (dataType) {
            case "USER-DEFINED", "ARRAY" -> "text";
            default -> dataType;
        };
    }

    private static String filler(String type) {
        return switch (type) {
            case "integer", "bigint", "smallint", "numeric", "double precision", "real" -> "1";
            case "boolean" -> "false";
            case "jsonb", "json" -> "{\"en_US\": \"fixture\"}";
            case "date" -> "2024-01-01";
            case "timestamp without time zone", "timestamp with time zone" -> "2024-01-01 00:00:00";
            case "bytea" -> "\\x00";
            default -> "fixture";
        };
    }
}
