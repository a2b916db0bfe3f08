# shlex: split in POSIX and classic modes (quotes, escapes, comments), the shlex class's
# tokens with and without whitespace_split and punctuation_chars, line numbers, pushback,
# source inclusion, quote and join, and the errors
import io
import shlex

cases = ['a b  c', 'a "b c" d', "a 'b c' d", 'a\\ b c', '"a\\"b" c', "'a\\'b' c", 'a"b"c',
         "it's", '"unterminated', 'x # comment\ny', 'a=1 b="2 3"', '', '   ', '""', "''",
         'a""b', 'echo $HOME `pwd`', 'ls -la | grep "x y" > out.txt', '"\\\\" "\\$" "\\a"',
         "'\\\\'", 'tab\tsep\nnewline', 'trailing\\', 'é ñ ü', 'a;b&&c||d', '(x)']
for c in cases:
    for posix in (True, False):
        try:
            print(repr(c), posix, shlex.split(c, posix=posix))
        except ValueError as e:
            print(repr(c), posix, 'ValueError', e)
    try:
        print(repr(c), 'comments', shlex.split(c, comments=True))
    except ValueError as e:
        print(repr(c), 'comments', 'ValueError', e)

def tokens(text, **kw):
    ws = kw.pop('whitespace_split', False)
    lex = shlex.shlex(text, **kw)
    lex.whitespace_split = ws
    try:
        return list(lex)
    except ValueError as e:
        return 'ValueError: %s' % e

for text in ['a && b || c; (d) > e 2>&1', 'x=1;y=2', 'ls|wc -l', 'a.b/c-d ~x', 'foo(bar)', '"q;x";y']:
    print(repr(text))
    print('  classic', tokens(text))
    print('  posix  ', tokens(text, posix=True))
    print('  punct  ', tokens(text, punctuation_chars=True))
    print('  punct+ws', tokens(text, punctuation_chars=True, whitespace_split=True))
    print('  custom ', tokens(text, posix=True, punctuation_chars=';|'))
print(tokens('a "b c" d', posix=False), tokens("a 'b", posix=True), tokens('a \\', posix=True))
print(tokens('#!/bin/sh\nls -l # list\necho hi'))
print(tokens('x.y@z', posix=True), tokens('x.y@z', whitespace_split=True))

lex = shlex.shlex('one two\nthree\n\nfour five', posix=True)
out = []
while True:
    tok = lex.get_token()
    if tok is lex.eof:
        break
    out.append((tok, lex.lineno))
print(out, repr(lex.eof), repr(shlex.shlex('').eof), lex.token, lex.state)
lex = shlex.shlex('a b c')
print(lex.get_token())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()), repr(lex.get_token()))
lex = shlex.shlex('x y', infile='file.txt')
print(lex.error_leader(), lex.error_leader('other', 7), lex.infile, lex.posix, lex.commenters,
      repr(lex.whitespace), lex.quotes, lex.escape, lex.escapedquotes, lex.punctuation_chars)
print(shlex.shlex('x', posix=True).wordchars[-10:], shlex.shlex('x', punctuation_chars='~').wordchars[-8:])
lex = shlex.shlex(io.StringIO('alpha beta'))
print(list(lex))
lex = shlex.shlex('first second')
lex.push_source('inner stream')
print(list(lex))
lex = shlex.shlex('first second', posix=True)
lex.push_source(io.StringIO('in'), 'f2')
print(lex.get_token(), lex.infile, lex.get_token(), lex.infile)
lex = shlex.shlex('a b')
lex.wordchars += '-'
lex.whitespace += ','
print(list(shlex.shlex('a-b,c')), list(lex))

for s in ['', 'abc', 'a b', "it's", 'a"b', '$x', 'safe-._/:=@%+,', 'tab\t', 'é', '*', 'a\nb']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['ls', '-l', 'my file', "it's", '']), shlex.split(shlex.join(['a b', "c'd", '"e"'])))
for bad in [5, b'x']:
    try:
        shlex.quote(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    shlex.split(None)
except ValueError as e:
    print('ValueError', e)
try:
    shlex.split('echo "unclosed')
except ValueError as e:
    print('ValueError', e)
