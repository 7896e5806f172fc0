package ai.insightpulse.odooops.cli.gate;

/**
 * Every rule a gate checks: its id (stable, used by SARIF and in {@code docs/GATES.md}), what it requires and how
 * to fix a violation. A finding names its rule.
 */
public enum Rule {
    NEUTRALIZATION_IPAI_ENV_MISSING(Gate.NEUTRALIZATION, "ipai-env-missing",
            "Every Odoo service of every compose file sets IPAI_ENV (or ODOO_STAGE); staging has an Odoo service.",
            "Add IPAI_ENV=<env> to the service's environment, naming the environment the service runs."),
    NEUTRALIZATION_IPAI_ENV_MISMATCH(Gate.NEUTRALIZATION, "ipai-env-mismatch",
            "A service's IPAI_ENV names the environment its evidence decides (its name, its compose file).",
            "Set IPAI_ENV to the environment of this service (prod, stage or dev), or rename the service."),
    NEUTRALIZATION_ODOO_STAGE_MISMATCH(Gate.NEUTRALIZATION, "odoo-stage-mismatch",
            "ODOO_STAGE, where set, names the same environment as the service's evidence (and as IPAI_ENV).",
            "Set ODOO_STAGE to production, staging or development to match the service's environment."),
    NEUTRALIZATION_DRY_RUN_MATRIX(Gate.NEUTRALIZATION, "dry-run-matrix",
            "The seeds' four dry-run rows behave as the contract says when run against odooops neutralize.",
            "This is a defect of odooops itself: report it with the output of the failing row."),
    NEUTRALIZATION_CONTRACT_VERSION_MISMATCH(Gate.NEUTRALIZATION, "contract-version-mismatch",
            "A contract version stated in the docs equals the version odooops implements.",
            "Update the documented contract version (and the behaviour it describes) to the one odooops implements."),
    NEUTRALIZATION_CONTRACT_VERSION_MISSING(Gate.NEUTRALIZATION, "contract-version-missing",
            "The docs state the neutralization contract version.",
            "State it in the docs as 'Contract version: X.Y.Z'."),

    EMAIL_SMTP_PORT_25(Gate.EMAIL_POLICY, "smtp-port-25",
            "No SMTP port 25 anywhere: odoo.conf, compose, .env files, SMTP URLs, command lines.",
            "Use port 465 (SMTPS) or 587 (STARTTLS): port 25 is blocked by the host and sends unencrypted."),
    EMAIL_SMTP_PORT_NOT_ALLOWED(Gate.EMAIL_POLICY, "smtp-port-not-allowed",
            "A real SMTP relay is reached on an allowed port only (465 or 587).",
            "Use port 465 or 587, or point the setting at a mail sink host."),
    EMAIL_PERSONAL_MAILBOX(Gate.EMAIL_POLICY, "personal-mailbox",
            "No personal mailbox addresses (gmail, yahoo, outlook, hotmail, icloud, ...) in configuration.",
            "Use an address on the company's own domain."),
    EMAIL_REAL_RELAY_OUTSIDE_PROD(Gate.EMAIL_POLICY, "real-relay-outside-prod",
            "Staging and dev odoo.conf do not point smtp_server at a real relay: Odoo falls back to it when no mail"
                    + " server record is active.",
            "Set smtp_server to a mail sink (localhost, mailhog, mailpit, ...) in staging and dev configuration."),

    DB_NAME_NOT_ALLOWED(Gate.DB_NAME, "not-allowed",
            "Only odoo_prod, odoo_stage, odoo_dev and odoo_dev_<suffix> are used as database names.",
            "Rename the database to the name of its environment."),
    DB_NAME_WRONG_ENVIRONMENT(Gate.DB_NAME, "wrong-environment",
            "Each database name appears only in its own environment's files.",
            "Use the database of this file's environment: odoo_prod, odoo_stage or odoo_dev[_<suffix>]."),

    ADDONS_PATH_ORDER(Gate.ADDONS_PATH, "order-differs",
            "Every stated addons path is the canonical one, in the canonical order (constitution §5.2).",
            "State the canonical addons path exactly, in its order."),
    ADDONS_PATH_MISSING(Gate.ADDONS_PATH, "missing",
            "Each environment and the devcontainer state the addons path.",
            "Set addons_path in the environment's odoo.conf (or --addons-path in its compose command)."),

