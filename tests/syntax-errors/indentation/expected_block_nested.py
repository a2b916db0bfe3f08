def outer():
    if True:
    return 1
