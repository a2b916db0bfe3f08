# A caller's frame reports the line of its call while the callee runs, for calls with
# *args/**kwargs (CALL_FUNCTION_EX) and keyword arguments (CALL_KW) as for plain calls:
# sys._getframe(1).f_lineno, through methods, __call__ and nested calls.
import sys


def caller_line(*args, **kwargs):
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno


def star(*args):
    x = 1
    return caller_line(*args)


def star_kw(**kwargs):
    y = 2
    return caller_line(**kwargs)


def keywords():
    z = 3
    return caller_line(1, k=2)


def plain():
    return caller_line(1)


class A:
    def __call__(self, *args, **kwds):
        return caller_line(*args, **kwds)

    def method(self, *args):
        return (
            caller_line(
                *args))


def outer(*args):
    # the outer frame's line while inner() runs
    def inner():
        return sys._getframe(1).f_lineno, sys._getframe(2).f_lineno
    return inner(*args)


print(star(1, 2), star_kw(a=1), keywords(), plain())
print(A()(1, b=2), A().method(3))
print(outer())
print([caller_line(*range(i)) for i in range(2)])
