# function attributes
def func(a, b=2, *args, c, **kw):
    "A docstring."
    x = 1
    return a
print(func.__name__, func.__qualname__, func.__doc__, func.__module__)
print(func.__defaults__, func.__kwdefaults__, func.__code__.co_name, func.__code__.co_argcount)
print(func.__code__.co_varnames, func.__code__.co_kwonlyargcount, func.__code__.co_flags & 0x0C)
func.custom = "attr"
print(func.custom, func.__dict__)
class Outer:
    def method(self):
        def inner():
            pass
        return inner
print(Outer.method.__qualname__, Outer().method().__qualname__)
def nodoc():
    pass
print(nodoc.__doc__, (lambda: 0).__name__, (lambda: 0).__qualname__)
print(func.__annotations__, type(func).__name__, callable(func))
def annotated(x: int, y: "str" = "s") -> bool:
    pass
print(annotated.__annotations__)
func.__name__ = "renamed"
print(func.__name__, func.__qualname__)
