# A set test the interpreter fused with the jump after it (CONTAINS_OP_SET_JUMP) raising
# once the site is specialized: the traceback points at the test, with its carets.


def first_in(s, keys):
    for k in keys:
        if k in s:
            return k
    return None


s = {5, 6, 7}
for _ in range(100):
    first_in(s, [1, 2, 6])
print(first_in(s, [1, 7]))
print(first_in(s,
               [0, 1, {"unhashable": True}]))
