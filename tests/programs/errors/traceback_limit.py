# sys.tracebacklimit keeps the most recent frames of each traceback in the chain
import sys
sys.tracebacklimit = 2
def a():
    b()
def b():
    c()
def c():
    raise KeyError("deep")
try:
    a()
except KeyError:
    a()
