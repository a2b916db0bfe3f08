values = max(3, 4,
