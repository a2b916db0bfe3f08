msg = f'value: {!r}'
