-- Seeds an Odoo 18.0 schema like a live production database, for `odooops demo` and the clone tests.
-- Every value is made up; the SMTP and payment "secrets" are fake and exist so that the demo can show they never
-- reach any output. Crons are Odoo 18.0's own: ids, xml ids, names, intervals and active flags as a fresh
-- database with the modules of schema.sql has them (shared/odoo/18.0/crons-18.0.tsv in the design notes), plus one made in the UI.

INSERT INTO res_company (id, name, partner_id, currency_id, account_opening_date, layout_background,
                         fiscalyear_last_day, fiscalyear_last_month, account_price_include)
VALUES (1, 'Demo Prod Co', 1, 1, '2024-01-01', 'Blank', 31, '12', 'tax_excluded');
INSERT INTO res_users (id, company_id, partner_id, login, notification_type, active)
VALUES (1, 1, 1, '__system__', 'email', false),
       (2, 1, 3, 'admin', 'email', true);
SELECT setval(pg_get_serial_sequence('res_users', 'id'), 2);
SELECT setval(pg_get_serial_sequence('res_company', 'id'), 1);

INSERT INTO ir_module_module (name, state, latest_version, shortdesc)
VALUES ('base', 'installed', '18.0.1.3', '{"en_US": "Base"}'),
       ('mail', 'installed', '18.0.1.15', '{"en_US": "Discuss"}'),
       ('payment_stripe', 'installed', '18.0.2.0', '{"en_US": "Payment Provider: Stripe"}');

-- outgoing mail: two live servers (one with a password), one archived, and the sink row an earlier
-- `odoo-bin neutralize` left behind, since archived by hand; a config-file ('cli') server, live whatever its host says
INSERT INTO ir_mail_server (name, smtp_host, smtp_port, smtp_encryption, smtp_authentication, smtp_user, smtp_pass,
                            sequence, active)
VALUES ('Prod SMTP', 'smtp.example.com', 587, 'starttls', 'login', 'erp@example.com',
        'demo-fake-smtp-password-1f2e', 10, true),
       ('Marketing relay', 'relay.example.com', 465, 'ssl', 'login', NULL, NULL, 20, true),
       ('Old relay', 'old-relay.example.com', 587, 'starttls', 'login', NULL, NULL, 30, false),
       ('neutralization - disable emails', 'invalid', 1025, 'none', 'login', NULL, NULL, 10, false),
       ('Config-file SMTP', 'invalid', 25, 'none', 'cli', NULL, NULL, 40, true);

-- incoming mail and a payment provider, live with (fake) credentials
INSERT INTO fetchmail_server (name, server_type, server, port, "user", password, is_ssl, state, active)
VALUES ('Support inbox', 'imap', 'imap.example.com', 993, 'support@example.com', 'demo-fake-imap-password', true,
        'done', true);
INSERT INTO payment_provider (name, code, state, company_id, is_published, stripe_publishable_key,
                              stripe_secret_key, stripe_webhook_secret)
VALUES ('{"en_US": "Stripe"}', 'stripe', 'enabled', 1, true, 'pk_demo_FAKE_publishable', 'demo_FAKE_stripe_secret',
        'whsec_demoFAKE');

