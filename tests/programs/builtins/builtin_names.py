# every common builtin name resolves, and builtin functions look alike
missing = []
for want in ("abs", "all", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes", "callable",
             "chr", "classmethod", "compile", "complex", "delattr", "dict", "dir", "divmod", "enumerate",
             "eval", "exec", "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr",
             "hash", "help", "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len", "list",
             "locals", "map", "max", "memoryview", "min", "next", "object", "oct", "open", "ord", "pow",
             "print", "property", "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted",
             "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip", "aiter", "anext",
             "Exception", "ValueError", "NotImplemented", "Ellipsis", "__import__", "__build_class__"):
    try:
        eval(want)
    except NameError:
        missing.append(want)
print("missing:", missing)
try:
    eval("not_a_builtin_name")
except NameError as e:
    print("NameError:", e)
print(type(len).__name__, type(print).__name__, len.__name__, len.__module__, repr(len), repr(print))
print(repr(int.__add__)[:26], type(int.__add__).__name__, type([].append).__name__, type(str.join).__name__)
