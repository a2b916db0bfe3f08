# implicit chaining through __context__
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError as e:
    print(repr(e), "<-", repr(e.__context__), e.__cause__, e.__suppress_context__)
def chain_of_three():
    try:
        try:
            try:
                raise ValueError("one")
            except ValueError:
                raise KeyError("two")
        except KeyError:
            raise TypeError("three")
    except TypeError as e:
        chain = []
        cur = e
        while cur is not None:
            chain.append(repr(cur))
            cur = cur.__context__
        return chain
print(chain_of_three())
try:
    try:
        raise ValueError("inner")
    finally:
        print("finally runs during propagation")
except ValueError as e:
    print("context of inner:", e.__context__)
try:
    err = ValueError("same")
    try:
        raise err
    except ValueError:
        raise err
except ValueError as e:
    print("self context avoided:", e.__context__)
