# generator states and attributes
def g():
    yield 1
    yield 2
gen = g()
print(gen.gi_running, gen.gi_frame is not None, gen.__name__, gen.__qualname__)
next(gen)
print(gen.gi_suspended if hasattr(gen, "gi_suspended") else "n/a")
list(gen)
print(gen.gi_frame)
def self_ref():
    yield me.gi_running
me = self_ref()
print(next(me))
def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
print(iter(gen) is gen, type(gen).__name__)
