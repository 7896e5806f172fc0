{
    'name': 'ipai_mail_api',
    'version': '18.0.1.0',
    'license': 'LGPL-3',
}
