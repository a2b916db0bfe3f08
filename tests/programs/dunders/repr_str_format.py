# __repr__, __str__ and __format__ are used by different callers
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both as str"
    def __format__(self, spec):
        return f"formatted[{spec}]"
b = Both()
print(b, str(b), repr(b), [b], (b,), {b: b}, f"{b}", f"{b!r}", f"{b!s}", f"{b:xyz}", format(b, "q"))
print("%s %r" % (b, b), "{} {!r} {:spec}".format(b, b, b))
class ReprOnly:
    def __repr__(self):
        return "ReprOnly!"
print(ReprOnly(), str(ReprOnly()), f"{ReprOnly()}", f"{ReprOnly()!a}")
class NonAscii:
    def __repr__(self):
        return "café"
print(repr(NonAscii()), ascii(NonAscii()), [NonAscii()])
class BadRepr:
    def __repr__(self):
        return None
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
