# contextlib.chdir (needs os)
import os
from contextlib import chdir

start = os.getcwd()
with chdir("/"):
    print(os.getcwd())
    with chdir("/tmp"):
        print(os.path.basename(os.getcwd()))
    print(os.getcwd())
print(os.getcwd() == start)
