# Property getters at hot sites run in a frame of their own whose caller is the reading
# frame: sys._getframe's f_back and f_lineno seen from the getter, an exception caught by the
# reader's handler, the recursion limit reached through getters, a getter returning a
# callable that is called at once, a getter made a generator or given a closure later.
import sys


class Task:
    def __init__(self, remaining):
        self._remaining = remaining

    @property
    def done(self):
        return self._remaining <= 0

    @property
    def caller(self):
        f = sys._getframe(1)
        return f.f_code.co_name, f.f_lineno - first_line

    @property
    def checked(self):
        if self._remaining < 0:
            raise ValueError("negative: " + str(self._remaining))
        return self._remaining

    @property
    def action(self):
        return lambda k: self._remaining * k


first_line = sys._getframe().f_lineno


def count_done(tasks):
    n = 0
    for t in tasks:
        if t.done:
            n += 1
    return n


def where(t):
    return t.caller


def safe(t):
    try:
        return t.checked
    except ValueError as e:
        return "caught " + str(e)


tasks = [Task(i % 5 - 1) for i in range(400)]
print(count_done(tasks))
print({where(t) for t in tasks[:50]})
print([safe(t) for t in tasks[:6]])
print(sum(t.action(2) for t in tasks))


class Chain:
    def __init__(self, n):
        self.n = n

    @property
    def depth(self):
        return 0 if self.n == 0 else 1 + Chain(self.n - 1).depth


print([Chain(k).depth for k in range(0, 200, 40)])
sys.setrecursionlimit(200)
try:
    Chain(500).depth
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)


def getter_frame(t):
    return t.frame_back


Task.frame_back = property(lambda self: sys._getframe(1).f_code.co_name)
print({getter_frame(t) for t in tasks[:40]})
Task.done = property(lambda self: "replaced")
print(count_done(tasks[:10]))


def gen_done(self):
    yield self._remaining


Task.done = property(gen_done)
print(sum(1 for t in tasks[:20] if t.done), [list(t.done) for t in tasks[:3]])


def make_closure(limit):
    def done(self):
        return self._remaining >= limit
    return done


Task.done = property(make_closure(2))
print(count_done(tasks))
del Task.done
try:
    count_done(tasks)
except AttributeError as e:
    print("AttributeError:", e)
