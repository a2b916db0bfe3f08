# an uncaught group: nested groups, a chained cause and context, notes
def inner():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("from handler") from e

def make():
    excs = []
    try:
        inner()
    except ValueError as e:
        e.add_note("note on v")
        excs.append(e)
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise TypeError("during")
    except TypeError as e:
        excs.append(e)
    nested = ExceptionGroup("nested", [OSError("os"), ExceptionGroup("deeper", [IndexError(3)])])
    excs.append(nested)
    eg = ExceptionGroup("top", excs)
    eg.add_note("multi\nline note")
    raise eg

make()
