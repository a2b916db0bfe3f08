value = 1 if flag
