package ai.insightpulse.odooops.neutralize;

/**
 * The version of the neutralization contract this library implements. {@code docs/CONTRACT.md} states the same
 * value (a test keeps them equal), and the summary line carries it as {@code contract_version}.
 *
 * <p>The seeds' script is 1.1.0. 2.0.0 keeps its summary keys, their order and its exit codes, and changes
 * behaviour where real Odoo proved the seeds wrong: an active sink mail server instead of none, real cron xml ids
 * in the default allowlist, and a prod DB-name check. 3.0.0 changes what "neutralized" means: unseen core tables
 * are an error, never a skip, and credential-shaped settings, mail-server credentials and OCA's job queues and API
 * keys are neutralized too. 3.1.0 adds the installed modules' {@code neutralize.sql} ({@code modules}), the list of
 * what no neutralization covers ({@code uncovered_modules}) and the error kind {@code uncovered}.
 */
public final class ContractVersion {

    /** The contract version, semantic-versioned. */
    public static final String VALUE = "3.1.0";

    private ContractVersion() {
    }
}
