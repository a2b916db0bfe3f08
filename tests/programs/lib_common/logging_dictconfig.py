# logging.config.dictConfig (formatters, filters, handlers, loggers, root, ext://,
# disable_existing_loggers, incremental, errors) and logging.handlers (rotation by size,
# MemoryHandler, QueueHandler)
import logging
import logging.config
import logging.handlers
import os
import sys
import tempfile

old = logging.getLogger('old')
old_child = logging.getLogger('svc.old')
logging.config.dictConfig({
    'version': 1,
    'formatters': {
        'brief': {'format': '%(levelname)s %(name)s: %(message)s'},
        'braces': {'format': '{name}>{message}', 'style': '{'},
        'custom': {'()': 'logging.Formatter', 'fmt': '[%(message)s]'},
    },
    'filters': {'only_svc': {'name': 'svc'}},
    'handlers': {
        'out': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                'formatter': 'brief', 'level': 'INFO'},
        'out2': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                 'formatter': 'braces', 'filters': ['only_svc']},
        'c': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
              'formatter': 'custom'},
    },
    'loggers': {
        'svc': {'level': 'DEBUG', 'handlers': ['out2'], 'propagate': True},
        'quiet': {'level': 'ERROR', 'handlers': ['c'], 'propagate': False},
    },
    'root': {'level': 'WARNING', 'handlers': ['out']},
})
print(old.disabled, old_child.disabled, logging.getLogger('svc').level)
logging.getLogger('svc').debug('debug reaches out2 only')
logging.getLogger('svc.db').info('info reaches both')
logging.getLogger('quiet').warning('dropped')
logging.getLogger('quiet').error('quiet error')
logging.getLogger('other').warning('root only')
old.warning('old logger disabled')
print(sorted(logging.getHandlerNames()))
print(type(logging.getHandlerByName('out')).__name__, logging.getHandlerByName('out').level)
logging.config.dictConfig({'version': 1, 'incremental': True,
                           'handlers': {'out': {'level': 'ERROR'}},
                           'loggers': {'svc': {'level': 'WARNING'}}})
logging.getLogger('svc').warning('svc warning after incremental')
logging.getLogger('other').warning('root warning now dropped by out')

bad = [
    {},
    {'version': 2},
    {'version': 1, 'handlers': {'h': {'class': 'logging.NoSuchHandler'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'formatter': 'nope'}}},
    {'version': 1, 'loggers': {'x': {'level': 'LOUD'}}},
    {'version': 1, 'root': {'handlers': ['missing']}},
    {'version': 1, 'formatters': {'f': {'format': '%(x)', 'style': '%'}}},
    {'version': 1, 'incremental': True, 'handlers': {'zz': {}}},
]
for conf in bad:
    try:
        logging.config.dictConfig(conf)
        print('ok')
    except ValueError as e:
        print('ValueError', e, '|', type(e.__cause__).__name__)
print(logging.config.valid_ident('abc'))
try:
    logging.config.valid_ident('a b')
except ValueError as e:
    print('ValueError', e)

logging.config.dictConfig({'version': 1, 'disable_existing_loggers': False,
                           'handlers': {'o': {'class': 'logging.StreamHandler',
                                              'stream': 'ext://sys.stdout'}},
                           'root': {'handlers': ['o'], 'level': 'DEBUG'}})
logging.getLogger('fresh').debug('fresh after reconfiguration')

# handlers
d = tempfile.mkdtemp()
path = os.path.join(d, 'rot.log')
rh = logging.handlers.RotatingFileHandler(path, maxBytes=30, backupCount=2)
rh.setFormatter(logging.Formatter('%(message)s'))
lg = logging.getLogger('rot')
lg.propagate = False
lg.addHandler(rh)
for i in range(8):
    lg.warning('line number %d', i)
rh.close()
for name in sorted(os.listdir(d)):
    with open(os.path.join(d, name)) as f:
        print(name, repr(f.read()))
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)

target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter('mem %(levelname)s %(message)s'))
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
ml = logging.getLogger('mem')
ml.propagate = False
ml.setLevel(logging.DEBUG)
ml.addHandler(mh)
ml.info('one')
ml.info('two')
print('buffered', len(mh.buffer))
ml.info('three fills')
print('buffered', len(mh.buffer))
ml.debug('four')
ml.error('error flushes')
ml.debug('left at close')
mh.close()
print(mh.target)

class Q:
    def __init__(self):
        self.items = []
    def put_nowait(self, item):
        self.items.append(item)
q = Q()
qh = logging.handlers.QueueHandler(q)
ql = logging.getLogger('queue')
ql.propagate = False
ql.addHandler(qh)
ql.warning('queued %s', 'record')
r = q.items[0]
print(r.msg, r.args, r.message, r.levelname)
