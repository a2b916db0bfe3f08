# the fields and keyword arguments of the built-in exception constructors
def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r), r.args)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
t("V kw", lambda: ValueError(1, x=2))
t("Imp kw", lambda: ImportError("m", name="n", path="p", name_from="q"))
t("Imp bad kw", lambda: ImportError("m", bogus=1))
t("Name kw", lambda: NameError("m", name="n"))
t("Name bad", lambda: NameError("m", obj=1))
t("Attr kw", lambda: AttributeError("m", name="n", obj=3))
t("Attr bad", lambda: AttributeError("m", bogus=3))
t("SE kw", lambda: SystemExit(1, code=2))
t("UDE", lambda: UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad"))
t("UDE1", lambda: UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"))
t("UDE few", lambda: UnicodeDecodeError("utf-8"))
t("UEE", lambda: UnicodeEncodeError("ascii", "\xe9", 0, 1, "ordinal not in range(128)"))
t("UEE2", lambda: UnicodeEncodeError("ascii", "\xe9\xe9", 0, 2, "ordinal not in range(128)"))
t("UEE big", lambda: UnicodeEncodeError("ascii", "\U0001f600", 0, 1, "x"))
t("UTE", lambda: UnicodeTranslateError("\xe9", 0, 1, "nope"))
e = ImportError("m", name="n", path="p")
print(e.name, e.path, e.msg, str(e))
e = NameError("m", name="n")
print(e.name, str(e))
e = AttributeError("m", name="n", obj=3)
print(e.name, e.obj)
print(AttributeError("x").name, AttributeError("x").obj, NameError("y").name, ImportError().name, ImportError().msg)
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")
print(e.encoding, e.object, e.start, e.end, e.reason)
print(str(KeyError()), str(KeyError(1, 2)), repr(KeyError("a")))
print(str(StopIteration()), StopIteration().value, StopIteration(1, 2).value)
print(SystemExit().code, SystemExit(1, 2).code)
print(repr(OSError(1)), str(OSError(1, 2)), str(OSError(1, 2, 3, 4, 5)), OSError(1,2,3).filename)
for f in (lambda: b"a\xff\xfeb".decode("utf-8"), lambda: "a\xe9".encode("ascii"), lambda: "\U0001f600".encode("latin-1"), lambda: b"\xff\xfe".decode("ascii")):
    try:
        f()
    except UnicodeError as e:
        print(type(e).__name__, e.args, str(e), e.start, e.end)
class MyErr(ValueError):
    def __init__(self, a, *, flag=False):
        super().__init__(a)
        self.flag = flag
e = MyErr(1, flag=True)
print(e.args, e.flag)
class Sub(KeyError):
    pass
try:
    Sub(1, x=2)
except TypeError as err:
    print(err)
