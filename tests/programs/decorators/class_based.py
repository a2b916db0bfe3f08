# decorators implemented as callable classes
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)
@CountCalls
def hello(name):
    return "hi " + name
print(hello("a"), hello("b"), hello.calls, type(hello).__name__)
class Prefix:
    def __init__(self, p):
        self.p = p
    def __call__(self, fn):
        def wrapper(*a):
            return self.p + fn(*a)
        return wrapper
@Prefix(">> ")
def msg(s):
    return s
print(msg("text"))
