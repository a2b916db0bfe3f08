# enum: members named like Enum's own attributes (name, value) or a base's method
from enum import Enum
class Field(Enum):
    name = 1
    value = 2
    other = 3
    def describe(self): return "d"
class Sub(Enum):
    def describe(self): return "base"
class Sub2(Sub):
    describe = 5
    x = 6
print(Field.name, Field.value, Field.name.name, Field.value.value, Field.name.value, Field.other.name)
print(list(Field), Field(2), Field["name"], Field.other.describe())
print(Sub2.describe, Sub2.describe.value, list(Sub2))
class Color(Enum):
    RED = 1
for stmt in ["Color.RED.name = 'x'", "del Color.RED.value", "Color.RED.foo = 1; print(Color.RED.foo)"]:
    try: exec(stmt)
    except Exception as e: print(type(e).__name__, e)
