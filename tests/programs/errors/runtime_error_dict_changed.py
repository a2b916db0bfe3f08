# RuntimeError when a dict changes size during iteration
d = {1: "a", 2: "b"}
for k in d:
    d[k + 10] = "new"
