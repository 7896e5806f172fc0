{
    'name': 'ipai_cron_revival',
    'version': '18.0.1.0',
    'license': 'LGPL-3',
}
