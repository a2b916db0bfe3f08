# __dir__ customizes dir(); vars() reads __dict__
class Custom:
    def __init__(self):
        self.a = 1
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
class Plain:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
    def method(self):
        pass
print([n for n in dir(Plain()) if not n.startswith("__")], vars(Plain()))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
