# Specialized attribute loads on instance dicts, methods and slots, in functions using many
# names: each site must keep reading its own name (the specialized forms look the name up
# from the instruction's argument), through shadowing, deletion and a class change.


class Many:
    def __init__(self, k):
        self.a0 = k
        self.a1 = k + 1
        self.a2 = k + 2
        self.a3 = k + 3
        self.a4 = k + 4
        self.a5 = k + 5
        self.a6 = k + 6
        self.a7 = k + 7

    def m0(self):
        return self.a7 - self.a0

    def m1(self, x):
        return self.a1 * x + self.a6

    def m2(self):
        return (self.a2, self.a5)


class Slotted:
    __slots__ = ("s0", "s1", "s2", "s3")

    def __init__(self, k):
        self.s0 = k
        self.s1 = -k
        self.s2 = k * k
        self.s3 = str(k)


def reads(objs):
    total = 0
    for o in objs:
        total += o.a0 + o.a1 * 2 + o.a2 * 3 + o.a3 * 5 + o.a4 * 7 + o.a5 * 11
        total += o.a6 * 13 + o.a7 * 17 + o.m0() + o.m1(3) + sum(o.m2())
    return total


def slot_reads(objs):
    out = []
    for o in objs:
        out.append((o.s3, o.s2 + o.s1 + o.s0))
    return out[:3] + out[-2:]


objs = [Many(k) for k in range(60)]
print(reads(objs))
print(reads(objs))
print(slot_reads([Slotted(k) for k in range(50)]))

# an instance attribute shadowing a method, once the method sites are specialized
objs[10].m0 = lambda: 1000
print(reads(objs))

# an attribute deleted under a specialized load
del objs[20].a3
try:
    reads(objs)
except AttributeError as e:
    print("AttributeError:", e)
objs[20].a3 = 0
print(reads(objs))


# the class changes: a method replaced, a new base attribute read through instances
def m2(self):
    return (self.a0, self.a0)


Many.m2 = m2
print(reads(objs))
print(sum(o.m1(1) for o in objs[:5]), [o.m2() for o in objs[:3]])
