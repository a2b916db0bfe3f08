# Argument errors of built-in methods and constructors: counts, keywords and the types
# Argument Clinic checks first (str(b, 1), bytes(1, 2)), as CPython 3.13 words them.


def t(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as e:
        print(s, "!!", type(e).__name__, repr(str(e)))
for s in ["int.from_bytes(b'a', 'big', 1)", "int.from_bytes()", "(1).to_bytes(1, 'big', 1)", "(1).to_bytes(length=1, byteorder='x')",
 "(1).bit_length(1)", "(1.5).as_integer_ratio(1)", "float.fromhex()", "float.fromhex(1)", "(1.5).hex(1)", "(1.5).is_integer(1)",
 "int.__new__(int, '1', base=1)", "float.__getformat__('x')", "(1.0).__round__('a')", "(1).__round__('a')", "round(1.5, 'a')",
 "[].sort(1)", "[].index()", "[].insert(1)", "[].pop(1, 2)", "[].copy(1)", "[].__reversed__(1)",
 "{}.get()", "{}.get(1, 2, 3)", "{}.pop()", "{}.setdefault()", "{}.update(1, 2)", "{}.fromkeys()", "dict.fromkeys(1)", "{}.popitem(1)", "{}.keys(1)", "{}.items(1)", "{}.copy(1)",
 "{1}.union(1)", "{1}.issubset()", "frozenset().copy(1)", "(1,).index()", "(1,).count()",
 "'a'.encode('utf-8', 'strict', 1)", "'a'.split(1)", "'a'.split(',', 'x')", "'a'.rsplit(maxsplit='x')", "'abc'.title(1)", "'a'.isidentifier(1)", "'a'.format_map(1)", "'{0}'.format_map({})",
 "range(1).count()", "range(1).index(1, 2)", "slice(1).indices()", "slice(1).indices(-1)", "iter([]).__length_hint__(1)", "reversed([]).__length_hint__(1)",
 "(1).__ceil__(1)", "(1.5).__floor__(1)", "(1.5).__trunc__(1)", "(1j).conjugate(1)", "complex.__complex__(1j, 1)", "(1).__getnewargs__(1)", "(1.5).__getnewargs__(1)", "'a'.__getnewargs__(1)",
 "memoryview(b'a').tobytes(1, 2)", "memoryview(b'a').tolist(1)", "memoryview(b'a').cast()", "memoryview(b'a').release(1)",
 "bytearray().append()", "bytearray().extend()", "bytearray().insert(1)", "bytearray().copy(1)", "b'a'.decode('utf-8', 'strict', 1)", "b'a'.count()", "b'a'.translate()", "b'a'.replace(b'a')",
 "bytes(1, 2)", "bytes('a', 1)", "bytearray('a')", "bytearray(1, 'x')", "str(b'a', 1)", "str(1, 'utf-8')", "int('1', base=40)", "float(1, 2)", "complex(1, 2, 3)", "complex('1', 2)", "tuple(1, 2)", "list(x=1)", "dict(1, 2)", "frozenset(1, 2)", "slice()", "slice(1, 2, 3, 4)", "object(1)", "type(1, 2)", "type('a', 1, {})", "str(b'ab', 'ascii')", "str(b'a', errors=1)", "str('a', 'utf-8')", "str(bytearray(b'x'), 'latin-1', 'strict')", "str(b'\\xff', 'ascii', 'replace')", "bytearray('a', 'ascii', 1)", "bytes('a', errors=None)", "memoryview(b'ab').tobytes('C')", "memoryview(b'ab').tobytes(order=None)", "memoryview(b'ab').tobytes(x=1)"]:
    t(s)
