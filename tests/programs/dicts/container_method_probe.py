# Dict views, list/set/tuple methods and builtins over containers, one expression a line; the empty tuple is one object.
def t(src):
    try:
        r = eval(src, globals())
        print(src, "->", repr(r))
    except Exception as e:
        print(src, "!!", type(e).__name__, e)
lst = [1, 2, 3]
def del_ok():
    x = [0, 1, 2, 3, 4, 5]
    del x[::2]
    del x[-1:]
    return x
d = {'a': 1, 'b': 2, 'c': 3}
for s in ["d.keys() & {'a', 'z'} == {'a'}", "sorted(d.keys() - {'a'})", "d.keys() <= {'a','b','c','d'}", "d.items() & {('a', 1)}", "list(reversed(d))", "list(reversed(d.values()))", "list(reversed(d.items()))", "d | {'d': 4}", "{**d, 'a': 0}", "dict.fromkeys('ab', [])", "d.setdefault('z')", "d.pop('zz', 'dflt')", "d.popitem()", "dict(zip('ab', range(2)), c=5)", "dict([('a', 1)], a=2)", "dict(a=1) == dict([('a', 1)])", "d.get('a', 5)", "len(d)", "{1: 'a', 1.0: 'b', True: 'c'}", "{0: 'a', -0.0: 'b', False: 'c'}", "d.keys() == {'a', 'b', 'c', 'z'}", "d.values() == d.values()", "type(d.keys()).__name__", "repr(d.keys())", "repr(d.items())", "repr({}.values())", "d.keys().isdisjoint(['q'])", "d.keys().mapping", "'a' in d.items()", "('a', 1) in d.items()", "list(iter(d.items()))[:1]", "sorted(d.keys() ^ {'a', 'q'})", "[1,2,3].index(2, -2)", "[1,2,3].index(1, 1)", "[1,2,3].count([1])", "list.__add__([1], [2])", "[1, 2] * 0", "[[]] * 3", "[3, 1, 2].copy()", "sorted([3,1,2]).clear()", "lst.insert(100, 'x') or lst", "lst.insert(-100, 'y') or lst", "lst.extend('ab') or lst", "lst.remove('a') or lst", "lst[1:3]", "lst.__getitem__(slice(None, None, -2))", "del_ok()", "set('abc') == frozenset('cba')", "{1, 2} < {1, 2, 3}", "{1, 2}.issubset([1, 2])", "{1, 2}.union([3], (4,))", "{1, 2, 3}.intersection({2, 3}, [3])", "{1, 2}.symmetric_difference([2, 3])", "frozenset([1, 2]) | {3}", "{3} | frozenset([1, 2])", "type(frozenset([1]) | {3}).__name__", "type({3} | frozenset([1])).__name__", "{1, 2} - [1]", "set().pop()", "{1}.discard(5)", "frozenset().add", "repr(set())", "repr(frozenset())", "repr(frozenset({1}))", "{frozenset(): 1}", "hash(frozenset()) == hash(frozenset())", "set([1, 2]).isdisjoint(x for x in [3])", "{1, 2} == [1, 2]", "{1, 2} <= [1, 2]", "sorted({-1, -2, 5, 2**70})", "tuple(x for x in range(3))", "(1, 2) + (3,)", "(1,) * 3", "(1, 2, 3).count(2)", "(1, [2]) == (1, [2])", "((1, 2), (1, 3)) < ((1, 2), (1, 4))", "(1, 'a') < (1, 2)", "tuple.__mul__((1,), 2)", "tuple([1]) is tuple([1])", "list(map(lambda *a: a, 'ab', 'xyz'))", "list(filter(None, [0, 1, '', 'a', None, [], [0]]))", "list(zip())", "list(zip('ab', strict=True))", "list(enumerate('ab', 10))", "next(enumerate('ab'))", "list(reversed('abc'))", "list(reversed([]))", "all([])", "any([])", "sum([[1], [2]], [])", "sum(range(10), start=5)", "sum([1.5, 2], 0.5)", "min('bca')", "max([1, 2], [1, 3])", "max((), default=None)", "min(3, 1, key=lambda x: -x)", "divmod(2**100, 7)", "pow(2, 10, None)", "abs(-0.0)", "abs(True)", "round(True)", "hash(True) == hash(1)", "int.__bool__(0)", "bool.__and__(True, 1)", "True & 1", "True | False", "True ^ True", "type(True + 0).__name__", "isinstance(True, int)"]:
    t(s)
lst = [1, 2, 3]
def del_ok():
    x = [0, 1, 2, 3, 4, 5]
    del x[::2]
    del x[-1:]
    return x
empty = ()
other = ()
none = tuple()
def star(*args):
    return args
print(empty is other, none is empty, tuple([]) is empty, (1,)[1:] is empty, (1, 2)[5:] is empty,
      tuple(x for x in []) is empty, [()][0] is empty, star() is empty, (lambda: ())() is empty)
