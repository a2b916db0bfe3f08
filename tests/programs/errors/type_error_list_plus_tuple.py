# TypeError concatenating list and tuple
combined = [1, 2] + (3, 4)
