msg = f'{x! r}'
