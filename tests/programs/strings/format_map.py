# format_map with a dict subclass providing defaults
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"

print("{name} is {age}".format_map({"name": "Al", "age": 3}))
print("{name} likes {food}".format_map(Default(name="Bo")))
print("{0}".format_map({}) if False else "{a[0]}".format_map({"a": [5]}))
try:
    "{missing}".format_map({})
except KeyError as e:
    print("KeyError:", e)
print("{x:>5}|".format_map({"x": 7}))
