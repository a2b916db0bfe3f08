# An if body that ends in a loop (or another compound statement) must still skip the else
# branch when the loop finishes.
def while_last(c):
    w = 0
    if c != 1:
        n = 0
        while n < 3:
            n += 1
    else:
        w = 5
    return w


def for_last(c):
    w = []
    if c:
        for i in range(3):
            w.append(i)
    elif c is None:
        w.append("none")
    else:
        w.append("else")
    return w


def while_else_last(c):
    out = []
    if c > 0:
        k = c
        while k > 0:
            k -= 1
            if k == 5:
                break
        else:
            out.append("loop done")
    else:
        out.append("not positive")
    out.append("end")
    return out


def try_last(c):
    out = []
    if c:
        try:
            out.append(1 // c)
        except ZeroDivisionError:
            out.append("zero")
    else:
        out.append("else")
    return out


def nested_if_last(a, b):
    if a:
        if b:
            r = "ab"
        else:
            while False:
                pass
    else:
        r = "not a"
        return r
    return "fell through"


def loop_in_loop(n):
    total = 0
    for i in range(n):
        if i % 2:
            j = 0
            while j < i:
                j += 1
                total += j
        else:
            total -= 1
    return total


print(while_last(2), while_last(1))
print(for_last(True), for_last(None), for_last(False))
print(while_else_last(3), while_else_last(9), while_else_last(0))
print(try_last(2), try_last(0), try_last(""))
print(nested_if_last(1, 1), nested_if_last(1, 0), nested_if_last(0, 0))
print(loop_in_loop(7))
g = 0
if g == 0:
    while g < 4:
        g += 1
else:
    g = -100
print(g)
