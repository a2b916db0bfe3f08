# each loop iteration shares one variable unless a new scope is made
callbacks = {}
for name in ("a", "b", "c"):
    callbacks[name] = lambda: name
print({k: f() for k, f in callbacks.items()})
def bind(v):
    return lambda: v
callbacks = {n: bind(n) for n in ("a", "b", "c")}
print({k: f() for k, f in callbacks.items()})
handlers = []
i = 0
while i < 3:
    handlers.append(lambda j=i: j * j)
    i += 1
print([h() for h in handlers])
