def f():
    return "oops
