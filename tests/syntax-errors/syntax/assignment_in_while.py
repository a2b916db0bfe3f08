while line = read():
    pass
