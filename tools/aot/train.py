# The training run behind pyjit's start-up cache (JDK 25's AOT cache, see
# tools/lib/jvm-options.sh): the JVM records which classes the interpreter loads and links,
# so that later runs start with them. It runs each
# bench/interp program, which together use most of the instruction set and the common
# builtins, at a small size; what they print is thrown away by the launcher.
import sys

suffix = "tools/aot/train.py"
root = sys.argv[0][:-len(suffix)] if sys.argv[0].endswith(suffix) else "./"
# each program's size: about 0.1 s of CPython 3.13, a few times its smoke size
programs = {"fib": 22, "loops": 200000, "objects": 50000, "generators": 200000,
            "nbody": 10000, "spectral_norm": 40, "fannkuch": 7, "oo_sim": 1000,
            "dict_str": 15, "closures_exc": 20000, "sieve": 20000, "mandelbrot": 30,
            "nqueens": 6, "binary_trees": 8, "pipeline": 5000, "float_math": 300,
            "unpacking": 3000}
for name, size in programs.items():
    path = root + "bench/interp/programs/" + name + ".py"
    with open(path) as f:
        source = f.read()
    sys.argv = [path, str(size)]
    exec(compile(source, path, "exec"), {"__name__": "__main__"})

# the error paths of small programs: a traceback and a SyntaxError printed as an uncaught
# exception would be (to stderr, thrown away), so that their classes are in the cache too
# (loading one class from the jar instead costs milliseconds: docs/internals/startup.md)
try:
    def divide(x):
        return 1 / x
    divide(0)
except ZeroDivisionError:
    sys.excepthook(*sys.exc_info())
try:
    compile("x = (\n", "<training>", "exec")
except SyntaxError:
    sys.excepthook(*sys.exc_info())

# common operations the benchmark programs do not reach, whose first use would otherwise
# load classes from the jar and the JDK's image and link call sites at run time (a string
# concatenation or a lambda linked at its first run spins a class, interpreted): a float's
# repr, round() of a float (BigDecimal, which brings BigInteger's fork-join helpers), an
# instance's and an exception's default repr, a set union, % and str.format, iterating a
# str, the str methods and f-string specs, the int/str conversions, bytes, dict and set
# comprehensions, del, global, dir(), iterating a set, eval, complex numbers
# (docs/internals/startup.md, fifth pass)
class Plain:
    pass


class Error(Exception):
    pass


def delete_local():
    local = 1
    del local


def set_global():
    global common
    common = common or []


common = [repr(1 / 3), round(2.5), round(2.675, 2), repr(Plain()), {1, 2} | {3},
          2 ** 100, divmod(7, 2), abs(-3.5), repr(Error("x")), str(Error("x")),
          "%d %s %.2f %r %x" % (1, "a", 2.5, "b", 255), "{} {:>5} {!r}".format(1, "x", "y"),
          min("abc"), [c for c in "ab"], list("ab"), int("ff", 16), hex(255), bin(3),
          oct(8), chr(65), ord("A"), b"ab".decode(), "ab".encode(), bytes([65]),
          ascii("\u00e9"), {i: i for i in range(2)}, {i for i in range(2)}, delete_local(),
          " a,b ".strip().split(","), "-".join(["a", "b"]), "ab".replace("a", "x"),
          "ab".startswith("a"), "ab" * 3, "a" in "abc", "x".center(5, "*"),
          f"{[1, 2]!r} {'a':<3}|{12345.678:,.1f} {255:#x} {0.5:%}", callable(len), id(1),
          dir([]), sorted({3, 1}), {"a": 1}.keys() & {"a"}, eval("1 + 2"),
          repr(complex(1, 2) * 2), abs(3 + 4j)]
set_global()
try:
    {}["x"]
except KeyError as e:
    common.append(repr(e))
deleted = 1
del deleted

# importing a library module reads its code objects from the .pyjc file the build made
# beside it (docs/internals/imports.md): the reader's classes, and the importer's, are then
# in the cache too
import importlib.util
import weakref
