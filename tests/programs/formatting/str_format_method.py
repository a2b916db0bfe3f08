# str.format with positional, keyword, attribute and index fields
class Pt:
    x = 3
    y = [10, 20]
    def __init__(self):
        self.d = {"k": "v", 5: "five"}

p = Pt()
print("{} {} {}".format(1, "a", 2.5))
print("{0} {1} {0}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0.x} {0.y[1]} {0.d[k]} {0.d[5]}".format(p))
print("{p.y[0]} {p.x!r:>4}".format(p=p))
print("{0[0]} {0[2]} {1[b]}".format("xyz", {"b": 7}))
print("{:>{}}|{:^{w}.{p}f}|".format("r", 5, 3.14159, w=10, p=2))
print("{{}} {{{0}}} {}".format(1) if False else "{{}} {{{0}}}".format(1))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{0:{1}{2}}".format(42, "+", "08"))
print("{:%}".format(0.25), "{:,}".format(123456), "{:#b}".format(6))
print("{0}{0}{0}".format("ab"), "{a}{b}{a}".format(a=1, b=2))
print("{0[-1]}".format({"-1": "str key"}) if False else "{0[a]}".format({"a": "str key"}))
print(str.format("{} + {} = {}", 1, 2, 3), "{}".format([1, 2]), "{}".format(None))
print("{:d}".format(True), "{}".format(True), "{:5}|".format(True), "{!r:5}|".format(True))
print("{0:>5}{1:<5}|".format("ab", "cd"), "{}".format("{}"))
print("x{}y".format(""), "{:}".format(7), "{0!s:.2}".format(3.14159))
print("{a.real} {b[0][1]}".format(a=1 + 2j, b=[[0, 9]]))
