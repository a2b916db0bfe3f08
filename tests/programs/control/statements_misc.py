# Statements and expressions: slicing assignment, unpacking, loops with else, scopes and precedence.
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
# list methods
l = [3, 1, 2]
t(lambda: l.insert(100, 9) or l)
t(lambda: l.insert(-100, 0) or l)
t(lambda: l.pop(-2))
t(lambda: l.pop(10))
t(lambda: l.index(9, -1))
t(lambda: l.copy() == l and l.copy() is not l)
t(lambda: [1, 2, 3, 4, 5][-2:-6:-1])
def sa():
    x = list(range(10))
    x[2:5] = "ab"
    x[::3] = [0] * 3 if False else x[::3]
    del x[1::4]
    x[len(x):] = [99]
    x[:0] = (-1,)
    return x
t(sa)
def sa2():
    x = [1, 2, 3]
    x[::-1] = [4, 5, 6]
    return x
t(sa2)
def sa3():
    x = [1, 2, 3]
    x[1:2] = x
    return x
t(sa3)
def sa4():
    x = [1, 2, 3]
    x[::2] = [1]
t(sa4)
def sa5():
    x = [1, 2]
    x[0:1] = 5
t(sa5)
t(lambda: [1, 2] * 0)
t(lambda: [[]] * 3)
def mul_in():
    x = [1, 2]
    x *= 2
    x += (3,)
    x += "ab"
    return x
t(mul_in)
def extend_self():
    x = [1, 2]
    x.extend(x)
    return x
t(extend_self)
t(lambda: sorted([3, 1, 2], key=None))
t(lambda: list(reversed([])) == [])
t(lambda: [1, 2, 3].count(2.0))
t(lambda: [float("nan")].count(float("nan")))
n = float("nan")
t(lambda: [n].count(n))
t(lambda: n in [n])
t(lambda: [n] == [n])
t(lambda: (n,) == (n,))
t(lambda: {n: 1}[n])
t(lambda: max([1, n, 3]))
t(lambda: sorted([3, n, 1, 2]))
t(lambda: min(n, 1))
t(lambda: [1, 2] < [1, 2, 0])
t(lambda: (1, 2) == [1, 2])
t(lambda: list("abc") + list(b"ab"))
t(lambda: list({1: 2}.items()))
t(lambda: tuple(x for x in range(3)))
t(lambda: (1, 2) + (3,) * 2)
t(lambda: (1, [2]) + ())
t(lambda: hash((1, (2, 3))) == hash((1, (2, 3))))
t(lambda: (1, 2, 3)[::-1][1:])
t(lambda: (1,) * -1)
t(lambda: tuple.__len__((1, 2)))
t(lambda: divmod(*(7, 2)))
t(lambda: [*range(3), *"ab", *{1: 2}])
t(lambda: {**{"a": 1}, "b": 2, **dict(c=3)})
t(lambda: (*[1, 2],))
def starassign():
    a, *b = "hello"
    *c, d = range(3)
    (e, f), g = [1, 2], 3
    [h, [i, *j]] = [1, [2, 3, 4]]
    return a, b, c, d, e, f, g, h, i, j
t(starassign)
def swap():
    a, b = 1, 2
    a, b = b, a
    x = [1, 2, 3]
    x[0], x[2] = x[2], x[0]
    i = 0
    i, x[i] = 1, 9
    return a, b, x
t(swap)
def chained():
    a = b = c = []
    a.append(1)
    x = y = 5
    x += 1
    return a, b, c, x, y
t(chained)
def walrus():
    data = [1, 5, 3, 8]
    if (n := len(data)) > 3:
        r = [y for x in data if (y := x * 2) > 5]
        return n, r, y
t(walrus)
def forelse():
    out = []
    for i in range(5):
        if i == 7:
            break
    else:
        out.append("no break")
    while False:
        pass
    else:
        out.append("while else")
    for i in []:
        pass
    return out, i if False else None
t(forelse)
def loopvar():
    for i in range(3):
        pass
    return i
t(loopvar)
def nested_break():
    res = []
    for i in range(3):
        for j in range(3):
            if j == 2:
                break
            if i == 1:
                continue
            res.append((i, j))
    return res
t(nested_break)
def tryret():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                return "ret"
        finally:
            print("  finally", i)
t(tryret)
def finally_break():
    for i in range(3):
        try:
            raise ValueError
        finally:
            break
    return "swallowed"
t(finally_break)
def cond():
    return [("a" if x % 2 else "b") + ("!" if x > 2 else "") for x in range(5)]
t(cond)
def lambdas():
    fs = {op: (lambda a, b, op=op: eval(f"a {op} b")) for op in "+-*/"}
    return {k: f(7, 2) for k, f in fs.items()}
t(lambdas)
def scoping():
    x = 1
    def f():
        return [x for _ in range(2)]
    class C:
        x = 2
        y = [x for _ in range(2)]
        z = (lambda: x)()
    return f(), C.y, C.z
t(scoping)
def delete():
    x = 1
    del x
    try:
        x
    except UnboundLocalError as e:
        return str(e)
t(delete)
def global_decl():
    global newglobal
    newglobal = 5
    return newglobal
t(global_decl)
t(lambda: newglobal)
def nonlocal_chain():
    a = 0
    def f():
        nonlocal a
        def g():
            nonlocal a
            a += 10
        g()
        a += 1
    f(); f()
    return a
t(nonlocal_chain)
t(lambda: __builtins__.len("ab"))
t(lambda: type(__builtins__))
t(lambda: (lambda: (yield))().__class__.__name__)
t(lambda: [i for i in range(3) if i if i > 1])
t(lambda: [(i, j) for i in range(3) for j in range(i)])
t(lambda: {i: j for i, j in zip("ab", "cd")})
t(lambda: [[j for j in range(i)] for i in range(3)])
t(lambda: 1 if True else 2 if False else 3)
t(lambda: not 1 == 2)
t(lambda: 1 < 2 > 0 != 3 == 3)
t(lambda: 0 or "" or [] or None)
t(lambda: 1 and 2 and 0 and 3)
t(lambda: (1, 2) if [] else {3: 4})
t(lambda: "b" in "abc" in "xabcx")
t(lambda: 2 ** 3 ** 2)
t(lambda: -2 ** -1)
t(lambda: 7 // -2 * -1 % 5)
t(lambda: 1 + 2 * 3 - 4 / 2 ** 2 // 1)
t(lambda: 10 - 3 - 2)
t(lambda: 2 ** -1 ** 2)
t(lambda: ~-1 << 3 >> 1 & 0xF | 0x10 ^ 3)
