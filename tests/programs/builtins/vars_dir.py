# vars and dir on simple objects
class Simple:
    a = 1
    def __init__(self):
        self.b = 2
        self.c = 3
    def method(self):
        pass
s = Simple()
print(vars(s))
print([n for n in dir(s) if not n.startswith("_")])
print([n for n in dir(Simple) if not n.startswith("_")])
print(sorted(k for k in vars(Simple) if not k.startswith("__")))
print(dir([])[:3], len([n for n in dir(int) if not n.startswith("_")]))
def f():
    local_one = 1
    local_two = 2
    return dir()
print(f())
print(sorted(vars(type("T", (), {"z": 1, "y": 2}))))
