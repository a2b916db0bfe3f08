tiny = 1e
