package ai.insightpulse.odooops.neutralize.jooq.internal.model;

import ai.insightpulse.odooops.neutralize.CredentialParameters;
import ai.insightpulse.odooops.neutralize.CronAllowlist;
import ai.insightpulse.odooops.neutralize.MailSink;
import ai.insightpulse.odooops.neutralize.Sanitization;
import org.jooq.DSLContext;

/**
 * What a target needs to build its statements.
 *
 * @param dsl       the run's jOOQ context (one connection, one transaction)
 * @param schema    the probed tables and columns
 * @param allowlist crons that stay as they are
 * @param databaseName the name the database is neutralized for: the configured name, which is not the name of the
 *                  connected database when a copy is neutralized under a temporary name and published by rename
 * @param credentialParameters what makes a system parameter a credential
 * @param sanitization the opt-in sanitize step's settings
 * @param mailSink  where the sink server points: Odoo's void or a mail catcher
 */
public record RunContext(DSLContext dsl, ProbedSchema schema, CronAllowlist allowlist, String databaseName,
                         CredentialParameters credentialParameters, Sanitization sanitization, MailSink mailSink) {

    /** A context whose sink is Odoo's void. */
    public RunContext(DSLContext dsl, ProbedSchema schema, CronAllowlist allowlist, String databaseName,
                      CredentialParameters credentialParameters, Sanitization sanitization) {
        this(dsl, schema, allowlist, databaseName, credentialParameters, sanitization, MailSink.VOID);
    }

    /** A context without sanitization. */
    public RunContext(DSLContext dsl, ProbedSchema schema, CronAllowlist allowlist, String databaseName,
                      CredentialParameters credentialParameters) {
        this(dsl, schema, allowlist, databaseName, credentialParameters, Sanitization.off());
    }

    /** A context with the default credential rules. */
    public RunContext(DSLContext dsl, ProbedSchema schema, CronAllowlist allowlist, String databaseName) {
        this(dsl, schema, allowlist, databaseName, CredentialParameters.defaults());
    }
}
