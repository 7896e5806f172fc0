package ai.insightpulse.odooops.neutralize;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalog of targets: each one named, idempotent step of neutralization. The ids appear in the summary line
 * and in {@code --targets}. {@linkplain #isContract() Contract} targets are the seeds' own (mail and crons) and
 * cannot be skipped outside prod.
 */
public enum NeutralizationTarget {
    /** Every real outgoing mail server ({@code ir_mail_server}) inactive. */
    MAIL_SERVERS("mail_servers", true, "outgoing mail servers archived"),
    /** Exactly one active sink server ({@code invalid:1025}) so Odoo never falls back to its config-file SMTP. */
    MAIL_SINK("mail_sink", true, "exactly one active sink mail server (invalid:1025)"),
    /** Every scheduled action inactive except the allowlisted ones. */
    CRONS("crons", true, "scheduled actions off except the allowlist"),
    /** {@code ir_config_parameter database.is_neutralized = true}. */
    NEUTRALIZED_FLAG("neutralized_flag", false, "database.is_neutralized = true"),
    /** The red "Database neutralized" banner view of the web client on. */
    WEB_BANNER("web_banner", false, "web.neutralize_banner view active");

    private final String id;
    private final boolean contract;
    private final String description;

    NeutralizationTarget(String id, boolean contract, String description) {
        this.id = id;
        this.contract = contract;
        this.description = description;
    }

    /** The stable id used in the summary and on the command line. */
    public String id() {
        return id;
    }

    /** Whether this target is part of the seeds' contract and therefore always on outside prod. */
    public boolean isContract() {
        return contract;
    }

    /** One line saying what the target leaves behind. */
    public String description() {
        return description;
    }

    /** Finds a target by its id. */
    public static Optional<NeutralizationTarget> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
