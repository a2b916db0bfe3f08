# lone surrogates are kept in str but cannot be written to stdout in UTF-8 (those outside
# U+DC80..U+DCFF, which the C locale's surrogateescape handler would write as bytes)
import sys

s = 'a\ud83db'
print(len(s), repr(s), ascii(s), s.encode('utf-8', 'surrogatepass'))
print(repr('\udc80\udc81'), len('\udc80x\udfff'), [hex(ord(c)) for c in '\ud800\udbff'])
for text in ['\ud800', 'ab\udfffcd', '\ud800\udbffz', '\udd00\udfff', 'ok']:
    try:
        sys.stdout.write(text)
        print()
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError:', e, e.start, e.end, e.reason)
try:
    print('before', 'x\ud900y', 'after')
except UnicodeEncodeError as e:
    print()
    print('UnicodeEncodeError:', e)
try:
    print('first', end='\ud800')
except UnicodeEncodeError as e:
    print()
    print('UnicodeEncodeError:', e)
print(s.encode('utf-8', 'replace'), s.encode('utf-8', 'backslashreplace'))
try:
    print('end', s)
except UnicodeEncodeError as e:
    print()
    print('UnicodeEncodeError:', e)
