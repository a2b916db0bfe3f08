# Layout oddities: continuations, semicolons, tabs, form feeds, unicode names, one-liners.
import os, sys; from os import path as p, sep
from collections import (OrderedDict as OD,
                         namedtuple,
                         )

total = 1 + \
        2 + \
    3
if total > 5 and \
   total < 10: print("in range")
names = ['alpha',
  'beta',   # comment in a bracket
      'gamma'
]
call = max(
    1,

    2,
)
x = 1; y = 2; z = x + y;
for i in range(2): pass
while False: break
class Empty: pass
def noop(): ...
def one_liner(a): return a * 2

café = "coffee"
π = 3.14159
名前 = "namae"
Ξ_2 = [café, π, 名前]


def tabbed(n):
	"""This function is indented with tabs only."""
	if n:
		return n - 1
	return 0



def after_form_feed(*, key: str = "k") -> str:
    return key


@lambda f: f
def decorated_by_lambda():
    return "PEP 614"


@(lambda f: f)
@OD.fromkeys.__class__ if False else (lambda f: f)
def decorated_by_expression():
    return "arbitrary decorator expressions"


def signature(a, b=2, /, c=3, *, d, e=5, **f):
    return a, b, c, d, e, f


def varargs(first, *rest, last=None, **options):
    return first, rest, last, options


Point = namedtuple("Point", "x y")
pt = Point(1, y=2)
long_string = "a long string literal that goes on and on " \
              "and is continued on the next line"
paths = [p.join("a", "b"), sep, os.curdir, sys.byteorder]
print(total, names, call, x, y, z, Ξ_2, tabbed(3), after_form_feed(key="v"), decorated_by_lambda())
print(decorated_by_expression(), signature(1, d=4), varargs(1, 2, 3, last=4, o=5), pt, long_string, paths)
if True:
    if False:
        pass
    elif None:
        pass
    else:
        # a comment at an odd indentation
            # and another one
        pass
