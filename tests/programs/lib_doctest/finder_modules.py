# DocTestFinder on a module: which objects' docstrings become tests (functions, classes,
# methods, static and class methods, properties, nested classes, __test__ entries; not
# objects imported from elsewhere), their names, line numbers and example counts.
import doctest
import _dtmod


def show(tests):
    for t in tests:
        print(f'{t.name:28} line {t.lineno} examples {len(t.examples)} '
              f'file {t.filename.rsplit("/", 1)[-1] if t.filename else None}')
    print('--', len(tests))


finder = doctest.DocTestFinder()
show(finder.find(_dtmod))
show(doctest.DocTestFinder(exclude_empty=False).find(_dtmod))
show(doctest.DocTestFinder(recurse=False).find(_dtmod))
show(finder.find(_dtmod.Shape))
show(finder.find(_dtmod.double, 'double_alone'))
show(finder.find(_dtmod, 'other_name'))
show(finder.find(_dtmod.Shape, module=False))
tests = finder.find(_dtmod, globs={'extra': 1}, extraglobs={'more': 2})
print(sorted(tests[0].globs))
tests = finder.find(_dtmod)
print(sorted(k for k in tests[0].globs if not k.startswith('__'))[:6])
print('__name__' in tests[0].globs, tests[0].globs['__name__'])
try:
    finder.find(42)
except ValueError as e:
    print('ValueError:', e)


class Local:
    """
    >>> Local.x
    1
    """
    x = 1

    def method(self):
        """
        >>> Local().method()
        'm'
        """
        return 'm'


show(finder.find(Local))
verbose_finder = doctest.DocTestFinder(verbose=True)
show(verbose_finder.find(_dtmod.Shape))
