-- The statements the engine sends for the contract targets, written out for psql: the reference the CLI's wall
-- time is compared with (same round trips: lock, probe, facts, batch, post-check, commit).
BEGIN;
SELECT set_config('lock_timeout', '5000ms', true), set_config('statement_timeout', '120000ms', true),
       pg_advisory_xact_lock(8026330013963661089);
SELECT table_name, column_name, data_type FROM information_schema.columns
 WHERE table_schema = current_schema()
   AND table_name IN ('ir_config_parameter', 'ir_cron', 'ir_mail_server', 'ir_model_data', 'ir_module_module', 'ir_ui_view');
SELECT current_setting('transaction_read_only'),
       (SELECT latest_version FROM ir_module_module WHERE name = 'base' LIMIT 1),
       (SELECT array_agg(module || '.' || name) FROM ir_model_data WHERE model = 'ir.cron'
          AND (module, name) IN (('base','autovacuum_job'), ('mail','ir_cron_delete_notification'),
               ('mail','mail_gc_notifications'), ('base_automation','autovacuum'), ('base','ir_cron_auto_vacuum'))
          AND res_id IN (SELECT id FROM ir_cron));
UPDATE ir_mail_server SET active = false WHERE active = true
   AND NOT (smtp_host = 'invalid' AND smtp_authentication IS DISTINCT FROM 'cli');
UPDATE ir_mail_server SET active = true
 WHERE id = (SELECT min(id) FROM ir_mail_server s WHERE s.smtp_host = 'invalid' AND s.smtp_authentication IS DISTINCT FROM 'cli')
   AND active IS DISTINCT FROM true
   AND NOT EXISTS (SELECT 1 FROM ir_mail_server a WHERE a.smtp_host = 'invalid'
                   AND a.smtp_authentication IS DISTINCT FROM 'cli' AND a.active = true);
UPDATE ir_mail_server SET active = false
 WHERE smtp_host = 'invalid' AND smtp_authentication IS DISTINCT FROM 'cli' AND active = true
   AND id > (SELECT min(id) FROM ir_mail_server a WHERE a.smtp_host = 'invalid'
             AND a.smtp_authentication IS DISTINCT FROM 'cli' AND a.active = true);
INSERT INTO ir_mail_server (name, smtp_host, smtp_port, smtp_encryption, smtp_authentication, active)
SELECT 'neutralization - disable emails', 'invalid', 1025, 'none', 'login', true
 WHERE NOT EXISTS (SELECT 1 FROM ir_mail_server s WHERE s.smtp_host = 'invalid' AND s.smtp_authentication IS DISTINCT FROM 'cli');
UPDATE ir_cron SET active = false WHERE active = true
   AND NOT EXISTS (SELECT 1 FROM ir_model_data WHERE model = 'ir.cron' AND res_id = ir_cron.id
       AND (module, name) IN (('base','autovacuum_job'), ('mail','ir_cron_delete_notification'),
            ('mail','mail_gc_notifications'), ('base_automation','autovacuum'), ('base','ir_cron_auto_vacuum')));
INSERT INTO ir_config_parameter (key, value) VALUES ('database.is_neutralized', 'true')
ON CONFLICT (key) DO UPDATE SET value = 'true' WHERE ir_config_parameter.value <> 'true';
UPDATE ir_ui_view SET active = true WHERE key = 'web.neutralize_banner' AND active IS DISTINCT FROM true;
SELECT (SELECT count(*) FROM ir_mail_server WHERE active = true
          AND NOT (smtp_host = 'invalid' AND smtp_authentication IS DISTINCT FROM 'cli')),
       (SELECT count(*) FROM ir_cron WHERE active = true);
COMMIT;
