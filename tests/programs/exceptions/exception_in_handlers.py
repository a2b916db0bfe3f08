# exceptions raised in except, else and finally blocks
def in_except():
    try:
        raise ValueError("original")
    except ValueError:
        raise TypeError("from handler")
def in_else():
    try:
        pass
    except ValueError:
        pass
    else:
        raise KeyError("from else")
def in_finally():
    try:
        raise ValueError("replaced")
    finally:
        raise IndexError("from finally")
for f in (in_except, in_else, in_finally):
    try:
        f()
    except Exception as e:
        print(f.__name__, repr(e), repr(e.__context__))
def else_not_protected():
    try:
        try:
            x = 1
        except ZeroDivisionError:
            print("not here")
        else:
            x = 1 / 0
    except ZeroDivisionError as e:
        return f"outer caught {e}"
print(else_not_protected())
