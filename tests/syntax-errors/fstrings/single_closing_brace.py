msg = f'value: }'
