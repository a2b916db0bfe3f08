# global and nonlocal, and how they interact with nesting and classes.
counter = 0


def bump():
    global counter
    counter += 1


def declares_unused_global():
    global never_assigned_at_module


def reads_global():
    return counter


def make_counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def read():
        return count
    return inc, read


def chain():
    a = 1

    def middle():
        def inner():
            nonlocal a
            a = 2
        return inner
    return middle


def global_shadows_enclosing():
    x = 1

    def inner():
        global x
        return x
    return inner, x


def nested_global_then_free():
    global shared

    def inner():
        return shared          # GLOBAL_IMPLICIT: the outer global declaration passes down
    return inner


class WithGlobal:
    global in_class
    in_class = 1

    def m(self):
        return in_class


def class_nonlocal():
    value = 1

    class C:
        nonlocal value
        value = 2

        def m(self):
            return value
    return C


def import_then_global():
    import os
    global os_alias
    os_alias = os


def except_and_with(f):
    try:
        pass
    except Exception as err:
        return err
    with f() as (a, b), f() as c:
        return a, b, c


def deletes(x):
    del x
    y = 1
    del y


def match_bindings(v):
    match v:
        case [first, *rest]:
            return first, rest
        case {"k": val, **others}:
            return val, others
        case Point(x=px) as whole if px:
            return whole
        case _:
            return None


def star_and_aug(xs):
    first, *middle, last = xs
    total = 0
    total += first
    return middle, last, total


def imports():
    import os.path
    import collections.abc as cabc
    from json import loads as jl, dumps
    return os, cabc, jl, dumps


from os import *


def debug_reads():
    if __debug__:
        return __debug__
