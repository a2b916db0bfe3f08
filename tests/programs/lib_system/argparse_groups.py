# argparse: groups, mutually exclusive groups, subparsers, version, parse_known_args
import argparse
import sys

sys.stderr = sys.stdout


def attempt(parser, args, known=False):
    try:
        print(parser.parse_known_args(args) if known else parser.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)


p = argparse.ArgumentParser(prog='grp')
g = p.add_argument_group('output', 'Where results go.')
g.add_argument('--out', default='-', help='the output file')
g.add_argument('--fmt', choices=('json', 'text'), default='text')
m = p.add_mutually_exclusive_group()
m.add_argument('-a', '--all', action='store_true', help='everything')
m.add_argument('-s', '--some', metavar='N', type=int, help='some of them')
p.add_argument('--version', action='version', version='%(prog)s 2.5')
p.add_argument('target', help='what to work on')
p.print_help()
attempt(p, ['t', '-a'])
attempt(p, ['t', '--some', '3', '--fmt', 'json'])
attempt(p, ['t', '-a', '-s', '2'])
attempt(p, ['--version'])
attempt(p, ['t', '--extra', 'x', '-a'], known=True)
attempt(p, ['-h'])

r = argparse.ArgumentParser(prog='req')
rm = r.add_mutually_exclusive_group(required=True)
rm.add_argument('--x', action='store_true')
rm.add_argument('--y', action='store_true')
print(r.format_usage(), end='')
attempt(r, [])
attempt(r, ['--y'])

top = argparse.ArgumentParser(prog='git')
top.add_argument('--debug', action='store_true')
subs = top.add_subparsers(dest='command', help='sub-command help')
c = subs.add_parser('commit', help='record changes')
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
pu = subs.add_parser('push', help='send changes')
pu.add_argument('remote', nargs='?', default='origin')
top.print_help()
c.print_help()
attempt(top, ['commit', '-m', 'msg'])
attempt(top, ['--debug', 'push'])
attempt(top, ['push', 'upstream'])
attempt(top, [])
attempt(top, ['commit'])
attempt(top, ['pull'])

d = argparse.ArgumentParser(prog='defaults')
d.add_argument('--level', type=int)
d.set_defaults(level=5, extra='yes')
print(d.parse_args([]), d.get_default('level'), d.get_default('extra'))
ns = argparse.Namespace(a=1, b='x')
print(ns, ns.a, 'a' in ns, ns == argparse.Namespace(a=1, b='x'), vars(ns))

e = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
e.add_argument('--n', type=int)
try:
    e.parse_args(['--n', 'q'])
except argparse.ArgumentError as err:
    print('ArgumentError:', err)

def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f'{value} is not positive')
    return value
t = argparse.ArgumentParser(prog='typed')
t.add_argument('n', type=positive)
attempt(t, ['4'])
attempt(t, ['-4'])
attempt(t, ['0'])

i = argparse.ArgumentParser(prog='inter')
i.add_argument('--foo')
i.add_argument('cmd')
i.add_argument('rest', nargs='*')
print(i.parse_intermixed_args(['a', '--foo', 'x', 'b', 'c']))
try:
    argparse.ArgumentParser().add_argument('--dup') and None
    pp = argparse.ArgumentParser(prog='dup')
    pp.add_argument('--dup')
    pp.add_argument('--dup')
except argparse.ArgumentError as err:
    print('ArgumentError:', err)
