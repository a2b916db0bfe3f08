# sys.exit with a message: printed to stderr, status 1
import sys
print('before')
sys.stdout.flush()
sys.exit('fatal: giving up')
