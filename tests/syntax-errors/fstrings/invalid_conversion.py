msg = f'{x!z}'
