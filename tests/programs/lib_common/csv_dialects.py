# csv: dialect parameters and their errors, quoting modes when reading and writing, the
# registry, field_size_limit, every csv.Error of the reader and the writer
import csv, io
tests = [dict(delimiter=''), dict(delimiter='ab'), dict(delimiter=1), dict(delimiter=None), dict(quotechar='ab'), dict(quotechar=1),
 dict(quotechar=None), dict(quotechar=None, quoting=csv.QUOTE_NONE), dict(escapechar='ab'), dict(escapechar=1), dict(lineterminator=1), dict(lineterminator=''),
 dict(quoting=9), dict(quoting='a'), dict(delimiter='\n'), dict(delimiter='"'), dict(escapechar='"'), dict(delimiter=',', escapechar=','), dict(quotechar='\r'),
 dict(escapechar='\n'), dict(delimiter=' ', skipinitialspace=True), dict(doublequote=None), dict(strict='x'), dict(nosuch=1), dict(quotechar='')]
for t in tests:
    try:
        csv.reader([], **t); print('ok', t)
    except Exception as e:
        print(type(e).__name__, e, t)
try: csv.reader([], 'nodialect')
except Exception as e: print(type(e).__name__, e)
try: csv.reader([], 5)
except Exception as e: print(type(e).__name__, e)
for row in [[' a', 'b '], ['a b'], [' '], ['']]:
    s = io.StringIO(); csv.writer(s, skipinitialspace=True).writerow(row); print(repr(s.getvalue()))
    s = io.StringIO(); csv.writer(s).writerow(row); print(repr(s.getvalue()))
print(list(csv.reader(['a,,b\n', ',\n', '"",x\n'], quoting=csv.QUOTE_NOTNULL)))
print(list(csv.reader([',1\n', ',\n', '"","x","2"\n', '1e3, 4\n'], quoting=csv.QUOTE_STRINGS)))
try: print(list(csv.reader(['a,,1\n'], quoting=csv.QUOTE_NONNUMERIC)))
except Exception as e: print(type(e).__name__, e)
print(list(csv.reader(['a, "b,c", d'], skipinitialspace=True)))
print(csv.field_size_limit())
try: csv.field_size_limit('a')
except Exception as e: print(type(e).__name__, e)
try: csv.field_size_limit(1, 2)
except Exception as e: print(type(e).__name__, e)
print(type(csv.reader([]).dialect).__name__, csv.reader([]).dialect.delimiter)
d = csv.get_dialect('excel'); print(type(d), d.lineterminator.encode(), d.quoting, d.escapechar, d.strict, d.skipinitialspace, d.doublequote)
try: d.delimiter = ';'
except Exception as e: print(type(e).__name__, e)
try: csv.writer(io.StringIO()).writerow(5)
except Exception as e: print(type(e).__name__, e)
try: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])
except Exception as e: print(type(e).__name__, e)
try: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([''])
except Exception as e: print(type(e).__name__, e)
try: next(csv.reader([b'a,b']))
except Exception as e: print(type(e).__name__, e)
try: next(csv.reader(['a\0b']))
except Exception as e: print(type(e).__name__, e)
try: list(csv.reader(['a"b"c,"d"e'], strict=True))
except Exception as e: print(type(e).__name__, e)
try: list(csv.reader(['"abc'], strict=True))
except Exception as e: print(type(e).__name__, e)
print(list(csv.reader(['"abc'])))
try: list(csv.reader(['a\rb\n']))
except Exception as e: print(type(e).__name__, e)
print(csv.Dialect, csv.excel.__mro__, csv.__all__)
class D(csv.Dialect): pass
try: D()
except Exception as e: print(type(e).__name__, e)
print(csv.__version__, csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL)
print(type(csv.reader([])), type(csv.writer(io.StringIO())))
d = csv.reader([], quotechar=None).dialect
print(d.quoting, d.quotechar)
try:
    csv.writer(io.StringIO(), quotechar=None).writerow(['a,b'])
except csv.Error as e:
    print('Error', e)
print(list(csv.reader(['"a,b"'], quotechar=None)))
for kw in [dict(lineterminator=';', delimiter=';'), dict(lineterminator='x', quotechar='x'),
           dict(lineterminator='x', escapechar='x')]:
    try:
        csv.reader([], **kw)
    except ValueError as e:
        print('ValueError', e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a\nb'])
except csv.Error as e:
    message = str(e)
raise csv.Error(message)  # (raised here: pyjit's _csv is Python, its frames would show)
