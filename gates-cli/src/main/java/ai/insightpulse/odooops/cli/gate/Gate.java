package ai.insightpulse.odooops.cli.gate;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The customer's CI policy gates, by the name used on the command line ({@code odooops gate NAME}). */
public enum Gate {
    /** IPAI_ENV wiring of compose services, the seeds' dry-run matrix against our engine, the contract version. */
    NEUTRALIZATION("neutralization"),
    /** No SMTP port 25, only 465/587 to real relays, no personal mailboxes, no real relay outside prod. */
    EMAIL_POLICY("email-policy"),
    /** Only odoo_prod, odoo_stage, odoo_dev[_*], each in its own environment's files. */
    DB_NAME("db-name"),
    /** The canonical addons path (constitution §5.2) everywhere it is stated. */
    ADDONS_PATH("addons-path"),
    /** Staging neutralized by configuration, production within the constitution's §8 limits. */
    ENV_CONSISTENCY("env-consistency"),
    /** No real secret values committed. */
    SECRETS("secrets"),
    /** Storage buckets: staging-* for staging, prod-* for production. */
    BUCKET_PREFIX("bucket-prefix"),
    /** Linear promotion (constitution §4.2): every commit on production is on main. */
    PROMOTION("promotion");

    private final String cliName;

    Gate(String cliName) {
        this.cliName = cliName;
    }

    /** The name on the command line and in every finding, e.g. {@code email-policy}. */
    public String cliName() {
        return cliName;
    }

    /** The gate called {@code name} on the command line. */
    public static Optional<Gate> fromCliName(String name) {
        return Arrays.stream(values()).filter(g -> g.cliName.equals(name)).findFirst();
    }

    /** Every gate, in the order {@code odooops gate all} runs them. */
    public static List<Gate> all() {
        return List.of(values());
    }

    @Override
    public String toString() {
        return cliName;
    }
}
