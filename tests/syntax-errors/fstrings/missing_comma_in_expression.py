msg = f'{a b}'
