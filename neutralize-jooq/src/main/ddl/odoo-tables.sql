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
    CONSTRAINT ir_module_module_pkey PRIMARY KEY (id),
    CONSTRAINT ir_module_module_name_uniq UNIQUE (name)
);
