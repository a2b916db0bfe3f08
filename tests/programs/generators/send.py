# send() into generators
def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return "stopped"
g = echo()
print(g.send(None))
print(g.send("hello"))
print(g.send(42))
try:
    g.send("stop")
except StopIteration as e:
    print("returned", e.value)
def running_avg():
    total, n, avg = 0, 0, None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n
ra = running_avg()
next(ra)
print([ra.send(v) for v in (10, 20, 60)])
g2 = echo()
try:
    g2.send("early")
except TypeError as e:
    print("TypeError:", e)
