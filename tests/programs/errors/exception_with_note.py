# notes are printed after the exception message
try:
    raise KeyError("token")
except KeyError as e:
    e.add_note("while loading the session")
    raise
