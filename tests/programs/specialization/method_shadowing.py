# Method calls at specialized sites on instances whose dicts come to hold the method's name:
# through setattr, __dict__ and vars(), update(), after clear() and deletion, on instances
# with many attributes, and on a copy of an instance dict.
class T:
    def __init__(self, n):
        self.n = n

    def get(self):
        return ("method", self.n)

    def other(self):
        return "other"


def call_get(o):
    return o.get()


ts = [T(i) for i in range(8)]
for _ in range(50):
    results = [call_get(t) for t in ts]
print(results[:3])

ts[0].get = lambda: "setattr"
setattr(ts[1], "get", lambda: "setattr()")
ts[2].__dict__["get"] = lambda: "__dict__"
vars(ts[3]).update({"get": lambda: "update"})
print([call_get(t) for t in ts])

del ts[0].get
ts[1].__dict__.clear()
ts[1].n = "cleared"
print([call_get(t) for t in ts[:4]])

# many attributes: every bit of the dict's key summary is likely set
big = T(99)
for i in range(200):
    setattr(big, "a%d" % i, i)
print(call_get(big))
big.get = lambda: "big shadow"
print(call_get(big))
delattr(big, "get")
print(call_get(big))
for i in range(200):
    delattr(big, "a%d" % i)
print(call_get(big), len(vars(big)))

# a dict copied into another instance, then shadowed
c = T(5)
c.__dict__.update(dict(ts[2].__dict__))
print(call_get(c))
c.__dict__.pop("get")
print(call_get(c))
print([t.other() for t in ts[:2]], [call_get(t) for t in ts[4:]])
