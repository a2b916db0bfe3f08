"""`pyjit -m unittest [options] [tests]`: run tests named on the command line, or
discover them."""

import sys

if sys.argv[0].endswith('__main__.py'):
    import os.path
    # the usage line names the command as typed
    sys.argv[0] = os.path.basename(sys.executable) + ' -m unittest'
    del os

__unittest = True

from .main import main

main(module=None)
