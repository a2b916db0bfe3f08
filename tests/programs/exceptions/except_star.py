# except* handles parts of exception groups
def raise_group():
    raise ExceptionGroup("batch", [ValueError("a"), TypeError("b"), ValueError("c"), KeyError("d")])
try:
    raise_group()
except* ValueError as g:
    print("ValueErrors:", repr(g))
except* TypeError as g:
    print("TypeErrors:", repr(g))
except* KeyError as g:
    print("KeyErrors:", [repr(e) for e in g.exceptions])
try:
    try:
        raise_group()
    except* (ValueError, TypeError) as g:
        print("handled", [str(e) for e in g.exceptions])
except ExceptionGroup as rest:
    print("unhandled rest:", repr(rest))
try:
    raise ValueError("plain")
except* ValueError as g:
    print("plain exception wrapped:", repr(g))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("raised in handler")
except (ExceptionGroup, KeyError) as e:
    print("raised from handler:", repr(e), "| context:", repr(e.__context__))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("raised in handler")
except ExceptionGroup as e:
    print("combined:", repr(e))
def nothing_raised():
    try:
        pass
    except* ValueError:
        print("never")
    else:
        print("else runs")
    finally:
        print("finally runs")
nothing_raised()
