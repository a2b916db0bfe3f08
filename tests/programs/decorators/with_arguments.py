# decorators with arguments and preserved metadata
def repeat(times):
    def deco(fn):
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        wrapper.__wrapped__ = fn
        return wrapper
    return deco
@repeat(3)
def roll(x):
    "Return x."
    return x
print(roll(4), roll.__name__, roll.__doc__, roll.__wrapped__(1))
def retry(n):
    def deco(fn):
        def wrapper():
            for attempt in range(1, n + 1):
                try:
                    return fn(attempt)
                except ValueError as e:
                    print("attempt", attempt, "failed:", e)
            return "gave up"
        return wrapper
    return deco
@retry(3)
def flaky(attempt):
    if attempt < 3:
        raise ValueError(f"bad {attempt}")
    return "ok on " + str(attempt)
print(flaky())
@retry(2)
def always_bad(attempt):
    raise ValueError("never")
print(always_bad())
