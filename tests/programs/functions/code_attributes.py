# Code objects' co_* attributes: names, counts, flags, cells (parameters that are cells
# come first), free variables, constants, co_lines() (the lines; offsets are pyjit's own),
# co_positions() and replace().


def f(a, b, /, c, *args, d, e=1, **kw):
    "doc"
    x = 1

    def inner():
        return x + a

    return inner


def g(p, q):
    def uses_q():
        return q
    return uses_q


co = f.__code__
for n in ["co_name", "co_qualname", "co_firstlineno", "co_argcount", "co_posonlyargcount",
          "co_kwonlyargcount", "co_nlocals", "co_varnames", "co_cellvars", "co_freevars",
          "co_names", "co_flags"]:
    print(n, getattr(co, n))
print(g.__code__.co_cellvars, g.__code__.co_varnames, g(1, 2).__code__.co_freevars)
print(co.co_filename.endswith("code_attributes.py"), type(co.co_stacksize).__name__,
      co.co_stacksize > 0)
print(co.co_consts[0], [type(c).__name__ for c in co.co_consts
                        if not isinstance(c, (int, str, type(None)))])
print(sorted({line for _, _, line in co.co_lines() if line is not None}))
print(all(end > start for start, end, _ in co.co_lines()))
print(all(len(p) == 4 for p in co.co_positions()))
print(sorted({p[0] for p in co.co_positions() if p[0] is not None}))

c2 = co.replace(co_name="renamed", co_qualname="Owner.renamed", co_firstlineno=100)
print(c2.co_name, c2.co_qualname, c2.co_firstlineno, c2 is co, co.co_name, co.co_qualname)
print(c2.co_varnames == co.co_varnames, c2.co_argcount)
try:
    co.replace(co_name=1)
except TypeError as exc:
    print("TypeError:", exc)
try:
    co.replace(bogus=1)
except TypeError as exc:
    print("TypeError:", exc)

inner = f(1, 2, 3, d=4)
print(inner.__code__.co_freevars, inner.__code__.co_qualname, inner.__code__.co_cellvars,
      inner())


def gen():
    yield 1


async def coro():
    pass


print(gen.__code__.co_flags & 0x20, coro.__code__.co_flags & 0x80,
      (lambda: 0).__code__.co_name, (lambda *a, **k: 0).__code__.co_flags & 0xc)
module_code = compile("x = 1\ny = x + 1\n", "<s>", "exec")
print(module_code.co_name, module_code.co_filename, module_code.co_names,
      sorted({line for _, _, line in module_code.co_lines() if line}))
print(compile("x + 1", "<e>", "eval").co_names, type(co).__name__)
