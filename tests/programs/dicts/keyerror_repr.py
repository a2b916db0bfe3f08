# KeyError keeps the key object; str() of it is the repr of the key
for key in ("s", 1, (1, 2), None, "", 2.5, "it's"):
    try:
        {}[key]
    except KeyError as e:
        print(repr(str(e)), e.args, repr(e))
try:
    raise KeyError()
except KeyError as e:
    print(repr(str(e)), e.args)
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(repr(str(e)), e.args)
