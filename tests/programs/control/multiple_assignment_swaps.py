# multiple assignments whose tuple the compiler does not build (a SWAP, or the stores in
# the other order): which value each name gets, with repeated names, mixed targets, in
# loops, generators, try blocks, class bodies and closures


def f(a, b, c):
    a, b = b, a
    out = [a, b]
    a, b, c = c, a, b
    out.append((a, b, c))
    a, a = b, c
    out.append(a)
    a, b, a = 1, 2, 3
    out.append((a, b))
    (x,) = a,
    out.append(x)
    a, b = (b,
            a)
    out.append((a, b))
    lst = [0, 0]
    a, lst[0] = 5, a
    out.append((a, lst))
    lst[1], a = a, 7
    out.append((a, lst))
    a, (b, c) = c, (b, a)
    out.append((a, b, c))
    a, b, *c = a, b
    out.append((a, b, c))
    a, b = b, a; c = a
    out.append((a, b, c))
    return out


print(f(1, 2, 3))


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print([fib(i) for i in range(15)], fib(90))


def gen():
    a, b = 1, 10
    while a < 5:
        sent = yield a, b
        a, b = a + 1, b - (sent or 0)


g = gen()
print(next(g), g.send(3), g.send(2), list(g))


def guarded(a, b):
    try:
        a, b = b, a // b
    except ZeroDivisionError as e:
        return "zero", a, b, str(e)
    return a, b


print(guarded(7, 2), guarded(7, 0))


def unbound():
    try:
        a, b = b, 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    b = 2
    a, b = b, a if False else b
    return a, b


print(unbound())


def closure():
    a, b = 1, 2

    def inner():
        return a, b

    a, b = b, a
    return inner()


print(closure())


class C:
    a, b = 1, 2
    a, b = b, a
    c, c = a, b


print(C.a, C.b, C.c)
m, n = 3, 4
m, n = n, m
print(m, n)
m, n, o = n, m, (m, n)
print(m, n, o)
