"""help(obj) for pyjit: the text CPython 3.13's pydoc prints for functions, methods and
classes (and instances, documented by their class), written for pyjit; there is no pydoc
module. Modules get pydoc's sections in short (NAME, DESCRIPTION, CLASSES, FUNCTIONS,
DATA, FILE); a string names a builtin or a module. Builtins have no text signatures in
pyjit, so they show as name(...). help() with no argument (the interactive help) and
help('keyword') topics are not there."""

_HIDDEN = {"__author__", "__builtins__", "__cached__", "__credits__", "__date__", "__doc__",
           "__file__", "__spec__", "__loader__", "__module__", "__name__", "__package__",
           "__path__", "__qualname__", "__slots__", "__version__", "__static_attributes__",
           "__firstlineno__"}
_GETSET_DOCS = {"__dict__": "dictionary for instance variables",
                "__weakref__": "list of weak references to the object"}
_RULE = "-" * 70
# the docstrings of object's methods, which an override without one inherits (pyjit's own
# object methods have none)
_OBJECT_DOCS = {
    "__init__": "Initialize self.  See help(type(self)) for accurate signature.",
    "__repr__": "Return repr(self).", "__str__": "Return str(self).",
    "__hash__": "Return hash(self).", "__eq__": "Return self==value.",
    "__ne__": "Return self!=value.", "__lt__": "Return self<value.",
    "__le__": "Return self<=value.", "__gt__": "Return self>value.",
    "__ge__": "Return self>=value.", "__getattribute__": "Return getattr(self, name).",
    "__setattr__": "Implement setattr(self, name, value).",
    "__delattr__": "Implement delattr(self, name).",
}


def _clean(doc):
    """A docstring without its first line's indentation problem (inspect.cleandoc's rules)."""
    if not isinstance(doc, str):
        return None
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        text = line.lstrip()
        if text:
            indent = len(line) - len(text)
            margin = indent if margin is None else min(margin, indent)
    out = [lines[0].lstrip()]
    out += [line[margin:] if margin else line for line in lines[1:]]
    while out and not out[-1]:
        out.pop()
    while out and not out[0]:
        out.pop(0)
    return "\n".join(out)


def _own_doc(obj):
    try:
        return _clean(obj.__doc__)
    except Exception:
        return None


def _doc(obj, owner=None, name=None):
    """An object's docstring; a method without one takes the overridden method's."""
    doc = _own_doc(obj)
    if doc or owner is None:
        return doc
    for base in owner.__mro__[1:]:
        if name in base.__dict__:
            inherited = base.__dict__[name]
            if isinstance(inherited, (staticmethod, classmethod)):
                inherited = inherited.__func__
            doc = _own_doc(inherited)
            if doc:
                return doc
    return _OBJECT_DOCS.get(name)


def _indent(text, prefix="    "):
    if not text:
        return ""
    return "\n".join((prefix + line).rstrip() for line in text.split("\n"))


def _annotation(a):
    if isinstance(a, type):
        if a.__module__ == "builtins":
            return a.__qualname__
        return a.__module__ + "." + a.__qualname__
    return repr(a)


def _signature(fn, bound=False):
    """The parenthesized parameters of a Python function, or None."""
    code = getattr(fn, "__code__", None)
    if code is None:
        return None
    names = code.co_varnames
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    posonly = code.co_posonlyargcount
    defaults = fn.__defaults__ or ()
    kwdefaults = fn.__kwdefaults__ or {}
    notes = getattr(fn, "__annotations__", None) or {}

    def param(name, has_default=False, default=None, star=""):
        text = star + name
        if name in notes:
            text += ": " + _annotation(notes[name])
            if has_default:
                text += " = " + repr(default)
        elif has_default:
            text += "=" + repr(default)
        return text

    parts = []
    first_default = npos - len(defaults)
    for i in range(npos):
        if i >= first_default:
            parts.append(param(names[i], True, defaults[i - first_default]))
        else:
            parts.append(param(names[i]))
        if posonly and i == posonly - 1:
            parts.append("/")
    i = npos + nkw
    if code.co_flags & 0x4:
        parts.append(param(names[i], star="*"))
        i += 1
    elif nkw:
        parts.append("*")
    for j in range(npos, npos + nkw):
        name = names[j]
        parts.append(param(name, name in kwdefaults, kwdefaults.get(name)))
    if code.co_flags & 0x8:
        parts.append(param(names[i], star="**"))
    if bound and parts and parts[0] not in ("/", "*") and not parts[0].startswith("*"):
        parts.pop(0)
        if parts and parts[0] == "/":
            parts.pop(0)
    text = "(" + ", ".join(parts) + ")"
    if "return" in notes:
        text += " -> " + _annotation(notes["return"])
    return text


