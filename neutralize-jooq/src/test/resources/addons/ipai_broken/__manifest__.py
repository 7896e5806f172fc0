{
    'name': 'ipai_broken',
    'version': '18.0.1.0',
    'license': 'LGPL-3',
}
