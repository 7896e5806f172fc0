package ai.insightpulse.odooops.neutralize.jooq.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the run's role may do on one table it resolved, read by {@link SchemaProbe} with the columns.
 * Table-level privileges on purpose: Odoo's own connection owns its tables (its ORM reads whole rows), so a role
 * that only holds some columns is not a connection Odoo would run on, and a run refuses it rather than guess.
 *
 * @param select       {@code SELECT} on the table
 * @param insert       {@code INSERT} on the table
 * @param update       {@code UPDATE} on the table
 * @param delete       {@code DELETE} on the table
 * @param rowsFiltered row-level security applies to the role on this table: a count could see fewer rows than
 *                     there are (Odoo never enables it; whoever did could hide a live mail server from a check)
 */
public record TableAccess(boolean select, boolean insert, boolean update, boolean delete, boolean rowsFiltered) {

    /** Everything a run may need, no row filtering: the access of a table's owner. */
    public static final TableAccess FULL = new TableAccess(true, true, true, true, false);

    /** No privilege at all: what a table the probe did not describe is taken to allow. */
    public static final TableAccess NONE = new TableAccess(false, false, false, false, false);

    /** A privilege a statement needs on a table. */
    public enum Privilege {
        /** Read rows (every count, every condition). */
        SELECT,
        /** Insert rows (the mail sink, the neutralized flag). */
        INSERT,
        /** Update rows (most targets). */
        UPDATE,
        /** Delete rows (credential-shaped parameters, push subscriptions). */
        DELETE
    }

    /** Which of {@code needed} this access lacks, in the enum's order. */
    public List<Privilege> lacking(Set<Privilege> needed) {
        List<Privilege> lacking = new ArrayList<>();
        for (Privilege p : Privilege.values()) {
            if (needed.contains(p) && !holds(p)) {
                lacking.add(p);
            }
        }
        return lacking;
    }

    private boolean holds(Privilege p) {
        return switch (p) {
            case SELECT -> select;
            case INSERT -> insert;
            case UPDATE -> update;
            case DELETE -> delete;
        };
    }
}
