package ai.insightpulse.odooops.neutralize.testing;

import ai.insightpulse.odooops.neutralize.DeclaredRules;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The tables of two of the customer's own modules (seeds: stack snapshot §5), as their Odoo models would create
 * them, with production rows: {@code ipai_zoho_account} (the Zoho Mail API bridge: a key per account) and
 * {@code ipai_mailgun_bridge} (Mailgun: a key, a signing secret and the webhook it posts to).
 */
public final class CustomModuleSeed {

    /** A Zoho key of a live account; must never survive neutralization nor appear in any output. */
    public static final String ZOHO_KEY = "zoho-live-key-5b1e";
    /** The Mailgun key; same. */
    public static final String MAILGUN_KEY = "key-mailgun-live-91c2";

    /** The customer's rules for both modules, the example of docs/TARGETS.md. */
    public static final String RULES_JSON = """
            {"rules": [
              {"name": "zoho_accounts", "table": "ipai_zoho_account",
               "set": {"active": false, "api_key": null}, "where": {"active": true}},
              {"name": "mailgun", "table": "ipai_mailgun_bridge",
               "set": {"api_key": null, "signing_secret": null, "webhook_url": "https://invalid.invalid/mailgun"},
               "where": {"mode": ["live", "eu"]}}
            ]}""";

    private CustomModuleSeed() {
    }

    /** Creates both tables with three live Zoho accounts, one archived one, and live and sandbox Mailgun rows. */
    public static void seed(OdooDatabase db) {
        db.execute("""
                CREATE TABLE ipai_zoho_account (
                    id serial PRIMARY KEY, name varchar NOT NULL, active boolean, api_key varchar,
                    region varchar(8), sequence integer, write_date timestamp);
                INSERT INTO ipai_zoho_account (name, active, api_key, region, sequence) VALUES
                    ('sales', true, '%1$s', 'eu', 1), ('support', true, '%1$s-2', 'eu', 2),
                    ('billing', true, NULL, 'us', 3), ('old', false, '%1$s-old', 'eu', 4);
                CREATE TABLE ipai_mailgun_bridge (
                    id serial PRIMARY KEY, mode varchar, api_key varchar, signing_secret varchar,
                    webhook_url varchar);
                INSERT INTO ipai_mailgun_bridge (mode, api_key, signing_secret, webhook_url) VALUES
                    ('live', '%2$s', 'sig-1', 'https://hooks.example.com/mg'),
                    ('eu', '%2$s-eu', NULL, 'https://hooks.example.com/mg-eu'),
                    ('sandbox', 'sandbox-key', 'sig-sb', 'https://hooks.example.com/sb');
                """.formatted(ZOHO_KEY, MAILGUN_KEY));
    }

    /** Rules parsed from JSON (a YAML document, as the CLI reads it, parses to the same tree). */
    public static DeclaredRules rules(String json) {
        try {
            return DeclaredRules.parse(new ObjectMapper().readTree(json), "test");
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
