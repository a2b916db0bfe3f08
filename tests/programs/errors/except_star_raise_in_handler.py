# except* with a raise ... from None in one clause and a bare raise in another
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as g:
    raise KeyError("x") from None
except* TypeError as g:
    raise
