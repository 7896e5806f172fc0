package ai.insightpulse.odooops.neutralize;

import java.util.Locale;

/** The {@code status} of the summary line. */
public enum RunStatus {
    /** A live run changed something. */
    OK,
    /** Nothing to do: already neutralized, or prod. */
    NO_OP,
    /** A dry run: counted, wrote nothing. */
    DRY_RUN,
    /** The run failed; nothing was changed. */
    ERROR;

    /** The lower-case name used in the summary line. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
