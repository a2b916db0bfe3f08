# Operations on constants: the compiler folds most of them, and the values must be the
# ones computed at run time; operations that raise must raise when they run.
import sys

print(2 * 3 + 1, -(2 ** 10) // 3, 7 % -3, -7 // 2, 1 / 4, 2 ** -1, 10 ** 20)
print(2 ** 200, 1 << 130, (2 ** 64) * (2 ** 65), -(-9223372036854775808))
print(-0.0, -(0.0), +(-0.0), 0.0 * -1, 1e308 * 10, -(1e308 * 10))
print(~5, ~-1, not 0, not (), not 'x', -True, +False, ~0)
print('ab' * 3 + 'c', b'xy' * 2, (1, 2) * 3, 3 * (None,), len('z' * 5000), len((0,) * 300))
print((1, (2, 3), 'a')[1], 'abc'[1], 'abc'[-1], b'ab'[0], (1, 2, 3)[1:], 'hello'[::-1])
print(1 + 2j, (1 + 2j) * 1j, 1j ** 2, 3 & 5, 3 | 5, 3 ^ 5, 1 << 3, -16 >> 2)
print(True + True, True * 2.5, 2 ** 0.5, 10 // 3.0, divmod(7, 2) == (7 // 2, 7 % 2))
print('%s-%d' % ('a', 3), b'%d' % 5, 'x' 'y' + 'z')

for expr in ['1 / 0', '1 % 0', '1 // 0', '1 << -1', "'a' + 1", '(1, 2)[5]',
             '2.0 ** 10000', '-1 >> -1', "b'a' + 'b'"]:
    try:
        print(expr, '=', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)

def raises_at_run_time(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return (1, 2)[3]
    if kind == 2:
        return 'a' * -1 + 'b' - 'c'
    return 'ok'

for k in range(4):
    try:
        print(raises_at_run_time(k))
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print(type(e).__name__, e, 'at line', tb.tb_lineno)

def tests(x):
    out = []
    if 0:
        out.append('never')
    if 1:
        out.append('always')
    if not x in [1, 2, 3]:
        out.append('not in list')
    if x not in {4, 5}:
        out.append('not in set')
    if not x is None:
        out.append('is not None')
    if (x, 1) in [(2, 1), (3, 1)]:
        out.append('pair')
    while True:
        x += 1
        if x > 4:
            break
    else:
        out.append('never')
    for y in [x, 2 * 3]:
        out.append(y)
    return out

print(tests(2), tests(5), tests(None if False else 0))
print([i for i in (1, 2, 3) if i in [2, 3]], sorted({3, 1, 2}), list(x for x in [1, 2]))
sys.stdout.write(str(0.1 + 0.2) + '\n')
