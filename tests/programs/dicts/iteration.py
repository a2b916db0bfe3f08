# iterating over dicts
d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}", end="; ")
print()
for i, (k, v) in enumerate(sorted(d.items(), key=lambda kv: kv[1], reverse=True)):
    print(i, k, v)
print(list(zip(d, d.values())), sum(d.values()), max(d), min(d.values()))
it = iter(d)
print(next(it), list(it))
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
