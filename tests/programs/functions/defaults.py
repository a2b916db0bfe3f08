# default argument values
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe(1), safe(2))
n = 10
def snapshot(v=n):
    return v
n = 20
print(snapshot(), greet.__defaults__, snapshot.__defaults__, safe.__defaults__)
def kwdef(*, a=1, b):
    return a, b
print(kwdef(b=2), kwdef.__kwdefaults__)
greet.__defaults__ = ("Hey", ".")
print(greet("Eve"))
