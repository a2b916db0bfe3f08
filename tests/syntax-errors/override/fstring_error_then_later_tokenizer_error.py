a = f'{}'
b = 'unterminated
