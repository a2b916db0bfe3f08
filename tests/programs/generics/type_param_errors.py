# SyntaxErrors of type parameters, caught through compile()

sources = [
    "def f[T = int, U](): pass",
    "class C[T, *Ts = int, **P]: pass",
    "type A[T = int, U] = T",
    "def f[T, T](): pass",
    "class C[T, **T]: pass",
    "def f[T](): nonlocal T",
    "def f[T: (yield)](): pass",
    "class C[T: (x := 1)]: pass",
    "type X[T] = (yield)",
    "type X = (await x)",
    "def f[T = (yield)](): pass",
    "def f[**P = (lambda: (yield))()](): pass",
    "class C[T]:\n    def f(self):\n        nonlocal T",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)
