# evaluation order of assignments and multiple targets
log = []
class Rec:
    def __setitem__(self, k, v):
        log.append(("set", k, v))
    def __getitem__(self, k):
        log.append(("get", k))
        return 0
def val(x):
    log.append(("val", x))
    return x
r = Rec()
r[val("k1")] = r[val("k2")] = val("v")
print(log)
log.clear()
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = [0, 1, 2]
i = 0
i, x[i] = 2, "set"
print(i, x)
d = {}
d["a"] = d["b"] = len(d)
print(d)
n = 1
n += n * 2
print(n)
lst = [1, 2]
lst[val(0)] += val(10)
print(lst, log)
