print("_pkg.sub runs, __name__ =", __name__, "__package__ =", __package__)
def double(x):
    return 2 * x
