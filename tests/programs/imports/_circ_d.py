import _circ_c
HERE = __file__.rpartition('/')[0]
try:
    from _circ_c import X
except ImportError as e:
    print("ImportError:", str(e).replace(HERE, "<here>"))
    print(e.name, e.name_from, e.path.replace(HERE, "<here>"))
try:
    _circ_c.X
except AttributeError as e:
    print("AttributeError:", str(e).replace(HERE, "<here>"))
Y = "y from d"
