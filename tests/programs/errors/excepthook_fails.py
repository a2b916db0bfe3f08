# an excepthook that raises: both tracebacks are printed
import sys
def broken_hook(exc_type, value, tb):
    raise RuntimeError("the hook itself failed")
sys.excepthook = broken_hook
def work():
    return {"a": 1}["b"]
work()
