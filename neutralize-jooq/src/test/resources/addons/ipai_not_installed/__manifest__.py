{
    'name': 'ipai_not_installed',
    'version': '18.0.1.0',
    'license': 'LGPL-3',
}
