# __class__ and super(): methods that need the class cell, and classes that pass cells on.
class Base:
    def plain(self):
        return 1

    def uses_super(self):
        return super().plain()

    def uses_dunder_class(self):
        return __class__

    def super_in_nested(self):
        def inner():
            return super(Base, self)
        return inner

    def super_in_lambda(self):
        return lambda: super()

    def super_in_genexp(self):
        return (super() for _ in range(1))

    def super_in_listcomp(self):
        return [super() for _ in range(1)]

    class_level = [super for _ in range(2)]
    class_level_comp = [super() for _ in range(2)]
    class_level_dunder = [__class__ for _ in range(2)]


def outer():
    x = 1
    y = 2

    class Inner:
        x = 10                     # bound in the class and free in a method: DEF_FREE_CLASS

        def method(self):
            return x, y            # both come from outer(), not from the class

        def writes(self):
            nonlocal y
            y = 3

    return Inner


def outer_class_uses_outer():
    z = 5

    class C:
        w = z                      # class body reads an enclosing function's local (free)

        def m(self):
            return __class__, z

    return C


def no_super_in_module_function():
    return super


class Nested:
    class Deeper:
        def m(self):
            return super().m()

    def m(self):
        class Local:
            def n(self):
                return __class__
        return Local
