# Assignment expressions in comprehensions bind in the enclosing function or module.
def in_function(xs):
    if any((found := x) > 0 for x in xs):
        return found
    ys = [last := y for y in xs]
    return last, ys


def in_nested_comprehension(rows):
    return [[(total := c) for c in row] for row in rows], total


def with_global(xs):
    global g_result
    return [g_result := x for x in xs]


def in_lambda(xs):
    return lambda: [w := x for x in xs] and w


def walrus_outside_comprehension(x):
    if (y := x) > 1:
        return y


module_result = [mr := i for i in range(3)]
gen_result = list(gr := i for i in range(3))


class K:
    def m(self, xs):
        return [__private := x for x in xs], __private


def walrus_in_genexp_in_listcomp(rows):
    return [any((hit := c) for c in row) for row in rows], hit


def nonlocal_target():
    acc = 0

    def inner(xs):
        return [acc := acc + x for x in xs]
    return inner