def _classname(cls, module):
    name = cls.__qualname__
    if cls.__module__ != module:
        name = cls.__module__ + "." + name
    return name


def _routine(obj, name=None, owner=None, home=None):
    """The documentation of a function, method or builtin: declaration line, then doc."""
    real = getattr(obj, "__name__", name)
    name = name or real
    note = ""
    func = obj
    bound = False
    self_obj = getattr(obj, "__self__", None)
    if hasattr(obj, "__func__") and self_obj is not None:
        bound = True
        func = obj.__func__
        if isinstance(self_obj, type):
            if self_obj is not owner:
                note = " class method of " + _classname(self_obj, owner_module(owner))
        else:
            note = " method of " + _classname(type(self_obj), owner_module(owner)) + " instance"
    if home is None and bound:
        home = self_obj if isinstance(self_obj, type) else type(self_obj)
    sig = _signature(func, bound)
    title = name if name == real else name + " = " + real
    if sig is not None and real == "<lambda>":
        title = name + " lambda "
        if not getattr(func, "__annotations__", None):
            sig = sig[1:-1]
    if sig is None:
        sig = "(...)"
    prefix = "async " if getattr(func, "__code__", None) is not None and \
        func.__code__.co_flags & 0x280 else ""
    decl = prefix + title + sig + note
    doc = _doc(func, home, real) or ""
    return decl + "\n" + (_indent(doc) + "\n" if doc else "")


def owner_module(owner):
    return owner.__module__ if owner is not None else None


def _kind(value):
    if isinstance(value, staticmethod):
        return "static method"
    if isinstance(value, classmethod):
        return "class method"
    if isinstance(value, property):
        return "readonly property" if value.fset is None else "data descriptor"
    if callable(value) and (hasattr(value, "__code__") or type(value).__name__ in (
            "builtin_function_or_method", "method_descriptor", "wrapper_descriptor")):
        return "method"
    t = type(value)
    if t.__name__ in ("getset_descriptor", "member_descriptor"):
        return "data descriptor"
    if hasattr(t, "__get__") and (hasattr(t, "__set__") or hasattr(t, "__delete__")):
        return "data descriptor"
    return "data"


def _visible(name, cls):
    if name in _HIDDEN:
        return False
    if name.startswith("__") and name.endswith("__"):
        return True
    return not name.startswith("_")


def _descriptor(value, name):
    doc = _own_doc(value) or _GETSET_DOCS.get(name, "")
    return name + "\n" + (_indent(doc) + "\n" if doc else "")


def _data(value, name):
    """name = repr, a long str's repr cut in its middle to 100 characters, then the line
    cut to 70 characters."""
    if isinstance(value, str) and len(value) > 100:
        text = repr(value[:48] + "..." + value[len(value) - 49:])
    else:
        text = repr(value)
    line = name + " = " + text
    if len(line) > 70:
        text = text[:70 - len(line)] + "..."
    return name + " = " + text


def _class(cls, name=None):
    real = cls.__name__
    name = name or real
    module = cls.__module__
    title = "class " + real if name == real else name + " = class " + real
    if cls.__bases__:
        title += "(" + ", ".join(_classname(b, module) for b in cls.__bases__) + ")"
    lines = []
    init = next((b.__dict__["__init__"] for b in cls.__mro__ if "__init__" in b.__dict__),
                None)
    sig = _signature(init, True) if init is not None else None
    if sig and sig != "()":
        lines.append(name + sig + "\n")
    doc = _own_doc(cls)
    if doc:
        lines.append(doc + "\n")
    mro = list(cls.__mro__)
    if len(mro) > 2:
        lines.append("Method resolution order:")
        lines.extend("    " + _classname(b, module) for b in mro)
        lines.append("")

    attrs = []
    for attr in sorted(dir(cls)):
        if not _visible(attr, cls):
            continue
        for home in mro:
            if attr in home.__dict__:
                attrs.append((attr, _kind(home.__dict__[attr]), home, home.__dict__[attr]))
                break
    sections = [("Methods", "method"), ("Class methods", "class method"),
                ("Static methods", "static method"),
                ("Readonly properties", "readonly property"),
                ("Data descriptors", "data descriptor"),
                ("Data and other attributes", "data")]
    ruled = False
    for home in mro:
        if home is object and cls is not object:
            continue
        mine = [a for a in attrs if a[2] is home]
        if not mine:
            continue
        tag = "defined here" if home is cls else "inherited from " + _classname(home, module)
        for heading, kind in sections:
            group = [a for a in mine if a[1] == kind]
            if not group:
                continue
            if ruled:
                lines.append(_RULE)
            ruled = True
            lines.append(heading + " " + tag + ":\n")
            for attr, _, owner, raw in group:
                if kind in ("readonly property", "data descriptor"):
                    lines.append(_descriptor(raw, attr))
                elif kind == "data":
                    lines.append(_data(getattr(cls, attr, raw), attr) + "\n")
                else:
                    lines.append(_routine(getattr(cls, attr), attr, cls, owner))
    body = "\n".join(lines).rstrip()
    if not body:
        return title + "\n"
    return title + "\n" + _indent(body, " |  ") + "\n"


