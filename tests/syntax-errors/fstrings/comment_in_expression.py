msg = f'{x # comment}'
