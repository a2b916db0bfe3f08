x = 'with a byte order mark'
