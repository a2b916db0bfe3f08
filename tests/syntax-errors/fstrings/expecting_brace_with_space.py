msg = f'value: {x y}'
