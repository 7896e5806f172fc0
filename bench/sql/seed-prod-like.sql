-- A prod-like Odoo 18.0 database for the benchmarks (same shape as the tests' ProdLikeSeed): live outgoing servers,
-- Odoo's sink row archived, allowlisted and other crons, the inactive banner view, the base module's version.
INSERT INTO res_company (id, name, partner_id, currency_id, layout_background, fiscalyear_last_day,
                         fiscalyear_last_month, account_price_include, account_opening_date)
VALUES (1, 'Prod Co', 1, 1, 'Blank', 31, '12', 'tax_excluded', '2024-01-01');
INSERT INTO res_users (id, login, company_id, partner_id, notification_type) VALUES (1, 'admin', 1, 1, 'email');
INSERT INTO ir_module_module (name, state, latest_version) VALUES ('base', 'installed', '18.0.1.3');
INSERT INTO ir_mail_server (name, smtp_host, smtp_port, smtp_encryption, smtp_authentication, smtp_user, smtp_pass, active)
VALUES ('Prod SMTP', 'smtp.example.com', 587, 'starttls', 'login', 'ops@example.com', 'bench-not-a-secret', true),
       ('Backup relay', 'relay.example.com', 465, 'ssl', 'login', NULL, NULL, true),
       ('Config-file SMTP', 'invalid', 25, 'none', 'cli', NULL, NULL, true),
       ('neutralization - disable emails', 'invalid', 1025, 'none', 'login', NULL, NULL, false);
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state)
SELECT g, jsonb_build_object('en_US', 'cron ' || g), 'ir.actions.server', 'action', 1, 'ir_cron', 'code'
FROM generate_series(1, 28) g;
INSERT INTO ir_cron (id, ir_actions_server_id, user_id, interval_number, interval_type, nextcall, active)
SELECT g, g, 1, 1, 'days', now(), g <> 17 FROM generate_series(1, 28) g;
INSERT INTO ir_model_data (module, name, model, res_id) VALUES
  ('base', 'autovacuum_job', 'ir.cron', 1), ('mail', 'ir_cron_delete_notification', 'ir.cron', 5),
  ('mail', 'ir_cron_mail_scheduler_action', 'ir.cron', 3), ('__export__', 'dangling', 'ir.cron', NULL);
INSERT INTO ir_ui_view (name, key, type, mode, priority, active) VALUES ('layout', 'web.layout', 'qweb', 'primary', 16, true);
INSERT INTO ir_ui_view (name, key, type, mode, priority, inherit_id, active)
SELECT 'neutralize_banner', 'web.neutralize_banner', 'qweb', 'extension', 16, id, false FROM ir_ui_view WHERE key = 'web.layout';
INSERT INTO ir_config_parameter (key, value) VALUES ('database.uuid', 'bench-uuid'), ('web.base.url', 'https://erp.example.com');
