# Private name mangling: __x in class C is stored as _C__x.
class Private:
    __slots__ = ("__a",)
    __count = 0
    __dunder__ = 1

    def __init__(self, __param):
        self.__attr = __param
        __local = 1
        return __local

    def __method(self):
        global __glob
        __glob = 1

    def uses_free(self):
        __outer_local = 1

        def inner():
            nonlocal __outer_local
            return __outer_local
        return inner

    def imports(self):
        import __dotted.module
        import __plain
        from m import __name as __alias
        return __dotted, __plain, __alias

    class __Inner:
        __deep = 1

        def f(self):
            return __deep

    def lambdas(self):
        return lambda __x: __x


class _Underscored:
    __y = 1


class __:
    __z = 1


class ___Leading:
    __w = 1


def __module_level():
    __not_mangled = 1
    return __not_mangled
