# re-raising with a bare raise
def reraiser():
    try:
        raise ValueError("first")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    reraiser()
except ValueError as e:
    print("outer got", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def reraise_after_handling():
    try:
        raise KeyError("k")
    except KeyError as e:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
try:
    reraise_after_handling()
except KeyError as e:
    print("KeyError re-raised:", e)
def raise_saved():
    saved = None
    try:
        raise IndexError("saved")
    except IndexError as e:
        saved = e
    raise saved
try:
    raise_saved()
except IndexError as e:
    print("IndexError:", e)