    ENV_ENVIRONMENT_CONFLICT(Gate.ENV_CONSISTENCY, "environment-conflict",
            "The evidence of the environment of a configuration file (its name, the compose service mounting it,"
                    + " its server_name, odooops-gates.yaml) or of an Odoo service (its name, its compose file, its"
                    + " IPAI_ENV/ODOO_STAGE/DB_NAME, the configuration it mounts) names one environment.",
            "Make the names, the mounts, the stated variables and odooops-gates.yaml agree on one environment."),
    ENV_ENVIRONMENT_UNKNOWN(Gate.ENV_CONSISTENCY, "environment-unknown",
            "Every Odoo and reverse-proxy configuration file shows which environment it belongs to.",
            "Name the file for its environment (odoo.conf.staging), mount it in that environment's compose file,"
                    + " set its db_name, or declare it in odooops-gates.yaml (environments.<env>.odoo_conf)."),
    ENV_ODOO_STAGE(Gate.ENV_CONSISTENCY, "odoo-stage",
            "Every Odoo service sets ODOO_STAGE to its environment (constitution §3.2).",
            "Set ODOO_STAGE=production, staging or development on the service."),
    ENV_STAGE_MAIL_SINK(Gate.ENV_CONSISTENCY, "stage-mail-sink",
            "Staging routes mail to a catchall or sink (constitution §3.3).",
            "Set smtp_server to a sink host (mailhog, mailpit, localhost) in staging's odoo.conf."),
    ENV_STAGE_CRONS(Gate.ENV_CONSISTENCY, "stage-crons",
            "Staging runs no crons: max_cron_threads = 0, or neutralization on boot.",
            "Set max_cron_threads = 0 in staging's odoo.conf, or run odooops neutralize in the container's boot."),
    ENV_STAGE_PROD_SECRET(Gate.ENV_CONSISTENCY, "stage-prod-secret",
            "Staging holds no production secret: no secret value identical to production's.",
            "Give staging its own test credentials."),
    ENV_PROD_WORKERS(Gate.ENV_CONSISTENCY, "prod-workers",
            "Production runs 4 to 8 workers (constitution §8.3).",
            "Set workers between 4 and 8 in production's odoo.conf."),
    ENV_PROD_REQUEST_SIZE(Gate.ENV_CONSISTENCY, "prod-request-size",
            "Production limits a request to 50 MB (constitution §8.3) in its reverse proxy.",
            "Set client_max_body_size 50m in production's reverse proxy configuration."),
    ENV_PROD_DB_MAXCONN(Gate.ENV_CONSISTENCY, "prod-db-maxconn",
            "Production uses at most 20 database connections (constitution §8.3).",
            "Set db_maxconn to 20 or less in production's odoo.conf (Odoo's default is 64)."),
    ENV_CRON_TIME_LIMIT(Gate.ENV_CONSISTENCY, "cron-time-limit",
            "A cron runs at most 300 s in production and 600 s in staging (constitution §8.2).",
            "Set limit_time_real_cron (or limit_time_real, which Odoo uses when it is -1) within the limit."),

    SECRETS_COMMITTED_VALUE(Gate.SECRETS, "committed-value",
            "A secret setting (password, token, key) holds a placeholder or a reference, never a real value.",
            "Move the value to the CI or runtime secret store, reference it (${NAME}), and rotate it: it is in git history."),
    SECRETS_TEMPLATE_NOT_PLACEHOLDER(Gate.SECRETS, "template-not-placeholder",
            "Templates (.env.template) hold placeholders such as CHANGE_ME for every secret.",
            "Replace the value by CHANGE_ME (or REPLACE_WITH_<NAME>), and rotate it: it is in git history."),
    SECRETS_PRIVATE_KEY(Gate.SECRETS, "private-key",
            "No private key is committed.",
            "Remove the key from the repository, keep it in a secret store, and rotate it."),
    SECRETS_KNOWN_TOKEN(Gate.SECRETS, "known-token",
            "No token with a known provider prefix (GitHub, GitLab, Slack, AWS, Stripe, Google, SendGrid, ...) is committed.",
            "Remove the token, revoke it at the provider, and read it from a secret store."),

    BUCKET_PREFIX_MISMATCH(Gate.BUCKET_PREFIX, "mismatch",
            "Staging buckets start with staging-, production buckets with prod- (cross-environment writes blocked).",
            "Point the environment at its own bucket, named with its prefix."),
    BUCKET_VARIABLE_MISSING(Gate.BUCKET_PREFIX, "variable-missing",
            "The bucket variable is set for staging and production (exit 2, as the seeds' guard).",
            "Set the bucket variable in the environment's compose file or .env file."),

    PROMOTION_NOT_ON_MAIN(Gate.PROMOTION, "not-on-main",
            "Every commit on the production branch is already on main (constitution §4.2).",
            "Land the change on main first, then promote main to production; never commit to production directly.");

    private final Gate gate;
    private final String name;
    private final String requirement;
    private final String fix;

    Rule(Gate gate, String name, String requirement, String fix) {
        this.gate = gate;
        this.name = name;
        this.requirement = requirement;
        this.fix = fix;
    }

    /** The gate this rule belongs to. */
    public Gate gate() {
        return gate;
    }

    /** The id, {@code gate/name}, e.g. {@code email-policy/smtp-port-25}. */
    public String id() {
        return gate.cliName() + "/" + name;
    }

    /** What the rule requires, one sentence. */
    public String requirement() {
        return requirement;
    }

    /** The usual fix. */
    public String fix() {
        return fix;
    }

    /** The exit code a violation of this rule causes: 1, except the bucket guard's missing variable (2). */
    public int exitCode() {
        return this == BUCKET_VARIABLE_MISSING ? 2 : 1;
    }
}
