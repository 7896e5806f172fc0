package ai.insightpulse.odooops.lifecycle.internal;

import ai.insightpulse.odooops.neutralize.jooq.sql.SqlScriptReader;
import ai.insightpulse.odooops.neutralize.jooq.sql.SqlScriptReader.MetaCommand;
import ai.insightpulse.odooops.neutralize.jooq.sql.SqlScriptReader.Piece;
import ai.insightpulse.odooops.neutralize.jooq.sql.SqlScriptReader.Statement;
import ai.insightpulse.odooops.neutralize.Failure;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.PGCopyOutputStream;
import org.postgresql.util.PSQLException;

/**
 * Runs a plain-SQL dump (a file, or the script pg_restore writes for an archive) into the copy: each statement
 * the {@link DumpVetting} lets through is sent over JDBC, each {@code COPY … FROM stdin} with its data through the
 * COPY protocol, all in one transaction on a connection of the {@link RestoreRole}. No psql is involved, so no
 * meta-command can run whatever the file says; a failure anywhere rolls everything back.
 */
final class PlainDumpRestore {

    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(2);
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private final String source;
    private final LongConsumer progress;
    private long nextProgress;

    /**
     * @param source   the dump, for messages
     * @param progress told the number of bytes read, every few seconds
     */
    PlainDumpRestore(String source, LongConsumer progress) {
        this.source = source;
        this.progress = progress;
    }

    /**
     * Reads {@code sql} to its end and commits what it restored into the database of {@code copy}.
     *
     * @throws CopyFailure a refusal (config: exit 1) for anything beyond schema and data, including what
     *                     PostgreSQL refused for lack of privilege; a database failure for any other error
     */
    void run(InputStream sql, Connection copy) {
        DumpVetting vetting = new DumpVetting(source);
        SqlScriptReader reader = new SqlScriptReader(sql);
        nextProgress = System.nanoTime() + PROGRESS_INTERVAL.toNanos();
        int line = 0;
        try {
            copy.setAutoCommit(false);
            try (java.sql.Statement statement = copy.createStatement()) {
                statement.setEscapeProcessing(false);
                for (Piece piece = reader.next(); piece != null; piece = reader.next()) {
                    line = piece.line();
                    if (piece instanceof MetaCommand meta) {
                        vetting.decide(meta);
                    } else if (piece instanceof Statement s) {
                        switch (vetting.decide(s)) {
                            case EXECUTE -> statement.execute(s.sql());
                            case COPY_IN -> copyIn(copy, s.sql(), reader);
                            case SKIP -> {
                                // pg_dump's own, for a database this restore never touches
                            }
                        }
                    }
                    tick(reader);
                }
            }
            copy.commit();
        } catch (SqlScriptReader.ScriptFormatException e) {
            rollback(copy);
            throw vetting.refusal(e.line(), e.getMessage());
        } catch (SQLException e) {
            rollback(copy);
            throw failure(line, e);
        } catch (IOException e) {
            rollback(copy);
            throw new CopyFailure(Failure.Kind.INTERNAL, "cannot read the dump " + source + " at line " + line + ": "
                    + e.getMessage());
        } catch (RuntimeException e) {
            rollback(copy);
            throw e;
        }
    }

    /**
     * Reads a script that holds no data (pg_restore's post-data section) to its end and returns the statements the
     * {@link DumpVetting} lets through, in order, to be run by {@link #execute}.
     *
     * @throws CopyFailure a refusal, as {@link #run} would give, or for a {@code COPY … FROM stdin}
     */
    List<Statement> vet(InputStream sql) {
        DumpVetting vetting = new DumpVetting(source);
        SqlScriptReader reader = new SqlScriptReader(sql);
        List<Statement> statements = new ArrayList<>();
        try {
            for (Piece piece = reader.next(); piece != null; piece = reader.next()) {
                if (piece instanceof MetaCommand meta) {
                    vetting.decide(meta);
                } else if (piece instanceof Statement s) {
                    switch (vetting.decide(s)) {
                        case EXECUTE -> statements.add(s);
                        case COPY_IN -> throw vetting.refusal(s.line(), "table data where none is expected");
                        case SKIP -> {
                            // pg_dump's own, for a database this restore never touches
                        }
                    }
                }
            }
        } catch (SqlScriptReader.ScriptFormatException e) {
            throw vetting.refusal(e.line(), e.getMessage());
        } catch (IOException e) {
            throw new CopyFailure(Failure.Kind.INTERNAL, "cannot read the dump " + source + ": " + e.getMessage());
        }
        return statements;
    }

    /** Runs statements {@link #vet} returned, in one transaction on {@code copy}; errors as {@link #run} gives. */
    void execute(Connection copy, List<Statement> statements) {
        int line = 0;
        try {
            copy.setAutoCommit(false);
            try (java.sql.Statement statement = copy.createStatement()) {
                statement.setEscapeProcessing(false);
                for (Statement s : statements) {
                    line = s.line();
                    statement.execute(s.sql());
                }
            }
            copy.commit();
        } catch (SQLException e) {
            rollback(copy);
            throw failure(line, e);
        }
    }

    private void copyIn(Connection copy, String sql, SqlScriptReader reader) throws SQLException, IOException {
        CopyIn in = copy.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        boolean ended = false;
        try {
            PGCopyOutputStream data = new PGCopyOutputStream(in, 1 << 16);
            reader.copyData(new FilterOutputStream(data) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    data.write(b, off, len);
                    tick(reader);
                }
            });
            data.endCopy();
            ended = true;
        } catch (IOException e) {
            // the driver reports a server error during COPY as an IOException around the SQLException
            if (e.getCause() instanceof SQLException sql2) {
                throw sql2;
            }
            throw e;
        } finally {
            if (!ended && in.isActive()) {
                try {
                    in.cancelCopy();
                } catch (SQLException ignored) {
                    // the error that got us here is the one to report
                }
            }
        }
    }

    private void tick(SqlScriptReader reader) {
        long now = System.nanoTime();
        if (now - nextProgress >= 0) {
            nextProgress = now + PROGRESS_INTERVAL.toNanos();
            progress.accept(reader.bytesRead());
        }
    }

    /** A server error: a refusal when PostgreSQL denied a privilege the dump tried to use, else a database error. */
    private CopyFailure failure(int line, SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("");
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null
                && p.getServerErrorMessage().getMessage() != null) {
            message = p.getServerErrorMessage().getMessage(); // never its DETAIL, which can quote row values
        }
        if (INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) {
            return new DumpVetting(source).refusal(line, "PostgreSQL refused it: " + message + " (a dump is restored "
                    + "as a role that owns only the copy)");
        }
        String state = e.getSQLState() == null ? "" : " [SQLSTATE " + e.getSQLState() + "]";
        return new CopyFailure(Failure.Kind.DATABASE, "restoring the dump " + source + " failed at line " + line
                + ": " + message + state);
    }

    private static void rollback(Connection copy) {
        try {
            copy.rollback();
        } catch (SQLException ignored) {
            // the connection is closed by the caller and the copy dropped: nothing of it is kept anyway
        }
    }
}
