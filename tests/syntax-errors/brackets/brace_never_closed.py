config = {
    'debug': True,
    'level': 3,
