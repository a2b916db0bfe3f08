# attributes of built-in exceptions raised by the runtime
try:
    undefined_name
except NameError as e:
    print(repr(e), e.name)
class C:
    pass
try:
    C().missing_attr
except AttributeError as e:
    print(repr(e), e.name, type(e.obj).__name__)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    compile("x = (", "<corpus>", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text))
try:
    import no_such_module_for_corpus
except ModuleNotFoundError as e:
    print(repr(e), e.name)
try:
    int("abc")
except ValueError as e:
    print(e.args)
