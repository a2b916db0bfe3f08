# __getattribute__ sees every attribute access
class Spy:
    def __init__(self):
        self.value = 10
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("access", name)
        return super().__getattribute__(name)
    def method(self):
        return self.value * 2
s = Spy()
print(s.value)
print(s.method())
class Hidden:
    secret = "s"
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback {name}"
h = Hidden()
print(h.secret, h.other, type(h).secret)
