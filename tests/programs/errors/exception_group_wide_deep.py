# a group wider than 15 and deeper than 10
def deep(n):
    if n == 0:
        return ValueError("bottom")
    return ExceptionGroup(f"level {n}", [deep(n - 1)])
try:
    raise ExceptionGroup("wide", [ValueError(i) for i in range(17)])
except ExceptionGroup as e:
    wide = e
raise ExceptionGroup("outer", [wide, deep(12), RuntimeError("last")])
