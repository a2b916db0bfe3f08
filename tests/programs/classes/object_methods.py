# methods every object inherits from object
class E:
    pass
e = E()
print(sorted(n for n in dir(object)))
print(e.__class__ is E, E.__base__ is object, object.__bases__, E.__mro__)
print(e.__eq__(e), e.__eq__(1), e.__ne__(1), e.__lt__(1))
print(E.__init__ is object.__init__, E.__repr__ is object.__repr__, e.__sizeof__() > 0)
print(object.__str__(1), object.__format__("x", ""))
print(e.__reduce_ex__ is not None, type(e.__hash__()).__name__, e.__dir__ is not None)