-- scheduled actions: one server action each, as Odoo creates them
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state) VALUES (1, '{"en_US": "Base: Auto-vacuum internal data"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active) VALUES (1, 1, '{"en_US": "Base: Auto-vacuum internal data"}', 1, 1, 'days', '2026-01-01 00:00:00', true);
INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('base', 'autovacuum_job', 'ir.cron', 1, false);
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state) VALUES (2, '{"en_US": "Base: Portal Users Deletion"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active) VALUES (2, 2, '{"en_US": "Base: Portal Users Deletion"}', 1, 1, 'days', '2026-01-01 00:00:00', true);
INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('base', 'ir_cron_res_users_deletion', 'ir.cron', 2, false);
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state) VALUES (3, '{"en_US": "Mail: Email Queue Manager"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active) VALUES (3, 3, '{"en_US": "Mail: Email Queue Manager"}', 1, 1, 'hours', '2026-01-01 00:00:00', true);
INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('mail', 'ir_cron_mail_scheduler_action', 'ir.cron', 3, false);
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state) VALUES (4, '{"en_US": "Publisher: Update Notification"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active) VALUES (4, 4, '{"en_US": "Publisher: Update Notification"}', 1, 1, 'weeks', '2026-01-01 00:00:00', true);
INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('mail', 'ir_cron_module_update_notification', 'ir.cron', 4, false);
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state) VALUES (5, '{"en_US": "Notification: Delete Notifications older than 6 Month"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active) VALUES (5, 5, '{"en_US": "Notification: Delete Notifications older than 6 Month"}', 1, 1, 'days', '2026-01-01 00:00:00', true);
INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('mail', 'ir_cron_delete_notification', 'ir.cron', 5, false);
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state) VALUES (6, '{"en_US": "Mail: Fetchmail Service"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active) VALUES (6, 6, '{"en_US": "Mail: Fetchmail Service"}', 1, 5, 'minutes', '2026-01-01 00:00:00', false);
INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('mail', 'ir_cron_mail_gateway_action', 'ir.cron', 6, false);
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state) VALUES (7, '{"en_US": "Mail: Post scheduled messages"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active) VALUES (7, 7, '{"en_US": "Mail: Post scheduled messages"}', 1, 1, 'days', '2026-01-01 00:00:00', true);
INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('mail', 'ir_cron_post_scheduled_message', 'ir.cron', 7, false);
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state) VALUES (8, '{"en_US": "Notification: Notify scheduled messages"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active) VALUES (8, 8, '{"en_US": "Notification: Notify scheduled messages"}', 1, 1, 'hours', '2026-01-01 00:00:00', true);
INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('mail', 'ir_cron_send_scheduled_message', 'ir.cron', 8, false);
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state) VALUES (9, '{"en_US": "Mail: send web push notification"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active) VALUES (9, 9, '{"en_US": "Mail: send web push notification"}', 1, 1, 'days', '2026-01-01 00:00:00', true);
INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('mail', 'ir_cron_web_push_notification', 'ir.cron', 9, false);
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state) VALUES (10, '{"en_US": "Discuss: channel member unmute"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active) VALUES (10, 10, '{"en_US": "Discuss: channel member unmute"}', 1, 1, 'days', '2026-01-01 00:00:00', true);
INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('mail', 'ir_cron_discuss_channel_member_unmute', 'ir.cron', 10, false);
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state) VALUES (11, '{"en_US": "Discuss: users settings unmute"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active) VALUES (11, 11, '{"en_US": "Discuss: users settings unmute"}', 1, 1, 'days', '2026-01-01 00:00:00', true);
INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('mail', 'ir_cron_discuss_users_settings_unmute', 'ir.cron', 11, false);
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state) VALUES (12, '{"en_US": "Users: Notify About Unregistered Users"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active) VALUES (12, 12, '{"en_US": "Users: Notify About Unregistered Users"}', 1, 1, 'days', '2026-01-01 00:00:00', true);
INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('auth_signup', 'ir_cron_auth_signup_send_pending_user_reminder', 'ir.cron', 12, false);
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state) VALUES (13, '{"en_US": "Partner Autocomplete: Sync with remote DB"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active) VALUES (13, 13, '{"en_US": "Partner Autocomplete: Sync with remote DB"}', 1, 1, 'hours', '2026-01-01 00:00:00', true);
INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('partner_autocomplete', 'ir_cron_partner_autocomplete', 'ir.cron', 13, false);
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state) VALUES (14, '{"en_US": "SMS: SMS Queue Manager"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active) VALUES (14, 14, '{"en_US": "SMS: SMS Queue Manager"}', 1, 1, 'hours', '2026-01-01 00:00:00', true);
INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('sms', 'ir_cron_sms_scheduler_action', 'ir.cron', 14, false);
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state) VALUES (15, '{"en_US": "Snailmail: process letters queue"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active) VALUES (15, 15, '{"en_US": "Snailmail: process letters queue"}', 1, 1, 'hours', '2026-01-01 00:00:00', true);
INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('snailmail', 'snailmail_print', 'ir.cron', 15, false);
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state) VALUES (16, '{"en_US": "Digest Emails"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active) VALUES (16, 16, '{"en_US": "Digest Emails"}', 1, 1, 'days', '2026-01-01 00:00:00', true);
INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('digest', 'ir_cron_digest_scheduler_action', 'ir.cron', 16, false);
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state) VALUES (17, '{"en_US": "Automation Rules: check and execute"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active) VALUES (17, 17, '{"en_US": "Automation Rules: check and execute"}', 1, 4, 'hours', '2026-01-01 00:00:00', false);
INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('base_automation', 'ir_cron_data_base_automation_check', 'ir.cron', 17, false);
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state) VALUES (18, '{"en_US": "Payment: Post-process transactions"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active) VALUES (18, 18, '{"en_US": "Payment: Post-process transactions"}', 1, 10, 'minutes', '2026-01-01 00:00:00', true);
INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('payment', 'cron_post_process_payment_tx', 'ir.cron', 18, false);
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state) VALUES (19, '{"en_US": "Calendar: Event Reminder"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active) VALUES (19, 19, '{"en_US": "Calendar: Event Reminder"}', 1, 1, 'days', '2026-01-01 00:00:00', true);
INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('calendar', 'ir_cron_scheduler_alarm', 'ir.cron', 19, false);
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state) VALUES (20, '{"en_US": "Google Calendar: synchronization"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active) VALUES (20, 20, '{"en_US": "Google Calendar: synchronization"}', 1, 12, 'hours', '2026-01-01 00:00:00', true);
INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('google_calendar', 'ir_cron_sync_all_cals', 'ir.cron', 20, false);
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state) VALUES (21, '{"en_US": "Outlook: synchronization"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active) VALUES (21, 21, '{"en_US": "Outlook: synchronization"}', 1, 12, 'hours', '2026-01-01 00:00:00', true);
INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('microsoft_calendar', 'ir_cron_sync_all_cals', 'ir.cron', 21, false);
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state) VALUES (22, '{"en_US": "Account: Post draft entries with auto_post enabled and accounting date up to today"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active) VALUES (22, 22, '{"en_US": "Account: Post draft entries with auto_post enabled and accounting date up to today"}', 1, 1, 'days', '2026-01-01 00:00:00', true);
INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('account', 'ir_cron_auto_post_draft_entry', 'ir.cron', 22, false);
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state) VALUES (23, '{"en_US": "Send invoices automatically"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active) VALUES (23, 23, '{"en_US": "Send invoices automatically"}', 1, 1, 'days', '2026-01-01 00:00:00', true);
INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('account', 'ir_cron_account_move_send', 'ir.cron', 23, false);
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state) VALUES (24, '{"en_US": "automatic invoicing: send ready invoice"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active) VALUES (24, 24, '{"en_US": "automatic invoicing: send ready invoice"}', 1, 1, 'days', '2026-01-01 00:00:00', false);
INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('sale', 'send_invoice_cron', 'ir.cron', 24, false);
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state) VALUES (25, '{"en_US": "Sales: Send pending emails"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active) VALUES (25, 25, '{"en_US": "Sales: Send pending emails"}', 1, 1, 'days', '2026-01-01 00:00:00', true);
INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('sale_async_emails', 'cron', 'ir.cron', 25, false);
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state) VALUES (26, '{"en_US": "Disable unused snippets assets"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active) VALUES (26, 26, '{"en_US": "Disable unused snippets assets"}', 1, 1, 'weeks', '2026-01-01 00:00:00', true);
INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('website', 'website_disable_unused_snippets_assets', 'ir.cron', 26, false);
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state) VALUES (27, '{"en_US": "Website Visitor : clean inactive visitors"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active) VALUES (27, 27, '{"en_US": "Website Visitor : clean inactive visitors"}', 1, 1, 'days', '2026-01-01 00:00:00', true);
INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('website', 'website_visitor_cron', 'ir.cron', 27, false);
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state) VALUES (28, '{"en_US": "Event: Mail Scheduler"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active) VALUES (28, 28, '{"en_US": "Event: Mail Scheduler"}', 1, 1, 'hours', '2026-01-01 00:00:00', true);
INSERT INTO ir_model_data (module, name, model, res_id, noupdate) VALUES ('event', 'event_mail_scheduler', 'ir.cron', 28, false);
-- a cron a user made in the UI: no xml id, active
INSERT INTO ir_act_server (id, name, type, binding_type, model_id, usage, state)
VALUES (100, '{"en_US": "Nightly export to the warehouse"}', 'ir.actions.server', 'action', 1, 'ir_cron', 'code');
INSERT INTO ir_cron (id, ir_actions_server_id, cron_name, user_id, interval_number, interval_type, nextcall, active)
VALUES (100, 100, '{"en_US": "Nightly export to the warehouse"}', 2, 1, 'days', '2026-01-01 02:00:00', true);
SELECT setval(pg_get_serial_sequence('ir_act_server', 'id'), 100);
SELECT setval(pg_get_serial_sequence('ir_cron', 'id'), 100);
-- an xml id whose record is gone (Odoo leaves these behind): res_id NULL
INSERT INTO ir_model_data (module, name, model, res_id) VALUES ('__export__', 'ir_cron_100_dangling', 'ir.cron', NULL);

-- the web client's layout and the "neutralized" banner, which Odoo ships inactive
INSERT INTO ir_ui_view (id, name, key, type, mode, priority, active)
VALUES (1, 'layout', 'web.layout', 'qweb', 'primary', 16, true);
INSERT INTO ir_ui_view (id, name, key, type, mode, priority, inherit_id, active)
VALUES (2, 'neutralize_banner', 'web.neutralize_banner', 'qweb', 'extension', 16, 1, false);
SELECT setval(pg_get_serial_sequence('ir_ui_view', 'id'), 2);
INSERT INTO ir_model_data (module, name, model, res_id) VALUES ('web', 'neutralize_banner', 'ir.ui.view', 2);

INSERT INTO ir_config_parameter (key, value)
VALUES ('database.uuid', '5d0c6a3e-9a1b-4a51-8d7e-0f3c2b1a9e77'),
       ('database.create_date', '2024-01-01 00:00:00'),
       ('web.base.url', 'https://erp.example.com'),
       ('mail.catchall.domain', 'example.com');
