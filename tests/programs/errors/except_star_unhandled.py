# except* re-raises the unhandled parts with what a handler raised
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("handler failed")
    except* TypeError as g:
        print("handled", repr(g))
f()
