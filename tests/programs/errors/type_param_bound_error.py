# an error raised while a PEP 695 bound is evaluated has the bound's frame in its traceback


def helper():
    return {}["missing"]


def f[T: helper()](x: T) -> T:
    return x


print(f(1), f.__type_params__)
type Alias[K] = dict[K, helper()]
print(Alias.__type_params__)
print(f.__type_params__[0].__bound__)
