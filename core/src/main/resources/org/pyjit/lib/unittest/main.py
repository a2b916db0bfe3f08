"""unittest.main: the command line of a test program (pyjit's unittest).

Contract: CPython 3.13's options (-v, -q, -f, -c, -b, -k, --locals, --durations, test
names, and `discover` with -s/-p/-t) and exit statuses: 0 when all passed, 1 after a
failure or error, 5 when no test ran; exit=False returns instead.
"""

import sys
import os

from . import loader, runner
from .signals import installHandler

__unittest = True

_NO_TESTS_EXITCODE = 5


def _examples(rows):
    # "  %(prog)s NAME  - what it runs", the dashes in one column
    out = ['Examples:']
    for name, what in rows:
        out.append('  %(prog)s ' + name.ljust(26) + '- ' + what)
    return '\n'.join(out) + '\n'


MAIN_EXAMPLES = _examples([
    ('test_module', 'run tests from test_module'),
    ('module.TestClass', 'run tests from module.TestClass'),
    ('module.Class.test_method', 'run specified test method'),
    ('path/to/test_file.py', 'run tests from test_file.py'),
])

MODULE_EXAMPLES = _examples([
    ('', 'run default set of tests'),
    ('MyTestSuite', "run suite 'MyTestSuite'"),
    ('MyTestCase.testSomething', 'run MyTestCase.testSomething'),
    ('MyTestCase', "run all 'test*' test methods\n" + ' ' * 39 + 'in MyTestCase'),
])


def _convert_name(name):
    # a path to a .py file inside the working directory becomes a dotted name
    if not (name.lower().endswith('.py') and os.path.isfile(name)):
        return name
    if os.path.isabs(name):
        rel = os.path.relpath(name, os.getcwd())
        if os.path.isabs(rel) or rel.startswith(os.pardir):
            return name
        name = rel
    dotted = os.path.normpath(name)[:-3]
    for sep in ('\\', '/'):
        dotted = dotted.replace(sep, '.')
    return dotted


def _convert_names(names):
    return list(map(_convert_name, names))


def _convert_select_pattern(pattern):
    # -k foo means *foo*
    if '*' not in pattern:
        pattern = '*%s*' % pattern
    return pattern


_COMMON_OPTIONS = [
    (('-v', '--verbose'),
     dict(dest='verbosity', action='store_const', const=2, help='Verbose output')),
    (('-q', '--quiet'),
     dict(dest='verbosity', action='store_const', const=0, help='Quiet output')),
    (('--locals',),
     dict(dest='tb_locals', action='store_true',
          help='Show local variables in tracebacks')),
    (('--durations',),
     dict(dest='durations', type=int, default=None, metavar='N',
          help='Show the N slowest test cases (N=0 for all)')),
]

_OPTIONAL_OPTIONS = [
    ('failfast', ('-f', '--failfast'),
     dict(action='store_true', help='Stop on first fail or error')),
    ('catchbreak', ('-c', '--catch'),
     dict(action='store_true', help='Catch Ctrl-C and display results so far')),
    ('buffer', ('-b', '--buffer'),
     dict(action='store_true', help='Buffer stdout and stderr during tests')),
    ('testNamePatterns', ('-k',),
     dict(action='append', type=_convert_select_pattern,
          help='Only run tests which match the given substring')),
]

_TESTS_HELP = 'a list of any number of test modules, classes and test methods.'

_DISCOVER_EPILOG = ('For test discovery all test modules must be importable from the '
                    'top level directory of the project.')

_DISCOVER_OPTIONS = [
    (('-s', '--start-directory'), 'start', "Directory to start discovery ('.' default)"),
    (('-p', '--pattern'), 'pattern', "Pattern to match tests ('test*.py' default)"),
    (('-t', '--top-level-directory'), 'top',
     'Top level directory of project (defaults to start directory)'),
]


