# itertools: every function, reprs of count and repeat, argument errors
import itertools as it
from itertools import islice

print(list(islice(it.count(), 5)), list(islice(it.count(5, 2), 3)), list(islice(it.count(1.5, 0.5), 3)))
print(it.count(), it.count(5), it.count(5, 2), it.count(1.5), it.count(0, 1.0), it.count(2, -1),
      it.count(3, 1), it.count(0, 0))
c = it.count(10)
next(c)
print(c)
r = it.repeat("a", 3)
next(r)
print(r, it.repeat(1), it.repeat(1, -2), list(it.repeat("x", 2)), list(r))
print(list(islice(it.cycle("ab"), 5)), list(it.cycle([])))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], initial=10)),
      list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([], initial=0)),
      list(it.accumulate("abc")))
print(list(it.batched("abcdefg", 3)), list(it.batched([], 2)), list(it.batched(range(4), 2, strict=True)))
print(list(it.chain("ab", [1], ())), list(it.chain.from_iterable(["xy", "z"])), list(it.chain()))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])),
      list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(None, [0, 1, "", "a"])),
      list(it.filterfalse(lambda x: x % 2, range(6))))
print([(k, list(g)) for k, g in it.groupby("aaabccdaa")])
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = list(it.groupby("aabb"))
print([(k, list(g)) for k, g in groups])
gb = it.groupby("xxyz")
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 2, None)),
      list(islice("abcdefg", 0, None, 2)), list(islice("abc", None)), list(islice("abc", 1, None, None)))
src = iter(range(10))
print(list(islice(src, 2, 4)), next(src))
print(list(it.pairwise("abcd")), list(it.pairwise("a")), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.zip_longest("abc", [1])), list(it.zip_longest("ab", "x", fillvalue="-")), list(it.zip_longest()))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(b), list(a), it.tee([1], 0), len(it.tee("ab", 3)))
t1, t2 = it.tee("xyz")
t3, = it.tee(t1, 1)
print(list(t1), list(t2), list(t3))
print(list(it.product("ab", [1, 2])), list(it.product("ab", repeat=2)), list(it.product()),
      list(it.product("a", [])))
print(list(it.permutations("abc", 2)), list(it.permutations([1, 2, 3])), list(it.permutations("ab", 3)),
      list(it.permutations("ab", 0)))
print(list(it.combinations("abcd", 2)), list(it.combinations("ab", 3)), list(it.combinations("abc", 0)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement("", 1)),
      list(it.combinations_with_replacement("", 0)))
print(len(list(it.permutations(range(5), 3))), len(list(it.combinations(range(10), 4))),
      list(it.permutations(range(4)))[10:13])
print(type(it.chain()).__name__, type(it.count()).__module__, isinstance(it.count(), it.count))
for thunk in (lambda: it.islice([], -1), lambda: it.islice([], 1, -1), lambda: it.islice([], 0, 1, 0),
              lambda: it.islice([], "a"), lambda: it.islice([]), lambda: it.islice([], 1, 2, 3, 4),
              lambda: it.count("a"), lambda: it.batched([], 0),
              lambda: list(it.batched([1, 2, 3], 2, strict=True)), lambda: it.tee([], -1),
              lambda: it.product([1], repeat=-1), lambda: it.permutations([1], -1),
              lambda: it.combinations([1], -1), lambda: list(it.chain([1], 1)), lambda: it.cycle(1),
              lambda: it.accumulate(1), lambda: it.starmap(len), lambda: list(it.starmap(len, [1])),
              lambda: it.zip_longest(1), lambda: it.pairwise(1), lambda: it.groupby(1),
              lambda: it.takewhile(len), lambda: it.repeat(1, "a"), lambda: it.islice([], 1.5),
              lambda: it.combinations_with_replacement([1], -1)):
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__, e)
next(it.repeat(1, 0))
