{
    'name': 'ipai_queue',
    'version': '18.0.1.0',
    'license': 'LGPL-3',
}
