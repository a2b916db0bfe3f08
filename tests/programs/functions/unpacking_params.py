# unpacking sequences into parameters and star-args in the middle
def f(a, b, c, d):
    return a, b, c, d
print(f(*"ab", *"cd"), f(1, *[2, 3], 4), f(*range(2), **{"c": 3, "d": 4}))
def g(*args):
    return args
print(g(*[]), g(*(), *[], 1), g(*"x", *b"y", *{"z": 0}))
try:
    f(*[1, 2])
except TypeError as e:
    print("TypeError:", e)
def h(first, *middle, last):
    return first, middle, last
print(h(1, 2, 3, last=4), h(*"abc", last="z"))
