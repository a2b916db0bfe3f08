# add_note and __notes__
try:
    try:
        raise ValueError("base message")
    except ValueError as e:
        e.add_note("first note")
        e.add_note("second note")
        raise
except ValueError as e:
    print(e, e.__notes__)
e = KeyError("k")
print(hasattr(e, "__notes__"))
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError:", err)
