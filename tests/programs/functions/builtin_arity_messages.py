# Argument-count and keyword errors of built-in functions and constructors, and keyword suggestions.
for f in [lambda: sorted([1], reversed=True), lambda: sorted([1], k=1), lambda: print(en=""), lambda: print(fil=None), lambda: int("1", bas=2), lambda: "a".split(se=","), lambda: "a".split(s=","), lambda: [].sort(ke=1), lambda: max([1], kee=1), lambda: round(1, ndigit=2), lambda: round(1, n=2)]:
    try:
        f()
    except TypeError as e:
        print(e)
def two(a, b): pass
def f2(ab, cd): pass
for f in [lambda: two(1, bb=2), lambda: two(1, c=2), lambda: f2(1, c=2), lambda: f2(1, ac=1), lambda: f2(1, x=1)]:
    try:
        f()
    except TypeError as e:
        print(e)
for f in [lambda: round(), lambda: round(1, 2, 3), lambda: round(number=1.55, ndigits=1), lambda: round(1.5, ndigits=None), lambda: round(2.5, x=1), lambda: min(1, 2, kee=3), lambda: round(1, 2, ndigits=3)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
tests = ["int('1', 2, base=3)", "int('1', 2, 3)", "getattr(1)", "getattr(1, 'a', 2, 3)", "getattr(1, 'real', x=1)", "setattr(1)", "hasattr(1)", "isinstance(1)", "issubclass(int)", "divmod(1)", "pow(1)", "abs()", "abs(1, 2)", "len()", "iter()", "next()", "sum()", "any()", "all(1, 2)", "repr()", "ascii()", "chr()", "ord()", "hex()", "callable()", "format()", "format(1, 2, 3)", "vars(1, 2)", "dir(1, 2)", "id()", "hash()", "sorted()", "reversed()", "enumerate()", "zip(x=1)", "map()", "map(len)", "filter()", "filter(None)", "range(x=1)", "str(1, 2, 3, 4)", "float(1, 2)", "bool(1, 2)", "list(1, 2)", "tuple(1, 2)", "set(1, 2)", "dict(1, 2)", "type(1, 2)", "object(1)", "complex(1, 2, 3)", "bytes(1, 2, 3, 4)", "slice()", "super(1, 2, 3)", "open()", "min()", "print(1, x=2)", "input(1, 2)", "round()", "delattr(1)", "locals(1)", "globals(1)", "exec()", "eval()", "compile()", "bin(1, 2)", "oct()", "max(1, key=None, x=2)"]
for t in tests:
    try:
        eval(t)
        print(t, "ok")
    except Exception as e:
        print(t, "|", type(e).__name__, e)
tests = ["exec('1', {}, {}, 1)", "eval('1', {}, {}, 1)", "eval('x', globals={'x': 5})", "eval('x', locals={'x': 6})", "exec('y=1', globals={})", "eval('1', foo=1)", "str(b'abc', 'ascii')", "str(b'abc', encoding='ascii')", "str(object=5)", "str(x=5)", "bool(x=1)", "set(x=1)", "frozenset(1, 2)", "list(x=1)", "tuple(x=1)", "float(x=1)", "int(x=1)", "bytes(x=1)", "bytearray(1, 2, 3, 4)", "super(x=1)", "range(1, x=1)", "zip([1], strict=True, x=2)", "enumerate([1], start=1, x=1)", "enumerate(1, 2, 3)", "reversed(1, 2)", "pow(base=2, exp=3)", "pow(2, exp=3, mod=5)", "pow(1, 2, 3, 4)", "next(iter([]), 1, 2)", "format(1, format_spec='x')", "sorted([], 1)", "sum([1], start=5)", "sum([1], 5, 6)", "divmod(1, 2, 3)", "hash(1, 2)", "callable(1, 2)", "iter(1, 2, 3)", "dict(1, 2)", "object(x=1)", "type('A', (), {}, x=1)", "slice(1, x=2)", "complex(1, 2, 3)", "memoryview()", "property(1, 2, 3, 4, 5)", "classmethod()", "staticmethod(1, 2)", "map(x=1)", "filter(x=1)", "issubclass(int, int, int)", "isinstance(1, int, x=1)"]
for t in tests:
    try:
        r = eval(t)
        print(t, "ok", type(r).__name__)
    except Exception as e:
        print(t, "|", type(e).__name__, e)
