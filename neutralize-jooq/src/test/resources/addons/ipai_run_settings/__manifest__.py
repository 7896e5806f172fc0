{
    'name': 'ipai_run_settings',
    'version': '18.0.1.0',
    'license': 'LGPL-3',
}
