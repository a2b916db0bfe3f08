# csv: reading quoted fields, embedded newlines, escapes, doublequote, skipinitialspace and
# strict; writing every kind of value in every quoting mode; DictReader/DictWriter; line_num;
# the Sniffer
import csv
import io

def rd(text, **kw):
    r = csv.reader(io.StringIO(text, newline=''), **kw)
    rows = []
    try:
        for row in r:
            rows.append(row)
    except csv.Error as e:
        rows.append('Error: %s (line %d)' % (e, r.line_num))
    return rows

print(rd('a,b,c\r\n1,2,3\r\n'))
print(rd('"a,b","c""d",e\n"multi\nline",x\n'))
print(rd('a,b\n\n\nc,d\n'))
print(rd(''))
print(rd('x'))
print(rd('"unterminated'))
print(rd('"unterminated', strict=True))
print(rd('a"b,c\n'))
print(rd('"a"b,c\n'))
print(rd('"a"b,c\n', strict=True))
print(rd('a\\,b,c\n', escapechar='\\'))
print(rd('"a\\"b",c\n', escapechar='\\', doublequote=False))
print(rd('"a""b",c\n', doublequote=False))
print(rd('a\\\nb,c\n', escapechar='\\'))
print(rd('a, b,  "c"\n', skipinitialspace=True))
print(rd('a; b;c\n', delimiter=';'))
print(rd('a\tb\t"c\td"\n', dialect='excel-tab'))
print(rd('"a","b"\n', quoting=csv.QUOTE_NONE))
print(rd('1,"2",3.5,-4e2\n', quoting=csv.QUOTE_NONNUMERIC))
try:
    rd('1,x\n', quoting=csv.QUOTE_NONNUMERIC)
except ValueError as e:
    print('ValueError', e)
print(rd("'a,b',c\n", quotechar="'"))
print(rd('a,b\rc,d\r'))
print(rd('a,b\r\nc'))
print(rd('a,"b\r\nc"\r\n'))
print(rd('a,b\nc,d', lineterminator='\n'))
print(rd('abc\x00def,g\n'))
print(rd(',,\n'))
r = csv.reader(['a,b', 'c', '"d', 'e"', 'f'])
for row in r:
    print(r.line_num, row)
old = csv.field_size_limit(5)
print(old, rd('12345,123456\n'), rd('"123456"\n'))
csv.field_size_limit(old)

def wr(rows, **kw):
    out = io.StringIO()
    w = csv.writer(out, **kw)
    try:
        for row in rows:
            w.writerow(row)
    except csv.Error as e:
        return 'Error: %s' % e
    return out.getvalue()

values = [['a', 'b c', 'd,e', 'f"g', 'h\ni', '', None, 1, 2.5, -0.0, True, 1e100, 3+4j]]
for q in range(6):
    print(q, repr(wr(values, quoting=q, escapechar='\\')))
print(repr(wr(values, quoting=csv.QUOTE_NONE)))
print(repr(wr([['a"b']], doublequote=False)))
print(repr(wr([['a"b']], doublequote=False, escapechar='!')))
print(repr(wr([['a!b', 'c']], escapechar='!')))
print(repr(wr([[], [''], [None], ['', ''], ['x']])))
print(repr(wr([['a', 'b']], lineterminator='|')))
print(repr(wr([['a|b']], lineterminator='|')))
print(repr(wr([['a', 'b']], dialect='unix')))
print(repr(wr([['a\tb', 'c']], dialect='excel-tab')))
print(repr(wr([('t', 'u'), 'xy', range(3)])))
out = io.StringIO()
w = csv.writer(out)
print(w.writerow(['abc', 'de']), w.writerows([[1], [2]]), repr(out.getvalue()))
print(w.dialect.delimiter, repr(w.dialect.lineterminator))
class Wlike:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s) * 10
wl = Wlike()
print(csv.writer(wl).writerow(['q']), wl.parts)
try:
    csv.writer(5)
except TypeError as e:
    print('TypeError', e)

class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
csv.register_dialect('semi', Semi)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()))
print(repr(wr([["a;b", "it's"]], dialect='semi')), repr(wr([['a', 1]], dialect='pipes')))
print(repr(wr([['a', 1]], dialect=Semi, delimiter='#')))
print(csv.get_dialect('pipes').delimiter, csv.get_dialect('pipes').quoting)
csv.unregister_dialect('pipes')
for f, a in [(csv.unregister_dialect, 'pipes'), (csv.get_dialect, 'pipes'),
             (csv.register_dialect, 5)]:
    try:
        f(a)
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)
print(Semi().delimiter, Semi._valid, csv.Dialect._valid, csv.excel().quotechar)

# DictReader / DictWriter
text = 'name,age\r\nann,30\r\n\r\nbob,41,extra,more\r\ncid\r\n'
dr = csv.DictReader(io.StringIO(text))
print(dr.line_num, dr.fieldnames, dr.line_num)
for row in dr:
    print(dr.line_num, row)
dr = csv.DictReader(io.StringIO(text), fieldnames=iter(['n', 'a']), restkey='rest', restval='?')
print(list(dr))
print(csv.DictReader(io.StringIO('')).fieldnames, list(csv.DictReader(io.StringIO(''))))
out = io.StringIO()
dw = csv.DictWriter(out, ['name', 'age', 'city'], restval='-')
print(dw.writeheader())
dw.writerow({'name': 'ann', 'age': 30})
dw.writerows([{'name': 'b,c', 'city': 'x'}, {}])
print(repr(out.getvalue()))
try:
    dw.writerow({'name': 'x', 'zip': 1})
except ValueError as e:
    print('ValueError', e)
dw2 = csv.DictWriter(io.StringIO(), ['a'], extrasaction='ignore')
dw2.writerow({'a': 1, 'b': 2})
try:
    csv.DictWriter(io.StringIO(), ['a'], extrasaction='skip')
except ValueError as e:
    print('ValueError', e)
print(csv.DictReader[int], csv.DictWriter[str])

# Sniffer
s = csv.Sniffer()
samples = ['a,b,c\n1,2,3\n4,5,6\n', "'x';'y'\n'1';'2'\n", 'a\tb\tc\n1\t2\t3\n',
           'name: ann\nage: 3\n', '"a", "b"\n"c", "d"\n', 'a|b|c\nd|e|f\n',
           'one\ntwo\n']
for sample in samples:
    try:
        d = s.sniff(sample)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace,
              d.lineterminator == '\r\n', d.quoting, d._name)
    except csv.Error as e:
        print('Error', e)
print(repr(s.sniff('a;b,c\nd;e,f\n', delimiters=',').delimiter))
print(s.has_header('name,age\nann,30\nbob,41\n'), s.has_header('1,2\n3,4\n5,6\n'),
      s.has_header('id,title\n1,abc\n2,abd\n'))
