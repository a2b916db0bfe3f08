# explicit chaining with raise ... from ...
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError(f"bad input {s!r}") from e
try:
    convert("x")
except TypeError as e:
    print(repr(e), "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("hidden context") from None
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError("direct") from KeyError("cause without try")
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise ValueError from IndexError
except ValueError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
