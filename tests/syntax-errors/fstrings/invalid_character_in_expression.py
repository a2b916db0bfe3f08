msg = f'{x€}'
