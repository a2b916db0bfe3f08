# simple function decorators
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("world"), greet.__name__)
def trace(fn):
    def wrapper(*args):
        print("->", fn.__name__, args)
        result = fn(*args)
        print("<-", fn.__name__, result)
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
def register(registry):
    def deco(fn):
        registry.append(fn.__name__)
        return fn
    return deco
names = []
@register(names)
def one(): pass
@register(names)
def two(): pass
print(names, one.__name__)
