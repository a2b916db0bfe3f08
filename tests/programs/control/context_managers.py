# Context managers: resources, suppression, nesting and exceptions inside __exit__.
class Resource:
    log = []

    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter

    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError(f"cannot open {self.name}")
        Resource.log.append(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.log.append(f"close {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        return False


class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return None

    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            print("  suppressed", t.__name__, v)
            return True
        return None


with Resource("a") as a, Resource("b") as b:
    print(a.name, b.name)
print(Resource.log)
Resource.log.clear()
try:
    with Resource("x"), Resource("y", fail_enter=True):
        print("not reached")
except RuntimeError as e:
    print("RuntimeError", e, Resource.log)
Resource.log.clear()
with Suppress(KeyError, IndexError):
    [][0]
    print("not reached")
with Suppress(ZeroDivisionError):
    print("no error")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("escaped:", e)


def f():
    with Resource("in f"):
        return "returned"


print(f(), Resource.log)
Resource.log.clear()
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
print(Resource.log)


class Timer:
    def __init__(self):
        self.events = []

    def __enter__(self):
        self.events.append("start")
        return self.events

    def __exit__(self, *exc):
        self.events.append("stop")


t = Timer()
with t as ev:
    ev.append("work")
print(t.events)


class BadExit:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise ValueError("exit failed")


try:
    with BadExit():
        raise KeyError("inner")
except ValueError as e:
    print("ValueError", e, "context:", repr(e.__context__))
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError", e)


class NoExit:
    def __enter__(self):
        return 1


try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError", e)


class Gen:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        return next(self.gen)

    def __exit__(self, t, v, tb):
        if t is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        try:
            self.gen.throw(v)
        except StopIteration:
            return True
        except BaseException as e:
            if e is v:
                return False
            raise
        return False


def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("  handled inside generator:", e)
    finally:
        print(f"</{name}>")


with Gen(tag("p")) as T:
    print("  body", T)
with Gen(tag("div")):
    raise ValueError("boom")
try:
    with Gen(tag("span")):
        raise KeyError("k")
except KeyError as e:
    print("KeyError escaped", e)
