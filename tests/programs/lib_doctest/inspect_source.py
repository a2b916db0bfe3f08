# inspect's source functions through linecache: getsource/getsourcelines/findsource of
# functions, methods, nested functions, classes, decorated functions and lambdas,
# getfile/getsourcefile/getmodule, getdoc/cleandoc (inherited docs too) and getcomments;
# the errors for builtins.
import inspect
import os
import json


# A comment about the function,
# on two lines.
def documented(a,
               b=(1,
                  2)):
    """First line.

        Indented more.
    Back.
    """
    if a:
        return [
            b,
        ]
    # a comment inside
    return None
    # trailing comment


class Outer:
    """Outer's doc."""

    # about method
    def method(self):
        '''Method doc.'''
        def inner():
            return 'inner'
        return inner

    class Nested:
        x = 1


class Child(Outer):
    def method(self):
        return 2


def deco(fn):
    return fn


@deco
def decorated():  # with a comment
    return 1


square = lambda x: x * x  # noqa
def one_liner(): return 'one'


print(inspect.getsource(documented), end='')
print(inspect.getsourcelines(Outer.method))
print(inspect.getsource(Outer), end='')
print(inspect.getsource(Outer.Nested), end='')
print(inspect.getsource(Outer().method()), end='')
print(inspect.getsource(decorated), end='')
print(inspect.getsource(square), end='')
print(inspect.getsource(one_liner), end='')
lines, start = inspect.findsource(documented)
print(start, lines[start], len(lines) > 80)
print(repr(inspect.getdoc(documented)))
print(repr(inspect.getdoc(Child.method)), repr(inspect.getdoc(Child)), repr(inspect.getdoc(Child())))
print(repr(inspect.cleandoc('  first\n    second\n      third\n\n')))
print(repr(inspect.cleandoc('\n\n  a\n\tb\n')))
print(repr(inspect.getcomments(documented)), repr(inspect.getcomments(Outer.method)),
      repr(inspect.getcomments(Outer)))
here = os.path.abspath(__file__)
print(inspect.getfile(documented) == here, inspect.getsourcefile(Outer) == here,
      inspect.getfile(Outer.method) == here)
print(inspect.getmodule(documented).__name__, inspect.getmodule(json.dumps).__name__,
      inspect.getmodule(Outer).__name__)
print(os.path.basename(inspect.getsourcefile(json.dumps)), os.path.basename(inspect.getfile(json)))
print(inspect.getmodulename('/a/b/mod.py'), inspect.getmodulename('x.txt'))
print(inspect.indentsize('    x'), inspect.indentsize('\tx'))
for obj in (len, 42, str):
    try:
        inspect.getfile(obj)
    except TypeError as err:
        print('TypeError:', err)
try:
    inspect.getsource(len)
except TypeError as err:
    print('TypeError:', err)
