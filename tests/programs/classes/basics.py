# class definition, instances, attributes
class Dog:
    species = "canis"
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
    def bark(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self
d = Dog("Rex", 3)
e = Dog("Fido")
print(d.name, d.age, e.age, d.species, Dog.species, d.bark(), e.birthday().birthday().age)
d.species = "own"
print(d.species, e.species, Dog.species)
Dog.species = "changed"
print(d.species, e.species)
print(type(d).__name__, type(d) is Dog, isinstance(d, Dog), Dog.__name__, Dog.__qualname__, Dog.__module__)
print(sorted(vars(d)), d.__dict__)
print(Dog.bark(d), Dog.bark is Dog.__dict__["bark"], d.bark.__self__ is d, d.bark.__func__ is Dog.bark)
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Dog.missing
except AttributeError as e:
    print("AttributeError:", e)
