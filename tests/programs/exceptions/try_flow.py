# order of try / except / else / finally
def run(fail):
    log = []
    try:
        log.append("try")
        if fail == "value":
            raise ValueError("v")
        if fail == "key":
            raise KeyError("k")
        log.append("try-end")
    except ValueError as e:
        log.append(f"except ValueError {e}")
    except (KeyError, IndexError) as e:
        log.append(f"except tuple {e!r}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for f in (None, "value", "key"):
    print(run(f))
def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
def order():
    try:
        raise IndexError("i")
    except LookupError:
        return "LookupError clause first"
    except IndexError:
        return "never reached"
print(order())
