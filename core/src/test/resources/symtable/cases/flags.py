# Generators, coroutines, async generators, varargs, nesting and lambdas.
def gen():
    yield 1


def gen_from():
    yield from gen()
    return 1


async def coro():
    await coro()


async def async_gen():
    yield 1


async def async_with_for(cm, it):
    async with cm as v:
        async for i in it:
            return v, i


def varargs(a, b=1, /, c=2, *args, d, e=3, **kwargs):
    return a, b, c, args, d, e, kwargs


def posonly(a, /):
    return a


def nested_lambda(n):
    return lambda x, *a, k=n, **kw: x + n


def outer():
    def middle():
        def inner():
            return 1
        return inner
    return middle


def defaults_and_decorators():
    @decorator(lambda: 1)
    def inner(x=lambda: 2, *, y=lambda: 3):
        pass
    return inner


def return_in_generator():
    yield
    return


def fstrings(v, w):
    return f"{v!r:{w}} {v=}"


def dict_display():
    return {(lambda: 1): (lambda: 2), (lambda: 3): 4, **{}}


class ClassWithLambda:
    f = lambda self: self
