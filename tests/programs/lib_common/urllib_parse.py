# urllib.parse: urlsplit/urlparse on many URLs (schemes, netlocs with users, ports and IPv6,
# params, queries, fragments, control characters), the result types and their properties,
# unsplit/unparse round trips, urljoin against RFC 3986's examples, urldefrag, quoting and
# unquoting (safe characters, encodings, bytes), query strings, and the errors
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag,
                          quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes, urlencode, parse_qs, parse_qsl)
import urllib.parse as up

urls = ['http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag', 'https://example.com',
        'http://[::1]:80/x', 'http://[fe80::1%25eth0]/', 'ftp://ftp.x.org/pub/f.txt;type=a',
        'mailto:someone@example.com', 'file:///etc/passwd', '//netloc/path', '/just/path?x#y',
        'path/only', 'HTTP://UP.case/', 'a1+b-c.d://x', '1http://x', 'http:no-slashes',
        '  http://lead.space/', 'http://tab\tin\nurl/', 'http://h/p?', 'http://h/p#', '#f', '?q',
        'http://h:/p', 'http://@h/', 'http://u@h', 'tel:+1-816-555-1212', 'news:comp.lang',
        'svn+ssh://h/r', 'http://h/a;b/c;d', 'http://h/p;x?y', 'urn:isbn:0451', '']
for u in urls:
    s = urlsplit(u)
    p = urlparse(u)
    print(repr(u))
    print('  ', s)
    print('  ', p.params, s.username, s.password, s.hostname, s.port if s.netloc != 'h:' else s.port)
    print('  ', s.geturl(), '|', p.geturl(), '|', urlunsplit(s) == s.geturl(), urlunparse(p) == p.geturl())
print(urlsplit('http://h/p#f', allow_fragments=False), urlsplit('//x/y', scheme='https'))
print(urlparse('x', 'DEFAULT'), urlsplit(b'http://h/p?q#f'), urlparse(b'http://u@h:1/p;a?q#f'))
b = urlsplit(b'https://user@host:99/x')
print(b.username, b.hostname, b.port, b.geturl(), b.decode(), urlsplit('http://h/').encode())
print(type(urlsplit('x')).__name__, urlsplit('x')._fields, urlparse('x')._fields, urldefrag('x')._fields)
print(urlunsplit(('http', 'h', 'p', 'q', 'f')), urlunsplit(('', '', '//p', '', '')),
      urlunsplit(('file', '', '/x', '', '')), urlunsplit(('mailto', '', 'a@b', '', '')),
      urlunparse(('http', 'h', '/p', 'par', 'q', '')), urlunsplit([b'http', b'h', b'/', b'', b'']))
for bad in ['http://h:x/', 'http://h:99999/', 'http://h:-1/']:
    try:
        urlsplit(bad).port
    except ValueError as e:
        print('ValueError', e)
for bad in ['http://[::1/', 'http://::1]/', 'http://[zz]/', 'http://[v1.x]/', 'http://[vz.x]/']:
    try:
        print(urlsplit(bad))
    except ValueError as e:
        print('ValueError', e)

base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
            'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g',
            '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g',
            './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g#s/../x',
            'http:g', 'https:g', 'mailto:x', 'a//b', '//h2/x/../y']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('', 'x'), urljoin('http://h', ''), urljoin('http://h', 'x'), urljoin('http://h/a/', 'b/../../c'),
      urljoin('mailto:a@b', 'c'), urljoin(b'http://h/a', b'b'), urljoin('http://h/a', 'b', allow_fragments=False))
print(urldefrag('http://h/p?q#frag'), urldefrag('http://h/p'), urldefrag(b'x#y'), urldefrag('a#b').geturl())

for s in ['abc', 'a b/c', '~user', 'é', 'a&b=c', '/path/with spaces/', '', '%', '\x00\x7f', '日本']:
    print(repr(s), quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/'),
          quote(s, safe='&='), quote(s, encoding='latin-1', errors='replace'))
print(quote(b'a b\xff'), quote_from_bytes(b'\x00~/x'), quote_from_bytes(bytearray(b'a b'), safe=' '),
      quote_plus(b'a b+c'), quote('é', safe='é'), quote('a/b', safe=b'/'))
for s in ['a%20b', 'a+b', '%E6%97%A5', '%e6%97%a5', '%zz', '%', '%4', 'abc', '%C3', '%C3%A9é%C3%A9',
          '日%20本', '%FF']:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s), repr(unquote(s, 'latin-1')),
          repr(unquote(s, errors='ignore')))
print(unquote(b'a%20b'), unquote_to_bytes(b'%41%4'), unquote_to_bytes(''), unquote(''))
for bad in [(quote, 5), (quote, b'x', '/', 'utf-8'), (quote_from_bytes, 'x'), (unquote, None),
            (unquote_to_bytes, None), (unquote, 5)]:
    try:
        bad[0](*bad[1:])
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

print(urlencode({'a': 1, 'b': 'x y', 'c': 'é&='}), urlencode([('k', 'v'), ('k', 'w')]),
      urlencode({'l': [1, 2]}), urlencode({'l': [1, 2], 's': 'ab', 'n': 5, 'b': b'\xff'}, doseq=True),
      urlencode({'a': 'b/c'}, safe='/'), urlencode({'a': 'b c'}, quote_via=quote), urlencode({}),
      urlencode({b'k': b'v v'}), urlencode({'e': 'é'}, encoding='latin-1'))
for bad in ['abc', 5, [1, 2]]:
    try:
        urlencode(bad)
    except TypeError as e:
        print('TypeError', e)
qs = 'a=1&b=2&a=3&c=&d&e=x+y%20z&&f=%E6%97%A5'
print(parse_qs(qs), parse_qs(qs, keep_blank_values=True), parse_qsl(qs), parse_qsl(qs, True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qsl(b'a=1&b=%ff+x'), parse_qs(b'a=1&a=2'),
      parse_qsl(''), parse_qsl(b''), parse_qsl('a=%ff', encoding='latin-1'), parse_qsl('a=%ff'),
      parse_qsl('=x&y='), parse_qsl('a=b=c'))
for args, kw in [(('a&b',), dict(strict_parsing=True)), (('a=1&&b=2',), dict(strict_parsing=True)),
                 (('a=1&b=2&c=3',), dict(max_num_fields=2)), (('a=1',), dict(separator='')),
                 (('a=1',), dict(separator=5))]:
    try:
        print(parse_qsl(*args, **kw))
    except ValueError as e:
        print('ValueError', e)
print(up.uses_relative[:3], len(up.uses_netloc), up.scheme_chars[-3:], up.unwrap('<URL:http://x>'))
try:
    urlsplit('http://h', b'x')
except TypeError as e:
    print('TypeError', e)
