msg = f'{x!}'
