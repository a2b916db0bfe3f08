counter = 0
def outer():
    value = 1
    def inner():
        nonlocal value
        global counter
        counter += value
        del value
    return inner
del counter, [outer]
del (a), [b, c], d.e, f[0]
