msg = f'{name'
