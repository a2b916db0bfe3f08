# getstate/setstate (CPython's tuple), subclasses of Random (which core method decides how
# integers are drawn), SystemRandom, the seed types and the errors of the generator core.
import random

r = random.Random(424242)
r.random()
st = r.getstate()
print(type(st).__name__, len(st), st[0], type(st[1]).__name__, len(st[1]), st[2])
print(st[1][:5], st[1][-3:])
after = [r.random() for _ in range(5)]
r.setstate(st)
print(after == [r.random() for _ in range(5)])
r.gauss()
st = r.getstate()
print(st[2])
x = r.gauss()
r.setstate(st)
print(x == r.gauss())
fresh = random.Random(5).getstate()
print(fresh[1][-1], fresh[1][:3])
other = random.Random()
other.setstate(fresh)
print(other.random() == random.Random(5).random())
# version 2 states: words taken modulo 2**32
v2 = (2, tuple(w - 2**32 if i % 2 else w for i, w in enumerate(fresh[1][:-1])) + (624,), None)
other.setstate(v2)
print(other.random() == random.Random(5).random())

def attempt(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(r.setstate, (4, (), None))
attempt(r.setstate, (3, [0] * 625, None))
attempt(r.setstate, (3, (0,) * 10, None))
attempt(r.setstate, (3, (0,) * 624 + (625,), None))
attempt(r.setstate, (3, (0,) * 624 + (-1,), None))
attempt(r.setstate, (3, (-1,) + (0,) * 624, None))
attempt(r.setstate, (3, ("x",) + (0,) * 624, None))
attempt(r.seed, [1, 2])
attempt(r.seed, {1: 2})
attempt(r.seed, (1, 2))
attempt(random.Random, [1])
attempt(random.Random, 1, 2)
attempt(r.random, 1)
attempt(r.getrandbits)

class Fixed(random.Random):
    """Only random() overridden: integers come from random() alone."""
    def __init__(self, values):
        self.values = list(values)
        super().__init__(0)

    def random(self):
        return self.values.pop(0)

f = Fixed([0.1, 0.5, 0.99, 0.25, 0.75, 0.0, 0.6])
print(f.randrange(10), f.randint(1, 6), f.choice("abcdefgh"), f.random())
print(Fixed._randbelow is random.Random._randbelow_without_getrandbits)

class Bits(random.Random):
    """getrandbits() overridden: used for integers, random() still the twister's."""
    def getrandbits(self, k):
        self.calls = getattr(self, "calls", 0) + 1
        return super().getrandbits(k)

b = Bits(3)
print(b.randrange(1000), b.calls, b.random() == random.Random(3).random() or "differs")
print(Bits._randbelow is random.Random._randbelow_with_getrandbits)

class Both(Bits):
    def random(self):
        return 0.5
print(Both._randbelow is random.Random._randbelow_with_getrandbits)

class Seeded(random.Random):
    def seed(self, a=None, version=2):
        self.seen = a
        super().seed(a, version)
s = Seeded(11)
print(s.seen, s.random() == random.Random(11).random())
print(isinstance(s, random.Random), random.Random.__mro__[1].__name__,
      random.Random.__mro__[1].__module__)
print(sorted(vars(random.Random(1))))
print(random.Random.VERSION)

sr = random.SystemRandom()
v = sr.random()
print(0.0 <= v < 1.0, type(v).__name__)
print(0 <= sr.randrange(10) < 10, sr.getrandbits(0), len(sr.randbytes(9)))
print(sr.seed(123))
print(len(sr.sample(range(50), 5)), sr.choice([7]))
attempt(sr.getstate)
attempt(sr.setstate, None)
attempt(sr.getrandbits, -2)
print(random.__all__)

# keywords, subclasses overriding randrange or item access, and the extreme ints
k = random.Random(77)
print(k.randrange(start=1, stop=10), k.randrange(0, 10, step=3), k.randint(a=1, b=2),
      k.choice(seq="xyz"), k.randrange(10, None), k.randrange(-2**63, 2**63 - 1),
      k.randint(2**63 - 5, 2**63 + 5), k.randrange(0, 2**62 * 3, 2**61 + 1),
      k.randrange(5, -10**20, -7), k.choice(range(10**20, 10**20 + 9)))
attempt(k.randrange, 10, None, 2)
attempt(k.randrange, 10, None, True)
attempt(k.randrange, 3, 1, -1)

class Doubled(random.Random):
    def randrange(self, start, stop=None, step=1):
        return 2 * super().randrange(start, stop, step)

print([Doubled(5).randint(1, 3) for _ in range(3)], random.Random(5).randint(1, 3))

class Reversed(list):
    def __getitem__(self, i):
        return list.__getitem__(self, -1 - i)

print(random.Random(9).choice(Reversed([1, 2, 3, 4])), random.Random(9).choice([1, 2, 3, 4]))
attempt(random.Random(9).choice, Reversed())
attempt(random.Random(9).choice, {})
