msg = f'{*a}'
