# `python -m doctest FILE`: doctest's own main on a module file and a text file, with -v
# and -o; its exit status.
import doctest
import os
import sys
from _dthelp import capture, HERE

saved = sys.argv
for args in (['_dtmod.py'], ['-o', 'ELLIPSIS', '_examples.txt'], ['-v', '_dtmod.py'],
             ['-f', '_dtmod.py']):
    sys.argv = ['doctest'] + [a if a.startswith('-') or a == 'ELLIPSIS'
                              else os.path.join(HERE, a) for a in args]
    for name in list(sys.modules):
        if name == '_dtmod':
            del sys.modules[name]
    status = capture(doctest._test if hasattr(doctest, '_test') else doctest._main)
    print('status', status)
sys.argv = saved
