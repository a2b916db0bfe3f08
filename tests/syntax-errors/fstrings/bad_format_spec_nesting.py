msg = f'{x:{}}'
