-- The Odoo tables and columns the engine reads or writes, for jOOQ code generation only (no database at build
-- time). Trimmed by hand from real pg_dumps of Odoo 16.0-19.0 (../shared/odoo/<series>/schema-<series>.sql):
-- each table holds the union of the columns we use across series. Which of them a given database really has is
-- decided at run time by one probe of information_schema, never by these declarations.

-- base: outgoing mail servers. smtp_host/smtp_port are NOT NULL in 16.0 only; owner_user_id is 19.0+.
CREATE TABLE ir_mail_server (
    id serial NOT NULL,
    name varchar NOT NULL,
    smtp_host varchar,
    smtp_port integer,
    smtp_authentication varchar NOT NULL,
    smtp_encryption varchar NOT NULL,
    smtp_user varchar,
    smtp_pass varchar,
    from_filter varchar,
    sequence integer,
    active boolean,
    owner_user_id integer,
    create_date timestamp,
    write_date timestamp,
    CONSTRAINT ir_mail_server_pkey PRIMARY KEY (id)
);

-- base: scheduled actions. The name column (cron_name) is jsonb in 16.0 and varchar later: not declared here.
CREATE TABLE ir_cron (
    id serial NOT NULL,
    active boolean,
    write_date timestamp,
    CONSTRAINT ir_cron_pkey PRIMARY KEY (id)
);

-- base: external identifiers (xml ids).
CREATE TABLE ir_model_data (
    id serial NOT NULL,
    module varchar NOT NULL,
    name varchar NOT NULL,
    model varchar NOT NULL,
    res_id integer,
    CONSTRAINT ir_model_data_pkey PRIMARY KEY (id)
);

-- base: system parameters; key is unique in every series.
CREATE TABLE ir_config_parameter (
    id serial NOT NULL,
    key varchar NOT NULL,
    value text NOT NULL,
    create_date timestamp,
    write_date timestamp,
    CONSTRAINT ir_config_parameter_pkey PRIMARY KEY (id),
    CONSTRAINT ir_config_parameter_key_uniq UNIQUE (key)
);

-- base: views; the neutralization markers are inactive qweb views found by key.
CREATE TABLE ir_ui_view (
    id serial NOT NULL,
    key varchar,
    active boolean,
    CONSTRAINT ir_ui_view_pkey PRIMARY KEY (id)
);

-- base: modules; base's latest_version gives the Odoo series (e.g. 18.0.1.3).
CREATE TABLE ir_module_module (
    id serial NOT NULL,
    name varchar NOT NULL,
    state varchar(16),
    latest_version varchar,
    author varchar,
    license varchar(32),
    CONSTRAINT ir_module_module_pkey PRIMARY KEY (id),
    CONSTRAINT ir_module_module_name_uniq UNIQUE (name)
);

