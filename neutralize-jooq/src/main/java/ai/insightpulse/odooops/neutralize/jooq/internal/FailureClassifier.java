package ai.insightpulse.odooops.neutralize.jooq.internal;

import ai.insightpulse.odooops.neutralize.DatabaseEndpoint;
import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import java.sql.SQLException;
import org.jooq.exception.DataAccessException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns what went wrong into a {@link Failure} with a one-line message. Only the server's primary message is
 * used: PostgreSQL's DETAIL can quote row values, and row values can be secrets.
 */
public final class FailureClassifier {

    private FailureClassifier() {
    }

    /** Classifies a failure that happened while {@code phase} (e.g. "connecting", "applying"). */
    public static Failure classify(Throwable error, String phase, NeutralizeConfig config) {
        if (error instanceof ai.insightpulse.odooops.neutralize.jooq.internal.modules.ModuleFailure module) {
            return new Failure(module.failure().kind(), redact(module.failure().message(), config));
        }
        if (error instanceof UnusableDatabase unusable) {
            return new Failure(unusable.failure().kind(), redact(unusable.failure().message(), config));
        }
        SQLException sql = findSqlException(error);
        if (sql == null) {
            return new Failure(Failure.Kind.INTERNAL, redact(phase + ": " + error, config));
        }
        String state = sqlState(sql);
        String message = primaryMessage(sql);
        if ("55P03".equals(state)) {
            return new Failure(Failure.Kind.LOCK_TIMEOUT, redact("a lock was not granted within "
                    + config.lockTimeout().toMillis() + " ms while " + phase
                    + " (an Odoo cron worker or another neutralize run holds it); nothing was changed, retry later",
                    config));
        }
        if (isConnectionState(state)) {
            String outcome = phase.equals("connecting") ? ""
                    : phase.equals("committing") ? "; the commit may or may not have happened: runs are idempotent, retry"
                    : "; nothing was changed";
            return new Failure(Failure.Kind.CONNECTION, redact("database " + config.database().database() + " at "
                    + config.database().host() + ":" + config.database().port() + " while " + phase + ": " + message
                    + outcome, config));
        }
        if ("57014".equals(state)) {
            return new Failure(Failure.Kind.DATABASE, redact("a statement ran longer than "
                    + config.statementTimeout().toMillis() + " ms while " + phase + "; nothing was changed", config));
        }
        return new Failure(Failure.Kind.DATABASE, redact("while " + phase + ": " + message
                + (state == null ? "" : " [SQLSTATE " + state + "]") + "; nothing was changed", config));
    }

    /**
     * Classifies a failure of a statement on a whole server (CREATE/ALTER/DROP DATABASE, a role) while
     * {@code doing} something: connection-class states are {@link Failure.Kind#CONNECTION}, other SQL errors
     * {@link Failure.Kind#DATABASE}, anything else {@link Failure.Kind#INTERNAL}.
     */
    public static Failure classifyOnServer(Throwable error, String doing, DatabaseEndpoint endpoint) {
        SQLException sql = null;
        for (Throwable t = error; t != null && sql == null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                sql = s;
            }
        }
        if (sql == null) {
            return new Failure(Failure.Kind.INTERNAL, endpoint.password().redactFrom(doing + ": " + error));
        }
        String state = sqlState(sql);
        return new Failure(isConnectionState(state) ? Failure.Kind.CONNECTION : Failure.Kind.DATABASE,
                endpoint.password().redactFrom(doing + " on " + endpoint.host() + ":" + endpoint.port() + ": "
                        + primaryMessage(sql) + (state == null ? "" : " [SQLSTATE " + state + "]")));
    }

    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("28") || state.startsWith("57P")
                || state.equals("3D000"));
    }

    private static SQLException findSqlException(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                SQLException next = s.getNextException();
                // a failed batch reports "Batch entry N … was aborted"; the real cause is chained behind it
                return next != null && s.getClass() == java.sql.BatchUpdateException.class ? next : s;
            }
            if (t instanceof DataAccessException && t.getCause() == null) {
                return null;
            }
        }
        return null;
    }

    private static String sqlState(SQLException e) {
        return e.getSQLState();
    }

    private static String primaryMessage(SQLException e) {
        if (e instanceof PSQLException p) {
            ServerErrorMessage server = p.getServerErrorMessage();
            if (server != null && server.getMessage() != null) {
                return server.getMessage();
            }
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    private static String redact(String message, NeutralizeConfig config) {
        return config.database().password().redactFrom(message);
    }
}
