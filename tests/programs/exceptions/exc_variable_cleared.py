# the except target is deleted at the end of the handler
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
def keep():
    saved = None
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return repr(saved)
print(keep())
def shadowed():
    exc = "local"
    try:
        raise KeyError
    except KeyError as exc:
        pass
    return "exc" in locals()
print(shadowed())
