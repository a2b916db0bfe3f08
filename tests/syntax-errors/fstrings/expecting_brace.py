msg = f'value: {x'
