# argparse: long usage lines and help texts wrapped as CPython wraps them (80 columns)
import argparse
import os

os.environ.pop('COLUMNS', None)
p = argparse.ArgumentParser(prog='wrapper', description='A description that is long enough '
                            'to be wrapped over more than one line of the help output, '
                            'with    odd   spacing\nand a newline.')
for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']:
    p.add_argument('--' + name, metavar=name.upper() + '_VALUE', help='the ' + name + ' value, '
                   'which is explained at some length so that the help text wraps at the '
                   'right column')
p.add_argument('--a-very-long-option-name-indeed', action='store_true', help='short help')
p.add_argument('input_file', help='positional')
p.add_argument('more', nargs='*', help='more positionals')
p.print_help()
q = argparse.ArgumentParser(prog='a-program-with-an-extremely-long-name-that-takes-most-of-the-line')
q.add_argument('--first-option', metavar='FIRST')
q.add_argument('--second-option', metavar='SECOND')
q.add_argument('positional_one')
q.add_argument('positional_two')
print(q.format_usage(), end='')
r = argparse.ArgumentParser(prog='fmt', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
r.add_argument('--size', type=int, default=10, help='the size')
r.add_argument('--name', default='x', help='the name')
r.add_argument('--flag', action='store_true', help='a flag')
r.print_help()
s = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter,
                            description='line one\n  indented line two\n')
s.print_help()
