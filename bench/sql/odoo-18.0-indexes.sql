-- The indexes a real Odoo 18.0 database has on res_partner, res_users and mail_message besides their primary keys
-- (read off the full schema of a real 18.0 database, ../shared/odoo/18.0/schema-full-18.0.sql), for benchmarks that
-- must pay what a real table pays for every row version written: bench/sanitize.sh with INDEXES=odoo.
-- (stock's index on res_users.property_warehouse_id is left out: the benchmark's tables have no stock columns)
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX IF NOT EXISTS mail_message__author_id_index ON mail_message USING btree (author_id);
CREATE INDEX IF NOT EXISTS mail_message__mail_activity_type_id_index ON mail_message USING btree (mail_activity_type_id) WHERE (mail_activity_type_id IS NOT NULL);
CREATE INDEX IF NOT EXISTS mail_message__message_id_index ON mail_message USING btree (message_id);
CREATE INDEX IF NOT EXISTS mail_message__parent_id_index ON mail_message USING btree (parent_id) WHERE (parent_id IS NOT NULL);
CREATE INDEX IF NOT EXISTS mail_message__subtype_id_index ON mail_message USING btree (subtype_id);
CREATE INDEX IF NOT EXISTS mail_message_model_res_id_id_idx ON mail_message USING btree (model, res_id, id);
CREATE INDEX IF NOT EXISTS mail_message_model_res_id_idx ON mail_message USING btree (model, res_id);
CREATE INDEX IF NOT EXISTS res_partner__barcode_index ON res_partner USING btree (((barcode IS NOT NULL))) WHERE (barcode IS NOT NULL);
CREATE INDEX IF NOT EXISTS res_partner__commercial_partner_id_index ON res_partner USING btree (commercial_partner_id);
CREATE INDEX IF NOT EXISTS res_partner__company_id_index ON res_partner USING btree (company_id);
CREATE INDEX IF NOT EXISTS res_partner__complete_name_index ON res_partner USING btree (complete_name);
CREATE INDEX IF NOT EXISTS res_partner__credit_limit_index ON res_partner USING btree (((credit_limit IS NOT NULL))) WHERE (credit_limit IS NOT NULL);
CREATE INDEX IF NOT EXISTS res_partner__ignore_abnormal_invoice_amount_index ON res_partner USING btree (((ignore_abnormal_invoice_amount IS NOT NULL))) WHERE (ignore_abnormal_invoice_amount IS NOT NULL);
CREATE INDEX IF NOT EXISTS res_partner__ignore_abnormal_invoice_date_index ON res_partner USING btree (((ignore_abnormal_invoice_date IS NOT NULL))) WHERE (ignore_abnormal_invoice_date IS NOT NULL);
CREATE INDEX IF NOT EXISTS res_partner__invoice_edi_format_store_index ON res_partner USING btree (((invoice_edi_format_store IS NOT NULL))) WHERE (invoice_edi_format_store IS NOT NULL);
CREATE INDEX IF NOT EXISTS res_partner__invoice_sending_method_index ON res_partner USING btree (((invoice_sending_method IS NOT NULL))) WHERE (invoice_sending_method IS NOT NULL);
CREATE INDEX IF NOT EXISTS res_partner__is_published_index ON res_partner USING btree (is_published);
CREATE INDEX IF NOT EXISTS res_partner__l10n_hu_group_vat_index ON res_partner USING btree (l10n_hu_group_vat);
CREATE INDEX IF NOT EXISTS res_partner__l10n_vn_edi_symbol_index ON res_partner USING btree (((l10n_vn_edi_symbol IS NOT NULL))) WHERE (l10n_vn_edi_symbol IS NOT NULL);
CREATE INDEX IF NOT EXISTS res_partner__name_index ON res_partner USING btree (name);
CREATE INDEX IF NOT EXISTS res_partner__parent_id_index ON res_partner USING btree (parent_id);
CREATE INDEX IF NOT EXISTS res_partner__property_account_payable_id_index ON res_partner USING btree (((property_account_payable_id IS NOT NULL))) WHERE (property_account_payable_id IS NOT NULL);
CREATE INDEX IF NOT EXISTS res_partner__property_account_position_id_index ON res_partner USING btree (((property_account_position_id IS NOT NULL))) WHERE (property_account_position_id IS NOT NULL);
CREATE INDEX IF NOT EXISTS res_partner__property_account_receivable_id_index ON res_partner USING btree (((property_account_receivable_id IS NOT NULL))) WHERE (property_account_receivable_id IS NOT NULL);
CREATE INDEX IF NOT EXISTS res_partner__property_delivery_carrier_id_index ON res_partner USING btree (((property_delivery_carrier_id IS NOT NULL))) WHERE (property_delivery_carrier_id IS NOT NULL);
CREATE INDEX IF NOT EXISTS res_partner__property_inbound_payment_method_line_id_index ON res_partner USING btree (((property_inbound_payment_method_line_id IS NOT NULL))) WHERE (property_inbound_payment_method_line_id IS NOT NULL);
CREATE INDEX IF NOT EXISTS res_partner__property_outbound_payment_method_line_id_index ON res_partner USING btree (((property_outbound_payment_method_line_id IS NOT NULL))) WHERE (property_outbound_payment_method_line_id IS NOT NULL);
CREATE INDEX IF NOT EXISTS res_partner__property_payment_term_id_index ON res_partner USING btree (((property_payment_term_id IS NOT NULL))) WHERE (property_payment_term_id IS NOT NULL);
CREATE INDEX IF NOT EXISTS res_partner__property_stock_customer_index ON res_partner USING btree (((property_stock_customer IS NOT NULL))) WHERE (property_stock_customer IS NOT NULL);
CREATE INDEX IF NOT EXISTS res_partner__property_stock_supplier_index ON res_partner USING btree (((property_stock_supplier IS NOT NULL))) WHERE (property_stock_supplier IS NOT NULL);
CREATE INDEX IF NOT EXISTS res_partner__property_supplier_payment_term_id_index ON res_partner USING btree (((property_supplier_payment_term_id IS NOT NULL))) WHERE (property_supplier_payment_term_id IS NOT NULL);
CREATE INDEX IF NOT EXISTS res_partner__ref_index ON res_partner USING btree (ref);
CREATE INDEX IF NOT EXISTS res_partner__specific_property_product_pricelist_index ON res_partner USING btree (((specific_property_product_pricelist IS NOT NULL))) WHERE (specific_property_product_pricelist IS NOT NULL);
CREATE INDEX IF NOT EXISTS res_partner__trust_index ON res_partner USING btree (((trust IS NOT NULL))) WHERE (trust IS NOT NULL);
CREATE INDEX IF NOT EXISTS res_partner__vat_index ON res_partner USING btree (vat);
CREATE INDEX IF NOT EXISTS res_partner__website_id_index ON res_partner USING btree (website_id);
CREATE INDEX IF NOT EXISTS res_partner_mobile_partial_gin_idx ON res_partner USING gin (regexp_replace((mobile)::text, '[\s\\./\(\)\-]'::text, ''::text, 'g'::text) gin_trgm_ops) WHERE (mobile IS NOT NULL);
CREATE INDEX IF NOT EXISTS res_partner_mobile_partial_tgm ON res_partner USING btree (regexp_replace((mobile)::text, '[\s\\./\(\)\-]'::text, ''::text, 'g'::text)) WHERE (mobile IS NOT NULL);
CREATE INDEX IF NOT EXISTS res_partner_phone_partial_gin_idx ON res_partner USING gin (regexp_replace((phone)::text, '[\s\\./\(\)\-]'::text, ''::text, 'g'::text) gin_trgm_ops) WHERE (phone IS NOT NULL);
CREATE INDEX IF NOT EXISTS res_partner_phone_partial_tgm ON res_partner USING btree (regexp_replace((phone)::text, '[\s\\./\(\)\-]'::text, ''::text, 'g'::text)) WHERE (phone IS NOT NULL);
CREATE INDEX IF NOT EXISTS res_users__partner_id_index ON res_users USING btree (partner_id);
