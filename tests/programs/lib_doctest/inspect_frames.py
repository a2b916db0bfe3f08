# inspect's frame functions: currentframe, stack, getframeinfo, getouterframes,
# getinnerframes/trace from a traceback, FrameInfo and Traceback fields, getclosurevars.
import inspect
import os

NAME = os.path.basename(__file__)


def short(info):
    return (os.path.basename(info.filename), info.lineno, info.function,
            [line.strip() for line in info.code_context or []], info.index)


def inner():
    frame = inspect.currentframe()
    print(frame.f_code.co_name, frame.f_back.f_code.co_name, inspect.getlineno(frame))
    for info in inspect.stack()[:3]:
        print(short(info), info.frame.f_code.co_name)
    info = inspect.getframeinfo(frame.f_back)
    print(short(info), type(info).__name__)
    print(short(inspect.getframeinfo(frame, context=3)))
    print(short(inspect.getframeinfo(frame, context=0)))
    return [f.function for f in inspect.getouterframes(frame)]


def outer():
    return inner()


print(outer())


def failing():
    raise KeyError('x')


def caller():
    failing()


try:
    caller()
except KeyError as e:
    for info in inspect.getinnerframes(e.__traceback__):
        print(short(info))
    print([short(info)[2] for info in inspect.trace()])
    print(short(inspect.getframeinfo(e.__traceback__)))

limit = 10


def make():
    count = 0

    def closure(x):
        return count + x + limit + len([])
    return closure


print(inspect.getclosurevars(make()))
print(inspect.FrameInfo._fields if hasattr(inspect.FrameInfo, '_fields') else None)
print(inspect.Traceback._fields if hasattr(inspect.Traceback, '_fields') else None)


def with_args(a, b=2, *rest, d, **more):
    return inspect.getargvalues(inspect.currentframe())


print(with_args(1, d=4))
print(inspect.getargs(with_args.__code__))
print(inspect.formatannotationrelativeto(with_args)(int))
missing = [n for n in inspect.__all__ if not hasattr(inspect, n)]
print(missing)
