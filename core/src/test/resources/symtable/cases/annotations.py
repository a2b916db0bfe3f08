# Without the future import, annotations are evaluated in the enclosing scope.
x: int = 1
y: list[int]


def f(a: A, *args: B, k: C = 1, **kw: D) -> R:
    local: Annotated
    other: Other = 1
    (paren): int = 2
    obj.attr: int = 3
    return a


class C:
    attr: T
    lam: (lambda: Z) = 2


def annotation_lambdas(p: (lambda: 1), *q: (lambda: 2), r: (lambda: 3), **s: (lambda: 4)) -> (lambda: 5):
    pass
