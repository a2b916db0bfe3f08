# logging: levels, names, the hierarchy of loggers, propagation, effective levels
import logging
import sys

print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL,
      logging.NOTSET, logging.WARN, logging.FATAL)
for v in (10, 20, 30, 40, 50, 0, 5, 'INFO', 'WARN', 'FATAL', 'nosuch', 25):
    print(repr(v), '->', repr(logging.getLevelName(v)))
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
m = logging.getLevelNamesMapping()
print(sorted(m.items()))
m['X'] = 1
print('X' in logging.getLevelNamesMapping())

root = logging.getLogger()
print(root is logging.root, root.name, repr(root), root.level, root.parent)
print(logging.getLogger('root') is root, logging.getLogger('') is root)
a = logging.getLogger('a')
abc = logging.getLogger('a.b.c')
print(repr(a), repr(abc), abc.parent is a)
ab = logging.getLogger('a.b')
print(abc.parent is ab, ab.parent is a, a.parent is root)
print(logging.getLogger('a.b') is ab, a.getChild('b') is ab, root.getChild('a') is a)
print(sorted(l.name for l in a.getChildren()), sorted(l.name for l in root.getChildren() if l.name.startswith('a')))
print(type(logging.Logger.manager.loggerDict['a.b']).__name__)
x = logging.getLogger('p.q.r')
print(type(logging.Logger.manager.loggerDict['p.q']).__name__, type(logging.Logger.manager.loggerDict['p']).__name__)
p = logging.getLogger('p')
print(x.parent is p)

a.setLevel(logging.ERROR)
print(abc.getEffectiveLevel(), repr(abc), abc.isEnabledFor(logging.WARNING), abc.isEnabledFor(logging.ERROR))
a.setLevel('DEBUG')
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG))
for bad in ('LOUD', 3.5, None):
    try:
        a.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    logging.getLogger(5)
except TypeError as e:
    print('TypeError', e)

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(name)s|%(levelname)s|%(message)s'))
a.addHandler(h)
a.addHandler(h)
print(len(a.handlers), a.hasHandlers(), abc.hasHandlers(), p.hasHandlers())
abc.debug('debug %s', 'from abc')
abc.info('info %d %d', 1, 2)
abc.log(25, 'notice %r', 'x')
abc.propagate = False
abc.error('not shown: no handlers on the way')
abc.propagate = True
ab.disabled = True
ab.error('disabled')
ab.disabled = False
logging.disable(logging.INFO)
abc.info('disabled by level')
abc.warning('above the disable level')
logging.disable(logging.NOTSET)
abc.info('again')
try:
    abc.log('INFO', 'x')
except TypeError as e:
    print('TypeError', e)
a.removeHandler(h)
print(len(a.handlers))
print(repr(h).replace(repr(getattr(sys.stdout, 'name', ''))[1:-1], 'STDOUT'))
print(repr(logging.NullHandler()), repr(logging.Handler(logging.INFO)))
la = logging.LoggerAdapter(a, {'k': 1})
print(repr(la), la.name, la.manager is logging.Logger.manager)
