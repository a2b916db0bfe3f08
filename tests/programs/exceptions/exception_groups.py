# ExceptionGroup construction, split and subgroup
eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"),
                             ExceptionGroup("nested", [KeyError("k"), ValueError("v3")])])
print(repr(eg))
print(str(eg), eg.message, len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError)))))
print(eg.subgroup(OSError))
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("e", [ValueError()])).__name__)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("base", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
derived = eg.derive([ValueError("only")])
print(repr(derived), derived.message)