class TestProgram(object):
    """Loads tests from a module (or the command line) and runs them."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = None
    progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader, exit=True,
                 verbosity=1, failfast=None, catchbreak=None, buffer=None,
                 warnings=None, *, tb_locals=False, durations=None):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.durations = durations
        # show DeprecationWarnings and the like once, unless -W was given
        use_default = warnings is None and not sys.warnoptions
        self.warnings = 'default' if use_default else warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def _print_help(self, *args, **kwargs):
        print(self._main_parser.format_help())
        names = {'prog': self.progName}
        if self.module is None:
            print(MAIN_EXAMPLES % names)
            self._discovery_parser.print_help()
        else:
            print(MODULE_EXAMPLES % names)

    def parseArgs(self, argv):
        self._initArgParsers()
        rest = argv[1:]
        if self.module is None and rest and rest[0].lower() == 'discover':
            self._do_discovery(rest[1:])
            return
        self._main_parser.parse_args(rest, self)
        if self.module is None and not self.tests:
            # `python -m unittest` alone discovers
            self._do_discovery([])
            return
        if self.tests:
            self.testNames = _convert_names(self.tests)
            if __name__ == '__main__':
                self.module = None
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            finder = self.testLoader if Loader is None else Loader()
            self.test = finder.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)  # all of it
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def _initArgParsers(self):
        common = self._getParentArgParser()
        self._main_parser = self._getMainArgParser(common)
        self._discovery_parser = self._getDiscoveryArgParser(common)

    def _getParentArgParser(self):
        import argparse  # only when a command line is parsed
        parser = argparse.ArgumentParser(add_help=False)
        for flags, options in _COMMON_OPTIONS:
            parser.add_argument(*flags, **options)
        # an option main() was given as an argument is not offered on the command line
        for attr, flags, options in _OPTIONAL_OPTIONS:
            if getattr(self, attr) is None:
                parser.add_argument(*flags, dest=attr, **options)
                setattr(self, attr, [] if attr == 'testNamePatterns' else False)
        return parser

    def _getMainArgParser(self, parent):
        import argparse
        parser = argparse.ArgumentParser(parents=[parent])
        parser.prog = self.progName
        parser.print_help = self._print_help
        parser.add_argument('tests', nargs='*', help=_TESTS_HELP)
        return parser

    def _getDiscoveryArgParser(self, parent):
        import argparse
        parser = argparse.ArgumentParser(parents=[parent])
        parser.prog = '%s discover' % (self.progName,)
        parser.epilog = _DISCOVER_EPILOG
        for flags, dest, text in _DISCOVER_OPTIONS:
            parser.add_argument(*flags, dest=dest, help=text)
        # the same three also as positional arguments, in that order
        for _, dest, _ in _DISCOVER_OPTIONS:
            parser.add_argument(dest, nargs='?', default=argparse.SUPPRESS,
                                help=argparse.SUPPRESS)
        return parser

    def _do_discovery(self, argv, Loader=None):
        self.start = '.'
        self.pattern = 'test*.py'
        self.top = None
        if argv is not None:
            if self._discovery_parser is None:
                self._initArgParsers()
            self._discovery_parser.parse_args(argv, namespace=self)
        self.createTests(True, Loader)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    test_runner = self.testRunner(verbosity=self.verbosity,
                                                  failfast=self.failfast,
                                                  buffer=self.buffer,
                                                  warnings=self.warnings,
                                                  tb_locals=self.tb_locals,
                                                  durations=self.durations)
                except TypeError:
                    # a runner class without tb_locals and durations
                    test_runner = self.testRunner(verbosity=self.verbosity,
                                                  failfast=self.failfast,
                                                  buffer=self.buffer,
                                                  warnings=self.warnings)
            except TypeError:
                test_runner = self.testRunner()
        else:
            test_runner = self.testRunner
        self.result = test_runner.run(self.test)
        if self.exit:
            outcome = self.result
            if not outcome.testsRun and not outcome.skipped:
                sys.exit(_NO_TESTS_EXITCODE)
            sys.exit(0 if self.result.wasSuccessful() else 1)


main = TestProgram
