package ai.insightpulse.odooops.neutralize.jooq.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens the one connection of a run; the run closes it. */
@FunctionalInterface
public interface ConnectionOpener {

    /** A connection to the run's database. */
    Connection open() throws SQLException;
}
