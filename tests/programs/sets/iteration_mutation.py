# a set must not change size while iterating
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
for x in list(s):
    s.add(x * 10)
print(s)
s = {1, 2, 3, 4}
for x in s.copy():
    if x % 2:
        s.remove(x)
print(s)
