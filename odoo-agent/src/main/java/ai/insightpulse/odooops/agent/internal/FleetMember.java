package ai.insightpulse.odooops.agent.internal;

import ai.insightpulse.odooops.neutralize.Failure;
import java.util.Optional;

/**
 * One database of a fleet as the agent last saw it: its latest snapshot when it is checked, or why it is not
 * (its name belongs to no environment of ENV_DB_MAP: never guessed at, never connected to).
 *
 * @param database  the name
 * @param snapshot  the guard's latest snapshot; empty for an unmapped name
 * @param unchecked why the database is not checked; present exactly when {@code snapshot} is empty
 */
public record FleetMember(String database, Optional<StatusSnapshot> snapshot, Optional<String> unchecked) {

    /**
     * The states of a fleet's database, worst first: the order of the status page and of {@code /status}.
     */
    public enum State {
        /** A prod database that looks neutralized. */
        PROD_ALARM("prod_alarm"),
        /** The database answered but Odoo's core tables are not there: not an Odoo database. */
        NOT_ODOO("not_odoo"),
        /** The role may not read Odoo's tables as Odoo's own connection would. */
        NO_ACCESS("no_access"),
        /** The last check did not reach the database (or failed otherwise). */
        DB_DOWN("db_down"),
        /** The name follows no ENV_DB_MAP environment: reported, not checked. */
        UNMAPPED("unmapped"),
        /** A stage or dev database with rows pending. */
        NOT_NEUTRALIZED("not_neutralized"),
        /** Not checked yet (just discovered). */
        PENDING("pending"),
        /** A prod database, read only, without alarm. */
        LIVE("live"),
        /** A stage or dev database with nothing pending. */
        NEUTRALIZED("neutralized");

        private final String wireName;

        State(String wireName) {
            this.wireName = wireName;
        }

        /** The name in JSON and metrics. */
        public String wireName() {
            return wireName;
        }
    }

    /** A database whose name belongs to no environment. */
    public static FleetMember unmapped(String database) {
        return new FleetMember(database, Optional.empty(), Optional.of("the name follows no environment of "
                + "ENV_DB_MAP (odoo_prod, odoo_stage, odoo_dev, odoo_dev_<suffix>), so it is not checked"));
    }

    /** A checked database's latest snapshot. */
    public static FleetMember checked(StatusSnapshot snapshot) {
        return new FleetMember(snapshot.database(), Optional.of(snapshot), Optional.empty());
    }

    /** Where the database stands. */
    public State state() {
        if (snapshot.isEmpty()) {
            return State.UNMAPPED;
        }
        StatusSnapshot s = snapshot.get();
        if (s.prodLooksNeutralized()) {
            return State.PROD_ALARM;
        }
        if (s.errorKind().filter(k -> k == Failure.Kind.NOT_ODOO).isPresent()) {
            return State.NOT_ODOO;
        }
        if (s.errorKind().filter(k -> k == Failure.Kind.PERMISSION).isPresent()) {
            return State.NO_ACCESS;
        }
        if (s.checkedAt().isEmpty()) {
            return State.PENDING;
        }
        if (!s.databaseUp()) {
            return State.DB_DOWN;
        }
        if (!s.environment().requiresNeutralization()) {
            return State.LIVE;
        }
        return s.neutralized().orElse(false) ? State.NEUTRALIZED : State.NOT_NEUTRALIZED;
    }
}
