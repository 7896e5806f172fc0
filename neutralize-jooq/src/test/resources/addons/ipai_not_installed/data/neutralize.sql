-- never runs: the module is on disk but not installed
UPDATE ir_config_parameter SET value = 'not-installed-module-ran';
