package ai.insightpulse.odooops.neutralize.jooq;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The databases of a PostgreSQL server that a client could use: {@code pg_database} without templates and without
 * the databases that refuse connections. How the agent's fleet mode finds the databases it watches, at every round,
 * so databases created or dropped since are picked up.
 */
public final class ServerDatabases {

    private static final Table<?> PG_DATABASE = DSL.table(DSL.name("pg_catalog", "pg_database"));
    private static final Field<String> DATNAME = DSL.field(DSL.name("datname"), SQLDataType.VARCHAR);
    private static final Field<Boolean> DATALLOWCONN = DSL.field(DSL.name("datallowconn"), SQLDataType.BOOLEAN);
    private static final Field<Boolean> DATISTEMPLATE = DSL.field(DSL.name("datistemplate"), SQLDataType.BOOLEAN);

    private ServerDatabases() {
    }

    /**
     * The connectable, non-template databases, sorted by name: one auto-commit query on {@code connection} (any
     * database of the server), which the caller closes.
     *
     * @throws SQLException when the query fails
     */
    public static List<String> connectable(Connection connection) throws SQLException {
        try {
            return DSL.using(connection, SQLDialect.POSTGRES).select(DATNAME).from(PG_DATABASE)
                    .where(DATALLOWCONN.isTrue()).and(DATISTEMPLATE.isFalse()).orderBy(DATNAME).fetch(DATNAME);
        } catch (DataAccessException e) {
            throw e.getCause() instanceof SQLException cause ? cause : new SQLException(e.getMessage(), e);
        }
    }
}
