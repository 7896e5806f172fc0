-- records the settings of the transaction this file runs in, the run's own
INSERT INTO ir_config_parameter (key, value) VALUES ('ipai_run_settings.jit', current_setting('jit'));
