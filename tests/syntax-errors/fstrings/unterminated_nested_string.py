msg = f'{"abc}'
