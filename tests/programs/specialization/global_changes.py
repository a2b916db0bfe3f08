# Globals and builtins looked up from a hot function while the module's namespace changes
# underneath: new globals shadowing builtins, deleted globals, rebinding, many new names.
def use_len(x):
    return len(x)

def use_scale(x):
    return x * scale

scale = 2
print([use_scale(i) for i in range(5)])
scale = 10
print([use_scale(i) for i in range(5)])
print([use_len("abc") for _ in range(5)])

def len(x):  # shadows the builtin from now on
    return -1

print([use_len("abc") for _ in range(5)])
del len
print([use_len("abcd") for _ in range(5)])
for i in range(50):
    globals()["g%d" % i] = i  # the globals dict grows and is rebuilt
print(use_scale(3), use_len([1, 2]))
del scale
try:
    use_scale(1)
except NameError as e:
    print(e)
scale = 0.5
print(use_scale(3))


def use_abs(x):
    return abs(x)
print([use_abs(-i) for i in range(4)])
saved_abs = abs
__builtins__.abs = lambda x: "patched"
print([use_abs(-i) for i in range(2)])
__builtins__.abs = saved_abs  # the corpus runs programs in one JVM, sharing the builtins
