# DocTestParser: how a docstring is cut into Examples (source, want, exc_msg, lineno,
# indent, options) and text; the errors for malformed examples; script_from_examples.
import doctest

parser = doctest.DocTestParser()
text = '''
Some text.

    >>> x = 1
    >>> if x:
    ...     print('yes')
    ... else:
    ...     print('no')
    yes
    >>> x + 1  # a comment
    2

  Less indented text.
  >>> def f():
  ...     return 3
  >>> f()
  3
  >>> raise ValueError('bad\\nvalue')
  Traceback (most recent call last):
    File "<stdin>", line 1, in <module>
  ValueError: bad
  value
  >>> print('with  spaces   ')   # doctest: +NORMALIZE_WHITESPACE, -ELLIPSIS
  with spaces
  >>> # just a comment
  >>> 
  >>> print('\\tTab')
  \tTab
'''
for piece in parser.parse(text, 'demo'):
    if isinstance(piece, doctest.Example):
        print('Example', repr(piece.source), repr(piece.want), repr(piece.exc_msg),
              piece.lineno, piece.indent, sorted(piece.options.items()))
    else:
        print('text', repr(piece))
examples = parser.get_examples(text)
print(len(examples), [e.lineno for e in examples])
test = parser.get_doctest(text, {'a': 1}, 'demo', 'demo.txt', 10)
print(test, test.name, test.filename, test.lineno, test.globs, len(test.examples))
print(repr(doctest.DocTest([], {}, 'n', None, None, '')))
print(repr(parser.get_doctest('>>> 1\n1\n', {}, 'one', 'f', 0)))
e = doctest.Example('print(1)', '1')
print(repr(e.source), repr(e.want), e.exc_msg, e.lineno, e.indent, e.options)
print(e == doctest.Example('print(1)\n', '1\n'), e == doctest.Example('print(2)', '1'))
e = doctest.Example('raise X', '', exc_msg='X: y')
print(repr(e.exc_msg))

bad = [
    '>>>print(1)\n1\n',
    '  >>> if 1:\n  ...print(2)\n',
    '    >>> print(1)\n   1\n',
    '  >>> x = 1\n    ...\n',
    '  >>> if 1:\n ...    pass\n',
    '>>> 1  # doctest: +NOSUCH\n1\n',
    '>>> 1  # doctest: ELLIPSIS\n1\n',
    '>>> # doctest: +ELLIPSIS\n',
]
for sample in bad:
    try:
        parser.parse(sample, 'bad')
    except ValueError as err:
        print('ValueError:', err)

print(doctest.script_from_examples('''
    Set x and y to 1 and 2.
    >>> x, y = 1, 2

    Print their sum:
    >>> print(x+y)
    3
'''), end='')
