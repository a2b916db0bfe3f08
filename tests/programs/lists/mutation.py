# list mutation methods
a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
a.extend("ab")
a.insert(0, 0)
a.insert(100, "end")
a.insert(-1, "before-end")
a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("a")
print(a, a.index(2), a.index(5, 2), a.count(1))
a[0] = "zero"
a[-1] = "last"
print(a)
del a[1]
del a[-2:]
print(a)
a.reverse()
print(a)
a.clear()
print(a, len(a))
for bad in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(3)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
b = [1, 2]
b += [3]
b += (4, 5)
b += "x"
b *= 2
print(b)
c = b
c += [0]
print(b is c, len(b))
