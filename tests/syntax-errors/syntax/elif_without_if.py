x = 1
elif x > 0:
    pass
