# list/tuple/str * an object that is not an int: tried as a repeat count only through
# __index__; otherwise the other operand's __rmul__/__mul__ decides, and when it declines
# too, CPython's "can't multiply sequence" TypeError (not a loop between the two).
class Declines:
    def __rmul__(self, other):
        return NotImplemented
    def __mul__(self, other):
        return NotImplemented

class Index:
    def __index__(self):
        return 3

class Reflected:
    def __rmul__(self, other):
        return ('rmul', other)

class Forward:
    def __mul__(self, other):
        return ('mul', other)

class MyList(list):
    pass

for seq in ([1, 2], (1, 2), 'ab', b'ab', MyList([7])):
    for other in (Declines(), Index(), Reflected(), 2.5, None):
        for expr in ('seq * other', 'other * seq'):
            try:
                print(type(seq).__name__, type(other).__name__, expr, eval(expr))
            except TypeError as e:
                print(type(seq).__name__, type(other).__name__, expr, 'TypeError:', e)
    print(Forward() * seq)
x = [0]
x *= Index()
print(x)
for other in (Declines(), Reflected(), 2.5):
    for start in ([0], MyList([0]), (0,)):
        y = start
        try:
            y *= other
            print(type(start).__name__, type(other).__name__, '*=', y)
        except TypeError as e:
            print(type(start).__name__, type(other).__name__, '*=', 'TypeError:', e)
try:
    [1].__imul__(Declines())
except TypeError as e:
    print('TypeError:', e)
print([1].__rmul__(Index()), (5,).__mul__(Index()))
