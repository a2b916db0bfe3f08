# dir() of the built-in types, as CPython 3.13 lists them. SKIP holds the names pyjit
# leaves out on purpose (README "Known gaps": the buffer protocol, memory-layout
# members, text signatures, memoryview._from_flags).
SKIP = {'__basicsize__', '__dictoffset__', '__flags__', '__itemsize__', '__text_signature__',
        '__weakrefoffset__', '__buffer__', '__release_buffer__', '__alloc__',
        '_from_flags'}


import sys


def cell():
    x = 1
    return (lambda: x).__closure__[0]


try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__

types = [object, type, int, float, complex, bool, str, bytes, bytearray, list, tuple, dict,
         set, frozenset, range, slice, memoryview, property, staticmethod, classmethod,
         BaseException, Exception, ValueError, type(None), type(len), type(lambda: 0),
         type(iter([])), type(iter(())), type(iter(range(3))), type({}.keys()),
         type({}.values()), type({}.items()), enumerate, zip, map, filter, reversed, super,
         type(cell.__get__(1)), type(str.join), type(int.__add__), type(cell()), type(tb),
         type(type.__dict__['__name__']), type(type.__dict__['__base__']), type(iter('')),
         type(iter('\u00e9')), type(iter(b'')), type(iter(bytearray())), type(iter(set())),
         type(iter({})), type(iter({}.values())), type(iter({}.items())), type(reversed({})),
         type(reversed({}.values())), type(reversed({}.items())), type(reversed([])),
         type(reversed(range(2))), type(sys)]
for t in types:
    # not there yet: module annotations
    skip = SKIP | {'__annotations__'} if t is type(sys) else SKIP
    print(t.__name__, sorted(set(dir(t)) - skip))
