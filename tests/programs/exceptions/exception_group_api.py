# BaseExceptionGroup / ExceptionGroup: constructor checks, split, subgroup, derive


def attempt(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("no args", lambda: ExceptionGroup())
attempt("one arg", lambda: ExceptionGroup("m"))
attempt("three args", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("int message", lambda: ExceptionGroup(1, [ValueError()]))
attempt("not a sequence", lambda: ExceptionGroup("m", ValueError()))
attempt("a set", lambda: ExceptionGroup("m", {1}))
attempt("empty", lambda: ExceptionGroup("m", ()))
attempt("class not instance", lambda: ExceptionGroup("m", [ValueError]))
attempt("second item bad", lambda: ExceptionGroup("m", [ValueError(), "x"]))
attempt("keywords", lambda: ExceptionGroup("m", [ValueError()], extra=1))
attempt("only keywords", lambda: ExceptionGroup(message="m", exceptions=[ValueError()]))
attempt("base in EG", lambda: ExceptionGroup("m", [SystemExit(1)]))
attempt("BEG of Exceptions", lambda: BaseExceptionGroup("m", (ValueError(1),)))
attempt("BEG of base", lambda: BaseExceptionGroup("m", [ValueError(1), KeyboardInterrupt()]))
attempt("tuple", lambda: ExceptionGroup("m", (ValueError(1), TypeError(2))))
attempt("range is a sequence", lambda: ExceptionGroup("m", range(0)))


class MyGroup(ExceptionGroup):
    pass


class MyBaseGroup(BaseExceptionGroup):
    pass


attempt("subclass", lambda: MyGroup("m", [ValueError()]))
attempt("subclass base", lambda: MyGroup("m", [GeneratorExit()]))
attempt("base subclass", lambda: MyBaseGroup("m", [ValueError()]))
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print([c.__name__ for c in ExceptionGroup.__mro__])

eg = ExceptionGroup("one", [ValueError("only")])
print(str(eg), "|", str(ExceptionGroup("two", [ValueError(), TypeError()])))
print(eg.args, eg.message, eg.exceptions, type(eg.exceptions).__name__)
for attr in ("message", "exceptions"):
    try:
        setattr(eg, attr, None)
    except AttributeError as e:
        print(attr, "AttributeError:", e)

# the exceptions tuple is made once; args keep what was passed
members = [ValueError(1)]
eg = ExceptionGroup("m", members)
members.append(TypeError(2))
print(repr(eg), len(eg.exceptions), eg.exceptions is eg.exceptions)


# split keeps the structure and copies traceback, cause, context and notes
def raise_group():
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("outer", [
            ValueError(1),
            ExceptionGroup("inner", [TypeError(2), ValueError(3)]),
            OSError(4),
        ]) from RuntimeError("cause")


try:
    raise_group()
except ExceptionGroup as e:
    eg = e
eg.add_note("a note")
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
for part in (match, rest):
    print(part.__traceback__ is not None, repr(part.__cause__), repr(part.__context__),
          part.__notes__, part.__notes__ is eg.__notes__)
print(eg.split(BaseException)[0] is eg, eg.split(BaseException)[1])
print(eg.split((TypeError, OSError)))
print(eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
print(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"))
print(eg.subgroup(lambda e: True) is eg, eg.subgroup(KeyError))
for bad in (1, ValueError(), [ValueError], (ValueError, 1)):
    attempt("split " + repr(bad), lambda: eg.split(bad))
attempt("split no args", lambda: eg.split())
attempt("derive", lambda: eg.derive([KeyboardInterrupt()]))
attempt("derive empty", lambda: eg.derive([]))


# derive decides the type of the parts
class Tagged(ExceptionGroup):
    def derive(self, excs):
        d = Tagged(self.message + "'", excs)
        d.tag = getattr(self, "tag", 0) + 1
        return d


t = Tagged("t", [ValueError(1), TypeError(2), Tagged("sub", [ValueError(3), KeyError(4)])])
m, r = t.split(ValueError)
print(type(m).__name__, repr(m), m.tag, repr(m.exceptions[1]))
print(type(r).__name__, repr(r), r.tag)


class Plain(ExceptionGroup):
    pass


m, r = Plain("p", [ValueError(1), TypeError(2)]).split(ValueError)
print(type(m).__name__, type(r).__name__)


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42


attempt("bad derive", lambda: BadDerive("b", [ValueError(), TypeError()]).split(ValueError))
print(ExceptionGroup[ValueError], BaseExceptionGroup[int].__origin__, ExceptionGroup[ValueError].__args__)
class MyGroup(ExceptionGroup):
    pass
print(MyGroup[KeyError])
