# CPython 3.13's errors of the import system: types, messages and attributes
import sys

HERE = __file__.rpartition('/')[0]


def clean(x):
    return str(x).replace(HERE, "<here>")


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", clean(e))
        for attr in ("name", "name_from", "path"):
            if hasattr(e, attr) and getattr(e, attr) is not None:
                print("   ", attr, "=", clean(getattr(e, attr)))


def imp_missing():
    import _no_such_module_here


def imp_missing_sub():
    import _helper.sub


def imp_missing_in_pkg():
    import _pkg.nothing_there


def from_missing_name():
    from _helper import no_such_name


def from_pkg_missing():
    from _pkg import no_such_submodule


attempt("missing module", imp_missing)
attempt("not a package", imp_missing_sub)
attempt("missing submodule", imp_missing_in_pkg)
attempt("missing name", from_missing_name)
attempt("missing name in package", from_pkg_missing)

# relative imports resolved by __import__ with explicit globals
attempt("no parent", lambda: __import__("x", {"__name__": "top"}, None, [], 1))
attempt("beyond top", lambda: __import__("x", {"__name__": "a.b"}, None, [], 3))
attempt("package not str", lambda: __import__("x", {"__package__": 5}, None, [], 1))
attempt("globals not dict", lambda: __import__("x", None, None, [], 1))
attempt("no __name__", lambda: __import__("x", {}, None, [], 1))
attempt("negative level", lambda: __import__("x", level=-1))
attempt("empty name", lambda: __import__(""))
attempt("name not str", lambda: __import__(42))
attempt("fromlist item", lambda: __import__("_pkg", fromlist=[1]))
attempt("relative from package", lambda: __import__("sub", {"__package__": "_pkg"}, None, ["VALUE"], 1).__name__)

# None in sys.modules stops an import
sys.modules["_blocked"] = None


def blocked():
    import _blocked


def from_blocked():
    from _blocked import x


attempt("blocked", blocked)
attempt("from blocked", from_blocked)
del sys.modules["_blocked"]

# a failed import is not cached: it fails again
for i in range(2):
    try:
        import _broken
    except ZeroDivisionError as e:
        print("attempt", i, "ZeroDivisionError:", e, "_broken" in sys.modules)

# a SyntaxError in an imported module names its file and line
try:
    import _bad_syntax
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.filename.rpartition('/')[2], "_bad_syntax" in sys.modules)

# an ImportError of a module whose name is wrong suggests a close one (shown in the traceback)
from _helper import greett
