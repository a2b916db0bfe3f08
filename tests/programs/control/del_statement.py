# del of names, attributes, items and slices
x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)
class O:
    pass
o = O()
o.a = 1
o.b = 2
del o.a
print(vars(o))
try:
    del o.a
except AttributeError as e:
    print("AttributeError:", e)
d = {"k": 1, "j": 2, "i": 3}
del d["k"], d["j"]
print(d)
lst = list(range(8))
del lst[1], lst[1]
del lst[::3]
print(lst)
a = b = [1]
del a
print(b)
def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(local_del())
(p, q) = (1, 2)
del (p, q)
print("p" in globals(), "q" in globals())
try:
    del undefined_thing
except NameError as e:
    print("NameError:", e)
