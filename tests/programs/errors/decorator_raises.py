# a decorator that raises: the traceback points at the decorator line
def register(func):
    print("registering", func.__name__)
    return func
def reject(func):
    raise ValueError(f"cannot decorate {func.__name__}")
@register
def first():
    pass
@register
@reject
@register
def second():
    pass
