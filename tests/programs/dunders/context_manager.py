# __enter__ and __exit__
class Ctx:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with Ctx("a") as v:
    print("body", v)
with Ctx("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Ctx("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
with Ctx("outer") as o, Ctx("inner") as i:
    print("both", o, i)
with (Ctx("p1") as p1,
      Ctx("p2") as p2):
    print("parenthesized", p1, p2)
def early():
    with Ctx("ret"):
        return "returned value"
print(early())
for i in range(2):
    with Ctx(f"loop{i}"):
        if i == 0:
            continue
        break
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
