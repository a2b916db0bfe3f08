# DocTestRunner used directly (output through an out function, summarize, merge, the
# counters), run_docstring_examples, testfile on a text file next to the program, and
# raise_on_error with DebugRunner's DocTestFailure and UnexpectedException.
import doctest
import _dtmod
from _dthelp import capture, clean

parser = doctest.DocTestParser()
test = parser.get_doctest('''
>>> a = 2
>>> a * 3
6
>>> a * 4
9
>>> [][1]
Traceback (most recent call last):
IndexError: list index out of range
''', {}, 'sample', 'sample.txt', 0)
chunks = []
runner = doctest.DocTestRunner(verbose=False)
print(runner.run(test, out=chunks.append))
print(clean(''.join(chunks)), end='')
print(runner.tries, runner.failures, runner.skips, test.globs)
print(capture(runner.summarize))
print(capture(runner.summarize, verbose=True))

test2 = parser.get_doctest('>>> 1\n1\n', {}, 'sample', None, None)
chunks = []
runner2 = doctest.DocTestRunner(verbose=True)
print(runner2.run(test2, out=chunks.append, clear_globs=False))
print(''.join(chunks), end='')
runner.merge(runner2)
print(capture(runner.summarize, True))

test3 = parser.get_doctest('>>> 1\n2\n', {}, 'noname', None, None)
chunks = []
doctest.DocTestRunner().run(test3, out=chunks.append)
print(''.join(chunks), end='')


def example_fn():
    """
    >>> example_fn()
    'ex'
    >>> example_fn() * 2
    'ex'
    >>> value_from_globs
    7
    """
    return 'ex'


capture(doctest.run_docstring_examples, example_fn, {'example_fn': example_fn, 'value_from_globs': 7})
capture(doctest.run_docstring_examples, example_fn, {'example_fn': example_fn}, name='Named')
capture(doctest.run_docstring_examples, example_fn, {'example_fn': example_fn, 'value_from_globs': 7},
        verbose=True)

print(capture(doctest.testfile, '_examples.txt'))
print(capture(doctest.testfile, '_examples.txt', verbose=True, name='renamed'))
print(capture(doctest.testfile, '_examples.txt', globs={'preset': 5}, report=False))
try:
    doctest.testfile('_examples.txt', module_relative=False, package='x')
except ValueError as e:
    print('ValueError:', e)
try:
    doctest.testfile('/abs/path.txt')
except ValueError as e:
    print('ValueError:', e)

try:
    doctest.testmod(_dtmod, raise_on_error=True)
except doctest.DocTestFailure as failure:
    print('DocTestFailure', failure.test.name, repr(failure.example.source),
          repr(failure.example.want), repr(failure.got))

unexpected = parser.get_doctest('>>> x = 5\n>>> 1/0\n', {}, 'boom', 'boom.txt', 0)
try:
    doctest.DebugRunner(verbose=False).run(unexpected)
except doctest.UnexpectedException as e:
    print('UnexpectedException', e.test.name, repr(e.example.source), e.exc_info[0].__name__,
          e.exc_info[1], sorted(k for k in e.test.globs if k != '__builtins__'))
print(sorted(unexpected.globs))
try:
    doctest.testmod(42)
except TypeError as e:
    print('TypeError:', e)
