package ai.insightpulse.odooops.neutralize.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seeds a fixture database like a live prod of its series: real outgoing servers (one holding an SMTP password),
 * a {@code cli} server (17.0+) and a personal server (19.0+), Odoo's own sink row left inactive by an earlier
 * neutralization, allowlisted and other crons (one without an xml id), an {@code ir_model_data} row with a NULL
 * {@code res_id}, the inactive banner view and the base module's version.
 */
public final class ProdLikeSeed {

    /** The SMTP password seeded into the prod server; it must never appear in any output. */
    public static final String SMTP_SECRET = "S3CRET-smtp-pass-7f3a";

    /** Crons seeded active and not allowlisted by default. */
    public static final List<String> LIVE_CRONS = List.of(
            "mail.ir_cron_mail_scheduler_action", "sms.ir_cron_sms_scheduler_action",
            "google_calendar.ir_cron_sync_all_cals", "payment.cron_post_process_payment_tx");

    private final Connection c;
    private final String series;
    private final Map<String, Integer> ids = new LinkedHashMap<>();
    private int company;
    private int user;

    private ProdLikeSeed(OdooDatabase db) {
        this.c = db.connection();
        this.series = db.series();
    }

    /** Seeds {@code db}; returns the ids of what was seeded, by a short name. */
    public static Map<String, Integer> seed(OdooDatabase db) {
        ProdLikeSeed s = new ProdLikeSeed(db);
        try {
            s.seedAll();
        } catch (SQLException e) {
            throw new IllegalStateException("seeding " + db.series() + ": " + e.getMessage(), e);
        }
        return s.ids;
    }

    private void seedAll() throws SQLException {
        company = FixtureRows.insert(c, "res_company", Map.of("name", "Prod Co"));
        user = FixtureRows.insert(c, "res_users", Map.of("login", "admin", "company_id", company));
        FixtureRows.insert(c, "ir_module_module", Map.of("name", "base", "state", "installed",
                "latest_version", series + ".1.3"));

        ids.put("smtp_prod", mailServer("Prod SMTP", "smtp.example.com", 587, true,
                Map.of("smtp_user", "ops@example.com", "smtp_pass", SMTP_SECRET, "smtp_encryption", "starttls")));
        ids.put("smtp_backup", mailServer("Backup relay", "relay.example.com", 465, true,
                Map.of("smtp_encryption", "ssl")));
        ids.put("smtp_archived", mailServer("Old relay", "old.example.com", 587, false, Map.of()));
        // what an earlier `odoo-bin neutralize` left behind, later archived by hand
        ids.put("odoo_sink", mailServer("neutralization - disable emails", "invalid", 1025, false, Map.of()));
        if (!series.equals("16.0")) {
            // smtp_authentication = 'cli' sends through the config-file SMTP whatever the host says: live
            ids.put("smtp_cli", mailServer("Config-file SMTP", "invalid", 25, true,
                    Map.of("smtp_authentication", "cli")));
        }
        if (series.equals("19.0")) {
            ids.put("smtp_personal", mailServer("Alice's mailbox", "smtp.alice.example", 587, true,
                    Map.of("owner_user_id", user)));
        }

        ids.put("cron_autovacuum", cron("base", "autovacuum_job", true));
        ids.put("cron_delete_notifications", cron("mail", "ir_cron_delete_notification", true));
        for (String xmlId : LIVE_CRONS) {
            String[] parts = xmlId.split("\\.", 2);
            ids.put("cron_" + parts[1], cron(parts[0], parts[1], true));
        }
        ids.put("cron_inactive", cron("base_automation", "ir_cron_data_base_automation_check", false));
        ids.put("cron_custom_no_xmlid", cron(null, null, true));
        FixtureRows.insert(c, "ir_model_data", Map.of("module", "__export__", "name", "dangling_cron",
                "model", "ir.cron"));
        // an xml id of another model pointing at an allowlisted name's res_id must not keep a cron alive
        FixtureRows.insert(c, "ir_model_data", Map.of("module", "base", "name", "ir_cron_auto_vacuum",
                "model", "ir.actions.server", "res_id", ids.get("cron_" + LIVE_CRONS.get(0).split("\\.")[1])));

        ids.put("view_banner", FixtureRows.insert(c, "ir_ui_view", Map.of("name", "neutralize_banner",
                "key", "web.neutralize_banner", "type", "qweb", "mode", "extension",
                "inherit_id", FixtureRows.insert(c, "ir_ui_view", Map.of("name", "layout", "key", "web.layout",
                        "type", "qweb", "mode", "primary", "active", true)),
                "active", false)));
        FixtureRows.insert(c, "ir_config_parameter", Map.of("key", "database.uuid",
                "value", "8f4c1a52-3f0e-4d3b-9a51-6b1f8d0e2c11"));
        FixtureRows.insert(c, "ir_config_parameter", Map.of("key", "web.base.url", "value", "https://erp.example.com"));
    }

    /** Inserts an outgoing mail server. */
    public int mailServer(String name, String host, int port, boolean active, Map<String, ?> extra)
            throws SQLException {
        Map<String, Object> v = new HashMap<>();
        v.put("name", name);
        v.put("smtp_host", host);
        v.put("smtp_port", port);
        v.put("smtp_encryption", "none");
        v.put("smtp_authentication", "login");
        v.put("active", active);
        v.putAll(extra);
        return FixtureRows.insert(c, "ir_mail_server", v);
    }

    private int cron(String module, String name, boolean active) throws SQLException {
        int action = FixtureRows.insert(c, "ir_act_server", Map.of("name",
                "{\"en_US\": \"" + (name == null ? "custom" : name) + "\"}", "state", "code", "usage", "ir_cron",
                "type", "ir.actions.server", "binding_type", "action"));
        Map<String, Object> v = new HashMap<>();
        v.put("ir_actions_server_id", action);
        v.put("user_id", user);
        v.put("active", active);
        v.put("interval_number", 1);
        v.put("interval_type", "days");
        int id = FixtureRows.insert(c, "ir_cron", v);
        if (module != null) {
            FixtureRows.insert(c, "ir_model_data", Map.of("module", module, "name", name, "model", "ir.cron",
                    "res_id", id));
        }
        return id;
    }
}
