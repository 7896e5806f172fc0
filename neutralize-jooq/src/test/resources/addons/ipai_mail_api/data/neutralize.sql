-- The mail-by-API bridge: no key, and an endpoint that cannot deliver; a statement per concern.
DELETE FROM ir_config_parameter WHERE key = 'ipai_mail_api.api_key';
/* the endpoint; a ';' inside a comment does not end the statement */
UPDATE ir_config_parameter SET value = 'https://invalid.invalid/api;v1' WHERE key = 'ipai_mail_api.endpoint'
   AND value <> 'https://invalid.invalid/api;v1';
DO $body$
BEGIN
    -- a body with its own semicolons, as some modules write their neutralization
    UPDATE ipai_job SET note = 'neutralized; by ipai_mail_api' WHERE note IS NULL;
END
$body$;
