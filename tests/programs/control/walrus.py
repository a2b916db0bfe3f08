# assignment expressions
data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long list", n)
pos = 0
while (chunk := data[pos:pos + 2]):
    print("chunk", chunk)
    pos += 2
print([y for x in data if (y := x * x) > 30], y)
def f():
    if any((found := v) > 10 for v in data):
        return found
print(f())
print((a := 5) + a, a)
values = {"x": 1}
if (v := values.get("x")) is not None:
    print("got", v)
total = 0
print([total := total + i for i in range(5)], total)
print(f"{(z := 3)} and z={z}")
