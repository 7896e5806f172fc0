package ai.insightpulse.odooops.neutralize;

import java.util.Locale;

/** What one target did in a run. */
public enum TargetOutcome {
    /** A live run changed rows. */
    CHANGED,
    /** A dry run found rows a live run would change. */
    WOULD_CHANGE,
    /** Nothing to change: the target already holds. */
    NO_OP,
    /** The tables or columns the target needs are absent (module not installed, or another Odoo series). */
    SKIPPED,
    /** Not selected for this run. */
    NOT_SELECTED;

    /** The lower-case name used in the summary line. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
