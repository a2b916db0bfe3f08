# argparse: parsing, help and usage text, errors (exit status 2), with explicit argument lists
import argparse
import sys

sys.stderr = sys.stdout  # errors and usage in the same stream as the results


def attempt(parser, args):
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)


p = argparse.ArgumentParser(prog='tool', description='Does things to files.', epilog='Bye.')
p.add_argument('files', nargs='+', help='input files')
p.add_argument('-v', '--verbose', action='store_true', help='be chatty')
p.add_argument('-n', '--count', type=int, default=3, help='how many (default: %(default)s)')
p.add_argument('--mode', choices=['fast', 'slow'], help='the mode')
p.add_argument('-q', action='count', default=0, help='quieter')
p.add_argument('--tag', action='append', help='a tag, repeatable')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--no-cache', dest='cache', action='store_false')
p.add_argument('--ratio', type=float, metavar='R')
p.print_help()
print(p.format_usage(), end='')
attempt(p, ['a.txt'])
attempt(p, ['a', 'b', '-v', '-n', '5', '--mode', 'slow', '-qqq', '--tag', 'x', '--tag=y'])
attempt(p, ['--count=7', 'a', '--const', '--no-cache', '--ratio', '0.5'])
attempt(p, ['a', '--verb', '--co', '2'])
attempt(p, ['a', '-n7'])
attempt(p, ['--', '-a', '-b'])
attempt(p, [])
attempt(p, ['a', '-n', 'x'])
attempt(p, ['a', '--mode', 'medium'])
attempt(p, ['a', '--bogus'])
attempt(p, ['a', '-n'])
attempt(p, ['a', '--c', '1'])
attempt(p, ['a', '-v=1'])

q = argparse.ArgumentParser(prog='nargs')
q.add_argument('first')
q.add_argument('opt', nargs='?', default='dflt')
q.add_argument('--pair', nargs=2, metavar=('A', 'B'))
q.add_argument('--maybe', nargs='?', const='C', default='D')
q.add_argument('--many', nargs='*')
q.add_argument('--ext', action='extend', nargs='+', type=int)
q.add_argument('--flag', action=argparse.BooleanOptionalAction, default=True, help='toggle')
q.print_help()
attempt(q, ['one'])
attempt(q, ['one', 'two', '--pair', 'x', 'y', '--maybe', '--many'])
attempt(q, ['one', '--maybe', 'val', '--many', 'a', 'b', '--ext', '1', '2', '--ext', '3', '--no-flag'])
attempt(q, ['one', '--pair', 'x'])
attempt(q, ['one', 'two', 'three'])
attempt(q, ['one', '--ext', 'z'])

r = argparse.ArgumentParser(prog='rest')
r.add_argument('cmd')
r.add_argument('args', nargs=argparse.REMAINDER)
attempt(r, ['run', '-x', '--y', 'z'])
s = argparse.ArgumentParser(prog='star')
s.add_argument('xs', nargs='*', type=int)
s.add_argument('y', nargs=2)
attempt(s, ['1', '2', '3', 'a', 'b'])
attempt(s, ['a', 'b'])
print(s.format_usage(), end='')