def _module(mod):
    """NAME, DESCRIPTION, FUNCTIONS, CLASSES and DATA of a module, pydoc's sections."""
    parts = ["NAME\n" + _indent(mod.__name__)]
    doc = _own_doc(mod)
    if doc:
        parts.append("DESCRIPTION\n" + _indent(doc))
    names = [n for n in sorted(vars(mod)) if not n.startswith("_")]
    values = vars(mod)
    classes = [n for n in names if isinstance(values[n], type)]
    funcs = [n for n in names if callable(values[n]) and n not in classes]
    data = [n for n in names if n not in classes and n not in funcs
            and type(values[n]).__name__ != "module"]
    if classes:
        parts.append("CLASSES\n" + _indent("\n".join(
            _class(values[n]).rstrip("\n") for n in classes)))
    if funcs:
        parts.append("FUNCTIONS\n" + _indent("\n".join(
            _routine(values[n], n).rstrip("\n") + "\n" for n in funcs).rstrip("\n")))
    if data:
        parts.append("DATA\n" + _indent("\n".join(_data(values[n], n) for n in data)))
    path = getattr(mod, "__file__", None)
    parts.append("FILE\n" + _indent(path if path else "(built-in)"))
    return "\n\n".join(parts) + "\n"


def _describe(obj):
    if type(obj).__name__ == "module":
        return "module " + obj.__name__
    if isinstance(obj, type):
        return "class " + obj.__name__
    if type(obj).__name__ == "function":
        return "function " + obj.__name__
    if type(obj).__name__ == "method":
        return "method " + obj.__name__
    if type(obj).__name__ == "builtin_function_or_method":
        if getattr(obj, "__self__", None) is not None and \
                type(obj.__self__).__name__ != "module":
            return "built-in method " + obj.__name__
        return "built-in function " + obj.__name__
    return type(obj).__name__


def _module_of(obj):
    """The module an object says it comes from (inspect.getmodule's first test)."""
    if type(obj).__name__ == "module":
        return None
    try:
        module = obj.__module__
    except AttributeError:
        return None
    return module if isinstance(module, str) else None


def help(*args, **kwargs):
    if kwargs or len(args) > 1:
        raise TypeError("help() takes at most 1 argument")
    if not args:
        print("pyjit has no interactive help; call help(object)")
        return
    obj = args[0]
    if isinstance(obj, str):  # a builtin's or a module's name
        found = getattr(__import__("builtins"), obj, None) if obj.isidentifier() else None
        if found is None:
            try:
                found = __import__(obj)
            except ImportError:
                found = None
            except Exception:
                found = None
        if found is not None:
            return help(found)
        print("No Python documentation found for %r." % obj)
        print("Use help() to get the interactive help utility.")
        print("Use help(str) for help on the str class.\n")
        return
    desc = _describe(obj)
    module = _module_of(obj)
    if module and module != getattr(obj, "__name__", None):
        desc += " in module " + module
    routine = type(obj).__name__ in ("function", "method", "builtin_function_or_method",
                                     "method_descriptor", "wrapper_descriptor")
    if type(obj).__name__ == "module":
        text = _module(obj)
    else:
        if not (isinstance(obj, type) or routine or _own_doc(obj) and
                getattr(type(obj), "__doc__", None) != getattr(obj, "__doc__", None)):
            obj = type(obj)
            desc += " object"
        text = _class(obj) if isinstance(obj, type) else _routine(obj)
    print("Help on " + desc + ":\n\n" + text)
