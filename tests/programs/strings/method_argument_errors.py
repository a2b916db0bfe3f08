# Wrong arguments to str and bytes methods, %-formatting and format specs: CPython's messages.
def t(src):
    try:
        r = eval(src, globals())
        print(src, "->", repr(r))
    except Exception as e:
        print(src, "!!", type(e).__name__, e)
for s in ["'abc'.split(None, None)", "'abc'.split(maxsplit='1')", "'abc'.center()", "'abc'.center(5, 'ab')", "'abc'.center(5, '')", "'abc'.ljust(2.5)", "'abc'.strip(1)", "'abc'.startswith(1)", "'abc'.startswith(['a'])", "'abc'.endswith(('a', 1))", "'abc'.find(1)", "'abc'.count('a', 'b')", "'abc'.replace('a')", "'abc'.replace(1, 2)", "'abc'.join('xyz')", "'abc'.join(1)", "'abc'.encode(1)", "'abc'.zfill('3')", "'abc'.expandtabs('8')", "'abc'.splitlines(1)", "'abc'.partition(1)", "'abc'.partition('')", "'abc'.index('z')", "'abc'[1:2:0]", "'abc' * 'b'", "'abc' + None", "'abc' < 1", "'a' in 1", "1 in 'a'", "None in 'a'", "b'a' in 'a'", "'a' in b'a'", "97 in b'a'", "b'abc'.find(98)", "b'abc'.count(256)", "b'abc'.split(' ')", "b'abc'.join(['a'])", "b'abc' + 'd'", "b'abc'.decode(1)", "bytes('abc')", "bytes(3.5)", "bytearray(b'a') + 'b'", "b'%d' % 'x'", "b'abc'.replace(b'a')", "str(b'abc', 'utf-8', 'strict', 1)", "'abc'.title(1)", "'abc'.upper(x=1)", "'a,b'.split(sep=',', maxsplit=-5)", "'a b c'.rsplit(maxsplit=1)", "'x'.format_map(1)", "'{a}'.format_map([])", "str.maketrans(1)", "str.maketrans('ab', 'c')", "str.maketrans({1.5: 'a'})", "str.maketrans({'ab': 'a'})", "'abc'.translate(5)", "'%s %s' % ('a',)", "'%(x)s' % ('a',)", "'%s' % {'a': 1}", "'%d' % [1]", "'%*s' % (1.5, 'x')", "'%.*f' % ('x', 1.0)", "'{0:{1}}'.format(1, [])", "'{:>{}}'.format('a', 'b')", "'{!r:}'.format()", "format(1, 1)", "format('a', 'd')", "format(1.5, 'd')", "format(1, 's')", "format([], 'x')", "format(1, '+s')", "format('a', '+')", "format('a', '=5')", "format(1, ',s')", "format(1.5, ',_f')", "format(1, '_,d')", "format(1, '.2d')", "format(1, '#s')", "format('a', '05')", "format(1j, '0')", "format(1.5, 'z')", "format('a', 'z')", "format(1, 'z')"]:
    t(s)

for s in ["b\"a\".decode(errors=1)", "bytearray(b\"a\").decode(1)", "b\"a\".decode(\"ascii\", \"strict\", 1)", "b\"aa\".replace(b\"a\", b\"b\", 1, 2)", "bytearray(b\"a\").replace(b\"a\")", "b\"a\".replace(b\"a\", b\"b\", count=1)"]:
    try:
        print(eval(s))
    except TypeError as e:
        print(e)
