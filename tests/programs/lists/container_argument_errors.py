# Wrong arguments to list, dict and set methods and to the built-ins over iterables: CPython's messages.
def t(src):
    try:
        r = eval(src, globals())
        print(src, "->", repr(r))
    except Exception as e:
        print(src, "!!", type(e).__name__, e)
L = [3, 1, 2]
D = {'a': 1}
S = {1, 2}
for s in ["L.append()", "L.append(1, 2)", "L.insert(1)", "L.insert('a', 1)", "L.pop('a')", "L.pop(1, 2)", "L.index()", "L.index(1, 'a')", "L.count()", "L.sort(1)", "L.sort(key=1)", "L.sort(reverse=None)", "L.sort(cmp=None)", "L.extend(1)", "L.remove()", "L.reverse(1)", "L.copy(1)", "L.clear(1)", "L * 1.5", "L[1.5]", "L['a':]", "L[::'a']", "D.get()", "D.get(1, 2, 3)", "D.pop()", "D.setdefault()", "D.update(1)", "D.update([1])", "D.update([(1, 2, 3)])", "D.update({}, {})", "D.keys(1)", "D.items(1)", "D.copy(1)", "D.popitem(1)", "D.fromkeys()", "dict.fromkeys(1)", "D[[]]", "D | 1", "D |= 1", "S.add()", "S.add([])", "S.remove([])", "S.discard([])", "[] in S", "S.union(1)", "S | [1]", "S - 1", "S.update(1)", "S.issubset(1)", "S < [1]", "S.pop(1)", "frozenset(1)", "iter(1)", "iter(len, 1, 2)", "next(iter(L), 1, 2)", "list(iter(lambda: 1, 1))", "reversed(1)", "reversed(iter([1]))", "enumerate(1)", "zip(1)", "map(len, 1)", "filter(len, 1)", "sorted(1)", "min(1)", "max(1, 2, 3, key=1)", "sum(1)", "sum([1], 'a')", "sum(['a'], 'b')", "sum([[1]], [])", "any(1)", "all(None)", "len(iter([]))", "tuple(1)", "list((1,)).__getitem__()", "hash(L)", "hash(D)", "hash(S)", "hash((1, [2]))", "{(1, [2]): 1}", "frozenset([[1]])", "divmod([], 1)", "abs([])", "-[]", "~[]", "+[]", "L @ L", "L ** 2", "L < (1,)", "L == (3, 1, 2)", "(1, 2) + [3]", "[1] + (2,)", "L.__iadd__((4,)) is L", "L"]:
    t(s)
for r in [None, "x", 0, [], 2.5]:
    l = [1, 3, 2]
    l.sort(reverse=r)
    print(l, sorted([1, 3, 2], reverse=r))
