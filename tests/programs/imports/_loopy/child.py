import _loopy
try:
    _loopy.child
except AttributeError as e:
    print("AttributeError:", e)
