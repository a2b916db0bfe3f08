# re.RegexFlag behaves as CPython's enum.IntFlag (boundary KEEP, global repr)
import re

F = re.RegexFlag
print(repr(re.I), str(re.I), format(re.I), f"{re.I:>5}", f"{re.M:#x}", int(re.I))
print(repr(re.I | re.M), str(re.I | re.M), type(re.I | re.M).__name__)
print(repr(~re.I), repr(re.I | 1024), repr(re.NOFLAG), str(re.NOFLAG), repr(re.I & re.M))
print(repr(1 | re.I), type(1 | re.I).__name__, repr(re.I ^ re.I), repr(re.I + 1), type(re.I + 1))
print(repr(~re.NOFLAG), repr(re.I & 3), repr(3 & re.I), repr(re.X ^ 64))
print(isinstance(re.I, int), isinstance(re.I | re.M, F), re.I.__class__ is F)
print(list(F), len(F), list(F.__members__), type(F.__members__).__name__)
print(repr(F(2)), repr(F(10)), repr(F['IGNORECASE']), F(0) is re.NOFLAG, F(2) is re.I)
print(F(10) is F(10), F.__members__['I'] is re.I, F.I is re.IGNORECASE)
print(re.I.name, (re.I | re.M).name, re.NOFLAG.name, re.I.value, (re.I | re.M).value)
print(re.I._name_, re.I._value_, repr(F(1 << 20).name), repr(F(1 << 20)))
print(list(re.I | re.M | re.X), list(re.NOFLAG), len(re.I | re.M), len(re.NOFLAG))
print(re.I in (re.I | re.M), re.X in (re.I | re.M), re.NOFLAG in re.I)
print(2 in F, re.I in F, 1024 in F, 'I' in F, 10 in F)
print(hash(re.I) == hash(2), re.I == 2, sorted([re.M, re.I, re.A]), bool(re.NOFLAG))
print(re.A, re.U, re.L, re.S, re.X, re.DEBUG, re.VERBOSE is re.X)
print(repr(F.ASCII | F.UNICODE), repr(re.I | re.M | re.S | re.X))
print(F.__name__, F.__qualname__, F.__module__, repr(F), str(F))
print(repr(F(2.0)), repr(F(-1)), repr(F(-3)), repr(F(re.M)))
for bad in ['a', None, 1.5, []]:
    try:
        F(bad)
    except ValueError as e:
        print('ValueError:', e)
for a, b in [(2, re.I | re.M), ('x', re.I)]:
    try:
        print(a in b)
    except TypeError as e:
        print('TypeError:', e)
try:
    F['nope']
except KeyError as e:
    print('KeyError:', e)
import copy
print(copy.copy(re.I) is re.I, copy.deepcopy(re.M) is re.M)
# patterns keep plain ints
p = re.compile('a', re.I | re.X)
print(p.flags, type(p.flags).__name__, p.flags == re.I | re.X | re.U, re.compile('(?i)x').flags)
print(repr(re.compile('x', re.I | re.A)), repr(re.compile(b'x', re.L)))
print(repr(re.compile('a', re.NOFLAG)), re.compile('a', 0).flags)
print(re.findall('a.b', 'A\nB a-b', re.I | re.S), re.sub('x', '-', 'XxX', flags=re.I))
print({re.I: 'i', re.M: 'm'}[2], [f for f in F if f & 0x42])
re.compile('a', re.I | 1 << 12)
