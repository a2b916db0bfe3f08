numbers = (1, 2,

def helper():
    return 1
