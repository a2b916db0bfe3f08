# from __future__ import annotations: the text CPython's unparser writes for many
# expression forms (parentheses from precedence, literals as their repr, f-strings)
from __future__ import annotations


def show(fn):
    for name, text in fn.__annotations__.items():
        print(f"{name:>6}: {text}")


def literals(a: 1, b: -1, c: 1.5, d: 1e16, e: 1e309, f: -1e309, g: 2j, h: 1.5 + 2j,
             i: 1e309j, j: 0x1F, k: 1_000_000, l: 10**30, m: 'single', n: "double",
             o: 'it\'s', p: "both ' and \"", q: b'bytes\x00', r: u'unicode', s: 'a' 'b',
             t: None, u: True, v: ..., w: '\n\t\u200b\x7f', x: 'é€😀', y: 0.1, z: 1 .real):
    pass


def operators(a: a + b * c, b: (a + b) * c, c: a - (b - c), d: (a - b) - c, e: 2 ** 3 ** 4,
              f: (2 ** 3) ** 4, g: -2 ** 2, h: (-2) ** 2, i: 2 ** -1, j: not a, k: ~a,
              l: +a, m: a and b or c, n: a and (b or c), o: not (a and b), p: a < b < c,
              q: a is not b, r: a not in b, s: (a < b) < c, t: a | b ^ c & d,
              u: (a | b) & c, v: a << b >> c, w: a @ b, x: a // b % c, y: -(-a)):
    pass


def containers(a: (1, 2), b: (), c: (1,), d: [1, 2], e: [], f: {1: 2, **d}, g: {},
               h: {1, 2}, i: {*a}, j: [*a, b], k: {k: v for k, v in x if k},
               l: [i for i in x for j in i], m: (i for i in x), n: {i for i in x},
               o: [i async for i in x]):
    pass


def subscripts(a: x[1], b: x[1, 2], c: x[1:2], d: x[::2], e: x[1:2, ::3], f: x[()],
               g: x[(1,)], h: tuple[*Ts], i: x[a, *b], j: dict[str, list[int | None]],
               k: Callable[[int, str], None], l: Literal['a', "b"], m: x[:], n: x[a:b:c]):
    pass


def calls(a: f(), b: f(1, *a, k=2, **kw), c: f(x for x in y), d: f((x for x in y), 1),
          e: a.b.c(d)[e].f, g: (lambda: 1)(), h: lambda x, /, y=2, *z, k, **kw: 0,
          i: lambda *a: a, j: lambda: 1, k: lambda *, k=1: k, l: a if b else c,
          m: (a if b else c) if d else e, n: a if (b if c else d) else e,
          o: (lambda: 1) if a else None):
    pass


def fstrings(a: f'{x}', b: f'{x!r:>{width}}', c: f'{x=}', d: f'{{literal}} {x}',
             e: f'{ {1: 2}[1]}', f: f'{(lambda: 1)()}', g: f'{x:{y}.{z}f}', h: f'{a!a}',
             i: f'a' 'b' f'{c}', j: f"{'quoted'}", k: f'{3.0:.2f}', l: f'{x!s:^10}'):
    pass


def returns() -> a if b else (lambda: c):
    pass


for fn in (literals, operators, containers, subscripts, calls, fstrings, returns):
    print(fn.__name__)
    show(fn)
