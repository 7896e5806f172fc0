package ai.insightpulse.odooops.lifecycle.internal;

import ai.insightpulse.odooops.lifecycle.PostgresServer;
import ai.insightpulse.odooops.neutralize.DatabaseEndpoint;
import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.Secret;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record5;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;

/**
 * The role a dump is restored, neutralized and verified as: made for one copy and named after it, the owner of
 * that copy and of nothing else, without superuser, CREATEDB, CREATEROLE, REPLICATION or BYPASSRLS, and a member
 * of no role. Whatever a dump carries that a text scan cannot see (a function body, a trigger that fires while
 * the copy is neutralized) runs with these rights only, so PostgreSQL itself refuses programs
 * ({@code COPY … PROGRAM}), server files, other databases, roles and server settings.
 *
 * <p>The restoring user is made a member of the role (so that a restoring user without superuser can create the
 * copy for it and take the copy back), never the other way round. Once the copy is published and verified (as
 * this role), {@link #handBack} gives every object to the restoring user (as {@code pg_restore --no-owner} does)
 * and drops the role. A role left by a killed run has the name of its temporary copy; the next run's sweep drops
 * it with its copy, or hands over the target it had already published.
 */
final class RestoreRole {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter VALID_UNTIL = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final String name;
    private final PostgresServer asRole;

    private RestoreRole(String name, PostgresServer asRole) {
        this.name = name;
        this.asRole = asRole;
    }

    /**
     * Creates the role {@code name} with a random password that only this run knows; the password is hashed on
     * this side ({@code SCRAM-SHA-256}), so it never reaches the server's statement log.
     */
    static RestoreRole create(PostgresServer server, DSLContext admin, Connection adminConnection, String name) {
        String validUntil = VALID_UNTIL.format(OffsetDateTime.now(ZoneOffset.UTC).plusDays(1));
        admin.query("CREATE ROLE {0} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT "
                + "VALID UNTIL {1}", DSL.name(name), DSL.inline(validUntil)).execute();
        admin.query("GRANT {0} TO CURRENT_USER", DSL.name(name)).execute();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        char[] password = HexFormat.of().formatHex(random).toCharArray();
        try {
            adminConnection.unwrap(PGConnection.class).alterUserPassword(name, password, "scram-sha-256");
        } catch (SQLException e) {
            throw new CopyFailure(server.failure("setting the password of the restore role " + name, e));
        }
        DatabaseEndpoint endpoint = server.endpoint();
        PostgresServer asRole = new PostgresServer(new DatabaseEndpoint(endpoint.host(), endpoint.port(), name,
                Secret.of(new String(password)), name), server.maintenanceDb(), server.connectTimeout(),
                server.applicationName());
        return new RestoreRole(name, asRole);
    }

    /** The role's name (also the name of the copy it owns). */
    String name() {
        return name;
    }

    /** A connection to {@code database} as this role, for the engine (which classifies the failure itself). */
    Connection open(String database) throws SQLException {
        return asRole.connect(database);
    }

    /**
     * A connection to {@code database} as this role.
     *
     * @throws CopyFailure when the server refuses the login (pg_hba.conf must let the restoring host log in
     *                     with a password as any role, or at least as roles named {@code odooops_tmp_…})
     */
    Connection connect(String database) {
        try {
            return asRole.connect(database);
        } catch (SQLException e) {
            Failure failure = asRole.failure("logging in as the restore role " + name, e);
            throw new CopyFailure(failure.kind(), failure.message() + " (a dump is restored as a role that owns "
                    + "only the copy: pg_hba.conf must accept a password login for roles named odooops_tmp_*)");
        }
    }

    /**
     * Checks that the restore changed nothing on the copy as a database (its settings, access, connection limit):
     * a dump of data and schema never does, and a target must not inherit what a dump set for it.
     *
     * @param admin    the restoring user's maintenance connection
     * @param database the copy
     * @throws CopyFailure of kind config when it did (exit 1: do not retry)
     */
    void requireDatabaseAsCreated(DSLContext admin, String database) {
        Record5<Integer, Boolean, Boolean, Boolean, Integer> state = admin.resultQuery(
                "SELECT d.datconnlimit, d.datallowconn, d.datistemplate, d.datacl IS NULL, "
                        + "(SELECT count(*)::int FROM pg_catalog.pg_db_role_setting s WHERE s.setdatabase = d.oid "
                        + "AND s.setrole <> (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = {1})) "
                        + "FROM pg_catalog.pg_database d WHERE d.datname = {0}", DSL.val(database), DSL.val(name))
                .coerce(DSL.field("c", Integer.class), DSL.field("a", Boolean.class), DSL.field("t", Boolean.class),
                        DSL.field("acl", Boolean.class), DSL.field("s", Integer.class))
                .fetchOne();
        if (state == null) {
            throw new CopyFailure(Failure.Kind.DATABASE, "the copy " + database + " disappeared during the restore");
        }
        if (state.value1() != -1 || !state.value2() || state.value3() || !state.value4() || state.value5() != 0) {
            throw new CopyFailure(Failure.Kind.CONFIG, "refusing the dump: it changed the copy as a database "
                    + "(its settings, access rights or connection limit), which a dump of data and schema never "
                    + "does; nothing was published");
        }
    }

    /** Gives {@code database} and everything in it to the restoring user, then drops this role. */
    void handBack(DSLContext admin, PostgresServer server, String database) {
        handBack(admin, server, database, name);
        drop(admin, name);
    }

    /**
     * Gives {@code database} (if {@code role} owns it) and every object {@code role} owns in it to the restoring
     * user. Only catalog changes: nothing the dump defined runs.
     */
    static void handBack(DSLContext admin, PostgresServer server, String database, String role) {
        admin.query("ALTER DATABASE {0} OWNER TO CURRENT_USER", DSL.name(database)).execute();
        try (Connection copy = server.connect(database)) {
            DSLContext dsl = PostgresServer.dsl(copy);
            dsl.query("REASSIGN OWNED BY {0} TO CURRENT_USER", DSL.name(role)).execute();
            dsl.query("DROP OWNED BY {0}", DSL.name(role)).execute();
        } catch (SQLException e) {
            throw new CopyFailure(server.failure("handing " + database + " over from the restore role", e));
        }
    }

    /** The databases {@code role} owns. */
    static List<String> databasesOwnedBy(DSLContext admin, String role) {
        return admin.resultQuery("SELECT d.datname FROM pg_catalog.pg_database d JOIN pg_catalog.pg_roles r "
                + "ON r.oid = d.datdba WHERE r.rolname = {0} ORDER BY 1", DSL.val(role))
                .fetch(0, String.class);
    }

    /** Ends the role's sessions and drops it, if it exists; its copy must be gone or handed back. */
    static void drop(DSLContext admin, String role) {
        admin.resultQuery("SELECT pg_catalog.pg_terminate_backend(pid) FROM pg_catalog.pg_stat_activity "
                + "WHERE usename = {0}", DSL.val(role)).fetch();
        admin.query("DROP ROLE IF EXISTS {0}", DSL.name(role)).execute();
    }
}
