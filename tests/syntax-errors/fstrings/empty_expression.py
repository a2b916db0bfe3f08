msg = f'value: {}'
