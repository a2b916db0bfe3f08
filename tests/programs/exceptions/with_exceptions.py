# exceptions flowing through with statements
class CM:
    def __init__(self, name, swallow=False, fail_exit=False):
        self.name, self.swallow, self.fail_exit = name, swallow, fail_exit
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, repr(ev))
        if self.fail_exit:
            raise RuntimeError(f"exit of {self.name} failed")
        return self.swallow
try:
    with CM("a"), CM("b", swallow=True), CM("c"):
        raise ValueError("body")
    print("continued after swallow")
except ValueError:
    print("not reached")
try:
    with CM("x", fail_exit=True):
        raise KeyError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
class FailEnter:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("exit is not called")
try:
    with CM("outer"), FailEnter():
        print("body not run")
except OSError as e:
    print("OSError:", e)
