# PEP 709: list/set/dict comprehensions are inlined, generator expressions are not.
def inlined_basic(xs):
    return [x * 2 for x in xs]


def inlined_shadow(x, xs):
    y = [x for x in xs]            # the comprehension's x hides the parameter x
    return x, y


def inlined_cell(xs):
    return [lambda: x for x in xs]  # x becomes a cell of the function (DEF_COMP_CELL)


def inlined_cell_outer_local(xs):
    x = 0
    fs = [lambda: x for _ in xs]   # x is the function's own cell
    return fs, x


def inlined_uses_outer(n, xs):
    return [x + n for x in xs if x > n]


def nested_comprehensions(rows):
    return [[c for c in row] for row in rows]


def dict_and_set(items):
    d = {k: v for k, v in items}
    s = {k for k, _ in items}
    return d, s


def dict_comp_order(items):
    return {(lambda: k)(): (lambda: v)() for k, v in items}


def generator_not_inlined(xs):
    g = (x for x in xs)
    return g


def generator_captures(n, xs):
    return (x + n for x in xs)


def genexp_inside_listcomp(rows):
    return [sum(c for c in row) for row in rows]


def listcomp_inside_genexp(rows):
    return ([c for c in row] for row in rows)


def comp_inner_free(xs):
    return [[lambda: (x, y) for y in xs] for x in xs]


async def async_comprehensions(xs, aiter):
    a = [x async for x in aiter]
    b = [await x for x in xs]
    c = (x async for x in aiter)
    return a, b, c


def comp_and_later_local(xs):
    r = [t for t in xs]
    t = 1
    return r, t


def comp_uses_later_cell(xs):
    r = [lambda: t for _ in xs]
    t = 1
    return r


def comp_iter_var_is_global(xs):
    global gvar
    return [gvar for gvar in xs]


def outer_nonlocal_comp():
    v = 1

    def inner(xs):
        nonlocal v
        return [v for v in xs]
    return inner


module_level = [m for m in range(3)]
module_level_cell = [lambda: m2 for m2 in range(3)]
module_level_nested = [[a for a in range(b)] for b in range(3)]


class ClassComprehensions:
    attr = 5
    outer_iter = [i for i in range(attr)]      # the outermost iterable sees the class
    # the element cannot see class attributes: attr is global here
    element = [attr for i in range(3)]
    cell = [lambda: i for i in range(3)]
    nested = [[j for j in range(i)] for i in range(3)]
    gen = list(x for x in range(attr))


def class_in_function_comprehension():
    local = 1

    class C:
        a = [local for _ in range(2)]
        local = 2
        b = [local for _ in range(2)]
    return C
