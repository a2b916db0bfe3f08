# _string's parser (shared with str.format) and string.Formatter built on it
import _string
import string

def show_parse(s):
    try:
        print(repr(s), list(_string.formatter_parser(s)))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)

for s in ['', 'plain', 'a{{b}}c', '{}', '{0}{1}', '{x!r}', '{x!s:>10}', '{0:{1}.{2}}',
          '{a.b[c]}', '{a[}]}', '{:{}}', 'x{!a}y', 'tail{', '{0!}', '{0!r', '{0!rx}',
          '}', 'a}b', '{0:{', '{{', '}}', '{a{b}', '{0', '{[}', '{!', 'é{ü}ß',
          '{0:}', '{!r:}', '\U0001f600{0}']:
    show_parse(s)

# the parser is lazy: the pieces before an error come first
it = _string.formatter_parser('ab{0}cd}')
print(next(it))
try:
    next(it)
except ValueError as e:
    print('ValueError:', e)
print(type(_string.formatter_parser('')).__name__)

def show_split(name):
    try:
        first, rest = _string.formatter_field_name_split(name)
        print(repr(name), repr(first), type(rest).__name__, list(rest))
    except ValueError as e:
        print(repr(name), 'ValueError:', e)

for name in ['', '0', '12', 'abc', 'a.b', 'a[0]', 'a[x].y[10]', '0.real', 'a.', 'a[',
             'a[]', 'a[0]x', 'a..b', '\u0661\u0662', 'a[ 1]', '99999999999999999999']:
    show_split(name)

for bad in [None, 3, b'x']:
    for fn in (_string.formatter_parser, _string.formatter_field_name_split):
        try:
            fn(bad)
        except TypeError as e:
            print('TypeError:', e)
try:
    _string.formatter_parser('a', 'b')
except TypeError as e:
    print('TypeError:', e)

f = string.Formatter()
print(f.format('{0}-{1}-{0}', 'a', 'b'))
print(f.format('{}|{}', 1, 2))
print(f.format('{name!r:>8}|{n:{w}d}', name='x', n=42, w=6))
print(f.format('{0.real} {1[k]} {2[1]}', 3, {'k': 'v'}, [7, 8]))
print(f.format('{{literal}} {0:{1}{2}}', 3.14159, '.', '3'))
print(f.vformat('{a}{b}', (), {'a': 1, 'b': 2}))
print(list(f.parse('x{0:>{1}}y')))
print(f.get_field('0.imag', (5,), {}))
print(f.convert_field(1, 'r'), f.convert_field('q', 'a'), f.convert_field(2, None))
for args, kw in [(('{0:{1:{2}}}', 'abc', 's', ''), {}),
                 (('{}{0}', 1), {}),
                 (('{0}{}', 1), {}),
                 (('{0!x}', 1), {}),
                 (('{0', 1), {}),
                 (('{a.}', ), {'a': 1}),
                 (('{2}', 1), {}),
                 (('{nope}',), {})]:
    try:
        print(f.format(*args, **kw))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)

class Checking(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra:
            raise ValueError('unused: ' + ', '.join(sorted(extra)))
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<' + key + '>')
        return super().get_value(key, args, kwargs)
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)

c = Checking()
print(c.format('{a} {missing} {a!u}', a='hi'))
try:
    c.format('{a}', a=1, b=2, c=3)
except ValueError as e:
    print('ValueError:', e)
print(c.format('{0:>{width}}', 'r', width=5))
# str.format and Formatter agree
for s in ['{0:^9}', '{0!r:<6}', '{0:{1}}', '{0[0]}{0[1]}']:
    print(s.format('ab', 5), string.Formatter().format(s, 'ab', 5))
string.Formatter().format('{0:{1:{2:{3}}}}', 1, 2, 3, 4)
