msg = f'value: {:>10}'
