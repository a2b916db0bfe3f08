print('a' 'b' count)
