# bool() and the results of comparisons and predicates
print(bool(), bool(0), bool(0.0), bool(0j), bool(""), bool(b""), bool([]), bool(()), bool({}), bool(set()), bool(range(0)))
print(bool(1), bool(-1), bool(0.1), bool("0"), bool(" "), bool([0]), bool((None,)), bool({0: 0}), bool(object()))
print(True + True, True * 3, str(True), repr(False), int(False), True & False, True | False, True ^ True)
print(type(1 < 2).__name__, type(not 5).__name__, type(isinstance(1, int)).__name__, type(any([])).__name__)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(bool.__bases__, True.__class__, (1 == 1) is True)
