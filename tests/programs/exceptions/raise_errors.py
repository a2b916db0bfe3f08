# raising and catching things that are not exceptions
for bad in (5, "text", None, object):
    try:
        raise bad
    except TypeError as e:
        print("TypeError:", e)
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError
    except (ValueError, "not a class") as e:
        print("not reached", repr(e))
except TypeError as e:
    print("TypeError with a bad tuple member:", e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError
except ValueError as e:
    print("class raised as instance:", repr(e), e.args)
