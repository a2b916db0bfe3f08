# class vs instance attributes and mutable class attributes
class Shared:
    items = []
    count = 0
    def add(self, x):
        self.items.append(x)
        self.count += 1
a, b = Shared(), Shared()
a.add(1)
b.add(2)
print(Shared.items, a.items is b.items, a.count, b.count, Shared.count)
print("count" in vars(a), "items" in vars(a))
class Config:
    debug = False
    level = 1
c = Config()
c.debug = True
print(c.debug, Config.debug)
del c.debug
print(c.debug)
setattr(Config, "level", 5)
print(c.level, getattr(c, "nope", "default"))
Config.new_attr = "added later"
print(c.new_attr)
del Config.new_attr
print(hasattr(c, "new_attr"))
