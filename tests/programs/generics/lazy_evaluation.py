# bounds, constraints, defaults and alias values are evaluated when first asked for


def lazy[T: Undefined, U: (Later, int), V = Missing]():
    pass


T, U, V = lazy.__type_params__
for attr, tp in (("__bound__", T), ("__constraints__", U), ("__default__", V)):
    try:
        getattr(tp, attr)
    except NameError as e:
        print("NameError:", e)

Undefined = str
Later = float
Missing = bytes
print(T.__bound__, U.__constraints__, V.__default__)
Undefined = int
print(T.__bound__, "(kept)")

calls = []


def counted(x):
    calls.append(x)
    return x


def once[T: counted(1)]():
    pass


print(calls)
tp = once.__type_params__[0]
print(tp.__bound__, tp.__bound__, calls)


def bad[T: 1 / 0]():
    pass


try:
    bad.__type_params__[0].__bound__
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

type Later2 = NotYet
try:
    Later2.__value__
except NameError as e:
    print("NameError:", e)
NotYet = dict
print(Later2.__value__)

type Rec = list[Rec]
print(Rec.__value__)
