# methods of set, frozenset and other built-in types called unbound on receivers of the wrong type
for call in (lambda: set.add(frozenset(), 1), lambda: set.add(5, 1), lambda: list.append((), 1),
             lambda: dict.get([], 1), lambda: str.upper(5), lambda: set.union(frozenset({1}), {2}),
             lambda: frozenset.union({1}, {2}), lambda: list.sort((3, 1)), lambda: bytearray.append(b"", 1)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
class S(set):
    pass
class F(frozenset):
    pass
s = S()
set.add(s, 1)
print(sorted(s), set.union(s, {2}) == {1, 2}, frozenset.union(F({3}), {4}) == {3, 4})
for call in (lambda: frozenset.union(S(), {2}), lambda: set.add(F(), 1), lambda: set.issubset(F(), {1})):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
f = frozenset({1})
try:
    set.add(f, 2)
except TypeError:
    pass
print(f)
