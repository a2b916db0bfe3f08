point = (1, 2]
