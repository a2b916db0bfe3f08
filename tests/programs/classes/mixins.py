# mixin classes composed by multiple inheritance
class JsonMixin:
    def to_json(self):
        parts = [f'"{k}": {v!r}' for k, v in sorted(vars(self).items())]
        return "{" + ", ".join(parts).replace("'", '"') + "}"
class CompareMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    def __lt__(self, other):
        return self.key() < other.key()
class Person(JsonMixin, CompareMixin):
    def __init__(self, name, age):
        self.name, self.age = name, age
    def key(self):
        return (self.age, self.name)
    def __repr__(self):
        return f"Person({self.name!r})"
ps = [Person("b", 30), Person("a", 30), Person("c", 20)]
print(ps[0].to_json(), sorted(ps), Person("x", 1) == Person("x", 1), Person.__mro__)
