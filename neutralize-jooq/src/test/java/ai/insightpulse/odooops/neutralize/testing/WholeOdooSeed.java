package ai.insightpulse.odooops.neutralize.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seeds, on top of {@link ProdLikeSeed} and {@link IntegrationSeed}, what the seeds' customer runs beyond Odoo
 * core: the OCA tables the real schemas lack, written here from OCA's sources (OCA/queue {@code queue_job},
 * OCA/server-auth {@code auth_api_key}, branches 16.0–18.0: columns the ORM creates for their fields, the NOT
 * NULLs of required fields, {@code auth_api_key.active} from 17.0 on, queue_job's partial unique index on
 * {@code identity_key}), jobs in every state, API keys, and the customer's own credential-shaped system
 * parameters (mail by API: Zoho, Mailgun; a Slack webhook; a URL with a password) next to settings that are not
 * credentials.
 *
 * <p>Every secret seeded is in {@link #SECRETS}.
 */
public final class WholeOdooSeed {

    public static final String ZOHO_API_KEY = "1000.S3CRET-zoho-api-key";
    public static final String ZOHO_REFRESH = "1000.S3CRET-zoho-refresh";
    public static final String MAILGUN_KEY = "key-S3CRET-mailgun";
    public static final String MAILGUN_SIGNING = "S3CRET-mailgun-signing";
    public static final String SLACK_HOOK = "https://hooks.slack.com/services/T000/B000/S3CRETslack";
    public static final String DSN = "postgres://sync:S3CRET-dsn-pass@warehouse.example.com/odoo";
    public static final String API_KEY_1 = "S3CRET-api-key-partner-1";
    public static final String API_KEY_2 = "S3CRET-api-key-partner-2";

    /** Every secret seeded here. */
    public static final List<String> SECRETS = List.of(ZOHO_API_KEY, ZOHO_REFRESH, MAILGUN_KEY, MAILGUN_SIGNING,
            "S3CRETslack", "S3CRET-dsn-pass", API_KEY_1, API_KEY_2);

    /** The customer's settings that are credentials, by key: each must end empty. */
    public static final Map<String, String> CREDENTIAL_SETTINGS = Map.of(
            "ipai_zoho_mail_api.api_key", ZOHO_API_KEY,
            "ipai_zoho_mail_api.oauthRefreshToken", ZOHO_REFRESH,
            "ipai_mailgun_bridge.apiKey", MAILGUN_KEY,
            "ipai_mailgun_bridge.webhook_signing_key", MAILGUN_SIGNING,
            "ipai_ops.alert_channel", SLACK_HOOK,
            "ipai_sync.warehouse_dsn", DSN);

    /** The customer's settings that are not credentials: each must stay as it is. */
    public static final Map<String, String> PLAIN_SETTINGS = Map.of(
            "ipai_zoho_mail_api.region", "eu",
            "ipai_mailgun_bridge.domain", "mg.example.com",
            "ipai_zoho_mail_api.endpoint", "https://mail.zoho.eu/api/accounts",
            "ipai_ops.author_name", "Ops",
            "ipai_tokenizer.mode", "strict",
            "auth_signup.reset_password", "True",
            "auth_totp.policy", "employee_required",
            "auth_password_policy.minlength", "8");

    /** Every queue_job state, with whether a job runner would execute it. */
    public static final Map<String, Boolean> JOB_STATES = orderedJobStates();

    private final Connection c;
    private final String series;
    private final Map<String, Integer> ids = new LinkedHashMap<>();

    private WholeOdooSeed(OdooDatabase db) {
        this.c = db.connection();
        this.series = db.series();
    }

    /** Creates the OCA tables and seeds jobs, API keys and the customer's settings; returns ids by name. */
    public static Map<String, Integer> seed(OdooDatabase db) {
        WholeOdooSeed s = new WholeOdooSeed(db);
        try {
            createOcaTables(db);
            s.seedAll();
        } catch (SQLException e) {
            throw new IllegalStateException("seeding OCA/customer rows on " + db.series() + ": " + e.getMessage(), e);
        }
        return s.ids;
    }

    /** The OCA tables as their modules create them on {@code db}'s series. */
    public static void createOcaTables(OdooDatabase db) {
        db.execute("CREATE TABLE queue_job (id serial PRIMARY KEY, uuid varchar NOT NULL, graph_uuid varchar, "
                + "user_id integer, company_id integer, name varchar, model_name varchar, method_name varchar, "
                + "records text, args text, kwargs text, func_string varchar, state varchar NOT NULL, "
                + "priority integer, exc_name varchar, exc_message varchar, exc_info text, result text, "
                + "date_created timestamp, date_started timestamp, date_enqueued timestamp, date_done timestamp, "
                + "exec_time double precision, date_cancelled timestamp, eta timestamp, retry integer, "
                + "max_retries integer, channel_method_name varchar, job_function_id integer, channel varchar, "
                + "identity_key varchar, worker_pid integer, create_uid integer, create_date timestamp, "
                + "write_uid integer, write_date timestamp)");
        db.execute("CREATE UNIQUE INDEX queue_job_identity_key_state_partial_index ON queue_job (identity_key) "
                + "WHERE state IN ('pending', 'enqueued') AND identity_key IS NOT NULL");
        db.execute("CREATE TABLE auth_api_key (id serial PRIMARY KEY, name varchar NOT NULL, key varchar NOT NULL, "
                + "user_id integer NOT NULL, "
                + (db.series().equals("16.0") ? "" : "active boolean, ")
                + "create_uid integer, create_date timestamp, write_uid integer, write_date timestamp, "
                + "CONSTRAINT auth_api_key_name_uniq UNIQUE (name))");
    }

    private void seedAll() throws SQLException {
        int n = 0;
        for (Map.Entry<String, Boolean> state : JOB_STATES.entrySet()) {
            ids.put("job_" + state.getKey(), FixtureRows.insert(c, "queue_job", Map.of(
                    "uuid", "00000000-0000-4000-8000-00000000000" + (n++), "state", state.getKey(),
                    "name", "sync order " + n, "identity_key", "order-" + n, "date_created", "2026-01-01 10:00")));
        }
        ids.put("api_key_1", apiKey("partner-1", API_KEY_1, true));
        ids.put("api_key_2", apiKey("partner-2", API_KEY_2, false));
        for (Map.Entry<String, String> e : CREDENTIAL_SETTINGS.entrySet()) {
            FixtureRows.insert(c, "ir_config_parameter", Map.of("key", e.getKey(), "value", e.getValue()));
        }
        for (Map.Entry<String, String> e : PLAIN_SETTINGS.entrySet()) {
            FixtureRows.insert(c, "ir_config_parameter", Map.of("key", e.getKey(), "value", e.getValue()));
        }
    }

    private int apiKey(String name, String key, boolean active) throws SQLException {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", name);
        v.put("key", key);
        v.put("user_id", 1);
        if (!series.equals("16.0")) {
            v.put("active", active);
        }
        return FixtureRows.insert(c, "auth_api_key", v);
    }

    private static Map<String, Boolean> orderedJobStates() {
        Map<String, Boolean> states = new LinkedHashMap<>();
        states.put("wait_dependencies", true);
        states.put("pending", true);
        states.put("enqueued", true);
        states.put("started", true);
        states.put("done", false);
        states.put("failed", false);
        states.put("cancelled", false);
        return states;
    }
}
