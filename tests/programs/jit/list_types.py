# A @jit function called with lists of changing element types: int lists and float lists
# are compiled separately; mixed lists, bools, big ints, empty lists, tuples and list
# subclasses run in the interpreter; storing a value of another type into a compiled list,
# returning a list, slicing, and list displays are JitErrors (the signature is then
# interpreted)
from pyjit import jit, JitError


@jit
def first_plus(xs, k):
    return xs[0] + k


@jit
def store_int(xs, v):
    xs[0] = v
    return 0


@jit
def same(xs):
    return xs


@jit
def slice_sum(xs):
    s = 0
    for x in xs[1:]:
        s += x
    return s


@jit
def length(xs):
    return len(xs)


class MyList(list):
    def __getitem__(self, i):
        return 1000


def call(f, *args):
    try:
        return f(*args)
    except JitError:
        return f(*args)  # the same call again: interpreted this time
    except Exception as e:
        return f"{type(e).__name__}: {e}"


print(call(first_plus, [1, 2], 1))
print(call(first_plus, [1.5, 2], 1))
print(call(first_plus, [1.5, 2.5], 1))
print(call(first_plus, [True, False], 1))
print(call(first_plus, [2 ** 70, 1], 1))
print(call(first_plus, [1, 2 ** 70], 1))
print(call(first_plus, (4, 5), 1))
print(call(first_plus, MyList([4, 5]), 1))
print(call(first_plus, [], 1))
print(call(first_plus, ["a"], "b"))
print(call(length, []), call(length, [0.0] * 3), call(length, [[1], [2]]))
xs = [0.5, 1.5]
print(call(store_int, xs, 3), xs)
print(call(store_int, xs, 3), xs)
ys = [1, 2]
print(call(store_int, ys, 3), ys)
print(call(same, [1, 2]))
print(call(slice_sum, [1, 2, 3]))
