[a, 1] = values