-- base: module dependencies (name is the dependency's module name), for the order of modules' neutralize.sql.
CREATE TABLE ir_module_module_dependency (
    id serial NOT NULL,
    name varchar,
    module_id integer,
    CONSTRAINT ir_module_module_dependency_pkey PRIMARY KEY (id)
);

-- base: fields of models; tied to the module that created them through ir_model_data (model 'ir.model.fields').
CREATE TABLE ir_model_fields (
    id serial NOT NULL,
    name varchar NOT NULL,
    model varchar NOT NULL,
    CONSTRAINT ir_model_fields_pkey PRIMARY KEY (id)
);

-- base: server actions; webhook_url and the 'webhook' state exist from 17.0 (ir_act_server INHERITS ir_actions).
CREATE TABLE ir_act_server (
    id serial NOT NULL,
    state varchar NOT NULL,
    webhook_url varchar,
    CONSTRAINT ir_act_server_pkey PRIMARY KEY (id)
);

-- mail: incoming mail servers (fetchmail lives inside mail in 16.0-19.0). OCA mail_environment drops the
-- connection columns; active stays.
CREATE TABLE fetchmail_server (
    id serial NOT NULL,
    active boolean,
    "user" varchar,
    password varchar,
    CONSTRAINT fetchmail_server_pkey PRIMARY KEY (id)
);

-- mail: templates may pin an outgoing server.
CREATE TABLE mail_template (
    id serial NOT NULL,
    mail_server_id integer,
    CONSTRAINT mail_template_pkey PRIMARY KEY (id)
);

-- mail web push: 17.0 has mail_notification_web_push/mail_partner_device, 18.0+ mail_push/mail_push_device.
CREATE TABLE mail_notification_web_push (
    id serial NOT NULL,
    user_device integer,
    CONSTRAINT mail_notification_web_push_pkey PRIMARY KEY (id)
);
CREATE TABLE mail_partner_device (
    id serial NOT NULL,
    CONSTRAINT mail_partner_device_pkey PRIMARY KEY (id)
);
CREATE TABLE mail_push (
    id serial NOT NULL,
    mail_push_device_id integer,
    CONSTRAINT mail_push_pkey PRIMARY KEY (id)
);
CREATE TABLE mail_push_device (
    id serial NOT NULL,
    CONSTRAINT mail_push_device_pkey PRIMARY KEY (id)
);

-- payment and payment_<provider>: state in every series; each provider module adds its credential columns
-- (alipay/ogone/payulatam/payumoney/sips: 16.0-17.0 only; dpo/iyzico/nuvei/paymob/redsys: 19.0+).
CREATE TABLE payment_provider (
    id serial NOT NULL,
    state varchar NOT NULL,
    adyen_merchant_account varchar,
    adyen_api_key varchar,
    adyen_hmac_key varchar,
    alipay_merchant_partner_id varchar,
    alipay_md5_signature_key varchar,
    alipay_seller_email varchar,
    aps_merchant_identifier varchar,
    aps_access_code varchar,
    aps_sha_request varchar,
    aps_sha_response varchar,
    asiapay_merchant_id varchar,
    asiapay_secure_hash_secret varchar,
    asiapay_secure_hash_function varchar,
    asiapay_currency_id integer,
    authorize_login varchar,
    authorize_transaction_key varchar,
    authorize_signature_key varchar,
    authorize_client_key varchar,
    buckaroo_website_key varchar,
    buckaroo_secret_key varchar,
    dpo_company_token varchar,
    dpo_service_ref varchar,
    flutterwave_public_key varchar,
    flutterwave_secret_key varchar,
    flutterwave_webhook_secret varchar,
    iyzico_key_id varchar,
    iyzico_key_secret varchar,
    mercado_pago_access_token varchar,
    mollie_api_key varchar,
    nuvei_merchant_identifier varchar,
    nuvei_site_identifier varchar,
    nuvei_secret_key varchar,
    ogone_pspid varchar,
    ogone_userid varchar,
    ogone_password varchar,
    ogone_shakey_in varchar,
    ogone_shakey_out varchar,
    paymob_public_key varchar,
    paymob_secret_key varchar,
    paymob_hmac_key varchar,
    paymob_api_key varchar,
    paypal_email_account varchar,
    paypal_seller_account varchar,
    paypal_pdt_token varchar,
    paypal_client_id varchar,
    paypal_client_secret varchar,
    paypal_access_token varchar,
    payulatam_merchant_id varchar,
    payulatam_account_id varchar,
    payulatam_api_key varchar,
    payumoney_merchant_key varchar,
    payumoney_merchant_salt varchar,
    razorpay_key_id varchar,
    razorpay_key_secret varchar,
    razorpay_webhook_secret varchar,
    razorpay_account_id varchar,
    razorpay_refresh_token varchar,
    razorpay_public_token varchar,
    razorpay_access_token varchar,
    razorpay_access_token_expiry timestamp,
    redsys_merchant_code varchar,
    redsys_merchant_terminal varchar,
    redsys_secret_key varchar,
    sips_merchant_id varchar,
    sips_secret varchar,
    stripe_secret_key varchar,
    stripe_publishable_key varchar,
    stripe_webhook_secret varchar,
    worldline_pspid varchar,
    worldline_api_key varchar,
    worldline_api_secret varchar,
    worldline_webhook_key varchar,
    worldline_webhook_secret varchar,
    xendit_secret_key varchar,
    xendit_webhook_token varchar,
    CONSTRAINT payment_provider_pkey PRIMARY KEY (id)
);

-- point_of_sale payment terminals: each pos_<terminal> module adds its columns.
CREATE TABLE pos_payment_method (
    id serial NOT NULL,
    adyen_test_mode boolean,
    glory_websocket_address varchar,
    mp_bearer_token varchar,
    mp_webhook_secret_key varchar,
    paytm_test_mode boolean,
    paytm_merchant_key varchar,
    pine_labs_test_mode boolean,
    pine_labs_merchant varchar,
    pine_labs_security_token varchar,
    qfpay_pos_key varchar,
    qfpay_notification_key varchar,
    razorpay_test_mode boolean,
    razorpay_api_key varchar,
    viva_com_test_mode boolean,
    viva_wallet_test_mode boolean,
    CONSTRAINT pos_payment_method_pkey PRIMARY KEY (id)
);

-- delivery: carriers; mondialrelay_brand comes with delivery_mondialrelay.
CREATE TABLE delivery_carrier (
    id serial NOT NULL,
    delivery_type varchar,
    active boolean,
    prod_environment boolean,
    mondialrelay_brand varchar,
    CONSTRAINT delivery_carrier_pkey PRIMARY KEY (id)
);

-- iap: accounts and their tokens.
CREATE TABLE iap_account (
    id serial NOT NULL,
    account_token varchar,
    CONSTRAINT iap_account_pkey PRIMARY KEY (id)
);

-- auth_oauth: sign-in providers.
CREATE TABLE auth_oauth_provider (
    id serial NOT NULL,
    enabled boolean,
    CONSTRAINT auth_oauth_provider_pkey PRIMARY KEY (id)
);

-- google_calendar 16.0-17.0: the OAuth tokens live in their own table.
CREATE TABLE google_calendar_credentials (
    id serial NOT NULL,
    calendar_token varchar,
    calendar_rtoken varchar,
    synchronization_stopped boolean,
    CONSTRAINT google_calendar_credentials_pkey PRIMARY KEY (id)
);

-- microsoft_calendar 17.0: sync state in its own table (the tokens stay on res_users).
CREATE TABLE microsoft_calendar_credentials (
    id serial NOT NULL,
    calendar_sync_token varchar,
    synchronization_stopped boolean,
    last_sync_date timestamp,
    CONSTRAINT microsoft_calendar_credentials_pkey PRIMARY KEY (id)
);

-- base users: Microsoft calendar tokens (16.0+); the stopped flag lives here in 16.0 only.
CREATE TABLE res_users (
    id serial NOT NULL,
    microsoft_calendar_token varchar,
    microsoft_calendar_rtoken varchar,
    microsoft_synchronization_stopped boolean,
    CONSTRAINT res_users_pkey PRIMARY KEY (id)
);

-- mail user settings: Google and Microsoft calendar sync state from 18.0.
CREATE TABLE res_users_settings (
    id serial NOT NULL,
    google_calendar_token varchar,
    google_calendar_rtoken varchar,
    google_synchronization_stopped boolean,
    microsoft_calendar_sync_token varchar,
    microsoft_synchronization_stopped boolean,
    microsoft_last_sync_date timestamp,
    CONSTRAINT res_users_settings_pkey PRIMARY KEY (id)
);

-- website; google_places_api_key comes with website_sale_autocomplete.
CREATE TABLE website (
    id serial NOT NULL,
    domain varchar,
    cdn_activated boolean,
    robots_txt text,
    google_places_api_key varchar,
    CONSTRAINT website_pkey PRIMARY KEY (id)
);

-- certificate (18.0+).
CREATE TABLE certificate_certificate (
    id serial NOT NULL,
    pkcs12_password varchar,
    CONSTRAINT certificate_certificate_pkey PRIMARY KEY (id)
);
CREATE TABLE certificate_key (
    id serial NOT NULL,
    password varchar,
    CONSTRAINT certificate_key_pkey PRIMARY KEY (id)
);

-- account_edi_proxy_client: proxy_type and edi_mode exist from 17.0 (16.0 uses a config parameter).
CREATE TABLE account_edi_proxy_client_user (
    id serial NOT NULL,
    company_id integer,
    edi_identification varchar,
    proxy_type varchar,
    edi_mode varchar,
    active boolean,
    CONSTRAINT account_edi_proxy_client_user_pkey PRIMARY KEY (id)
);

-- base companies: localisation EDI settings and integration keys, each column added by its l10n_* module.
CREATE TABLE res_company (
    id serial NOT NULL,
    l10n_eg_production_env boolean,
    l10n_eg_client_secret varchar,
    l10n_es_edi_test_env boolean,
    l10n_es_sii_test_env boolean,
    l10n_es_tbai_test_env boolean,
    l10n_es_edi_verifactu_test_environment boolean,
    l10n_gr_edi_test_env boolean,
    l10n_hu_edi_server_mode varchar,
    l10n_hu_edi_username varchar,
    l10n_hu_edi_password varchar,
    l10n_hu_edi_signature_key varchar,
    l10n_hu_edi_replacement_key varchar,
    l10n_in_edi_production_env boolean,
    l10n_in_edi_username varchar,
    l10n_in_edi_password varchar,
    l10n_in_edi_token varchar,
    l10n_in_edi_token_validity timestamp,
    l10n_in_edi_ewaybill_username varchar,
    l10n_in_edi_ewaybill_password varchar,
    l10n_in_edi_ewaybill_auth_validity timestamp,
    l10n_in_ewaybill_username varchar,
    l10n_in_ewaybill_password varchar,
    l10n_in_ewaybill_auth_validity timestamp,
    l10n_it_edi_register boolean,
    l10n_jo_edi_secret_key varchar,
    l10n_jo_edi_client_identifier varchar,
    l10n_ke_cu_proxy_address varchar,
    l10n_my_edi_mode varchar,
    l10n_ro_edi_test_env boolean,
    l10n_ro_edi_client_id varchar,
    l10n_ro_edi_client_secret varchar,
    l10n_ro_edi_access_token varchar,
    l10n_ro_edi_refresh_token varchar,
    l10n_rs_edi_api_key varchar,
    l10n_rs_edi_demo_env boolean,
    l10n_sa_api_mode varchar,
    l10n_tr_nilvera_api_key varchar,
    l10n_tr_nilvera_use_test_env boolean,
    l10n_tr_nilvera_purchase_journal_id integer,
    l10n_vn_edi_username varchar,
    l10n_vn_edi_password varchar,
    gelato_api_key varchar,
    gelato_webhook_secret varchar,
    sms_twilio_auth_token varchar,
    CONSTRAINT res_company_pkey PRIMARY KEY (id)
);

-- OCA queue_job (OCA/queue 16.0-18.0): jobs, whose state a copy's job runner acts on.
CREATE TABLE queue_job (
    id serial NOT NULL,
    uuid varchar NOT NULL,
    state varchar NOT NULL,
    date_cancelled timestamp,
    CONSTRAINT queue_job_pkey PRIMARY KEY (id)
);

-- OCA auth_api_key (OCA/server-auth 16.0-18.0): key is NOT NULL; active exists from 17.0.
CREATE TABLE auth_api_key (
    id serial NOT NULL,
    name varchar NOT NULL,
    key varchar NOT NULL,
    active boolean,
    CONSTRAINT auth_api_key_pkey PRIMARY KEY (id)
);
