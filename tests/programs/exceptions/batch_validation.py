# Exception groups, except*, and notes in a batch validator.
class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field


def validate(rec):
    errors = []
    if not isinstance(rec.get("name"), str):
        errors.append(ValidationError("name", "missing or not a string"))
    age = rec.get("age")
    if not isinstance(age, int):
        errors.append(TypeError(f"age must be int, got {type(age).__name__}"))
    elif age < 0:
        errors.append(ValidationError("age", "negative"))
    if errors:
        raise ExceptionGroup(f"record {rec.get('id')} invalid", errors)
    return True


def validate_all(records):
    problems = []
    for r in records:
        try:
            validate(r)
        except ExceptionGroup as eg:
            eg.add_note(f"in batch position {records.index(r)}")
            problems.append(eg)
    if problems:
        raise ExceptionGroup("batch failed", problems)


records = [
    {"id": 1, "name": "ann", "age": 3},
    {"id": 2, "age": -1},
    {"id": 3, "name": "x", "age": "old"},
    {"id": 4, "name": 5, "age": 2.5},
]
try:
    validate_all(records)
except ExceptionGroup as eg:
    print(repr(eg))
    print(str(eg), len(eg.exceptions), eg.message)
    for sub in eg.exceptions:
        print(" ", sub, sub.__notes__, [repr(x) for x in sub.exceptions])
    vm, rest = eg.split(ValidationError)
    print("split:", repr(vm), "|", repr(rest))
    print("subgroup:", eg.subgroup(lambda e: isinstance(e, TypeError)))
    print(eg.subgroup(KeyError))
try:
    try:
        validate_all(records)
    except* ValidationError as g:
        print("validation errors:", [str(e) for sub in g.exceptions for e in sub.exceptions])
    except* TypeError as g:
        print("type errors:", type(g).__name__, g.message)
except ExceptionGroup:
    print("not reached")
try:
    raise ExceptionGroup("plain", [KeyError("k"), OSError(2, "no file")])
except* KeyError as g:
    print("keys", repr(g))
except* OSError as g:
    print("os", repr(g), g.exceptions[0].errno, type(g.exceptions[0]).__name__)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        print("handled ValueError")
    except* TypeError:
        raise RuntimeError("from handler")
except ExceptionGroup as outer:
    print(repr(outer), [type(e).__name__ for e in outer.exceptions])
    print(repr(outer.exceptions[0].__context__))
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt()])
except BaseExceptionGroup as g:
    print(type(g).__name__, repr(g))
g = BaseExceptionGroup("auto", [ValueError()])
print(type(g).__name__, isinstance(g, ExceptionGroup))
for bad in [("m", []), ("m", [1]), (1, [ValueError()]), ("m", ValueError())]:
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
e = ValueError("base message")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__, str(e), repr(e))
try:
    e.add_note(42)
except TypeError as err:
    print(err)


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "*", excs)


mg = MyGroup("mine", [ValueError("v"), TypeError("t")])
a, b = mg.split(ValueError)
print(type(a).__name__, a.message, type(b).__name__, b.message)
print(mg.exceptions, type(mg.exceptions).__name__)
