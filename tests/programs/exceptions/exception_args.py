# str() and repr() of exceptions with different args
for exc in (Exception(), Exception("msg"), Exception("a", "b"), Exception(42), Exception(None),
            ValueError(""), KeyError("key"), KeyError(), KeyError(1, 2), IndexError(3),
            OSError(2, "No such file"), OSError("just text"), OSError(1, 2, 3), StopIteration(5),
            SystemExit(3), UnicodeError("u"), AssertionError("am")):
    print(f"{repr(exc):45} {str(exc)!r}")
print(OSError(2, "No such file").errno, OSError(2, "No such file").strerror, StopIteration(5).value, SystemExit(3).code)
print(SystemExit().code, SystemExit(1, 2).code, StopIteration().value)
