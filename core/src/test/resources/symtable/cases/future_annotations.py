from __future__ import annotations

# Annotations become strings: their names stay out of the enclosing scopes.
x: Undefined = 1
y: List[int]


def f(a: A, *args: B, k: C = 1, **kw: D) -> R:
    local: Annotated
    return a


class C:
    attr: T
    other: (lambda: Z) = 2

    def m(self) -> Self:
        return self


def annotated_with_lambda(p: (lambda: Q)) -> (lambda: W):
    pass
