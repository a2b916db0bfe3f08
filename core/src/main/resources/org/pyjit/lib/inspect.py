"""Looking at live objects: kinds of objects, source code, call signatures, frames.

pyjit's inspect, written for pyjit in Python. The predicates test the runtime's own types
(taken from the types module); source code comes through linecache, which reads files from
disk and pyjit's library from the jar; code flags are the interpreter's co_flags, which use
CPython's bit values. Signatures of Python functions are read from their code objects;
builtins have the text signatures CPython 3.13 gives them, from the table in
_pyjit_signatures (loaded on the first builtin asked about), and none otherwise (ValueError,
as CPython for max, range, ...).
"""

import sys
import types
import linecache
from types import (ModuleType as _Module, MethodType as _Method, FunctionType as _Function,
                   GeneratorType as _Generator, CoroutineType as _Coroutine,
                   AsyncGeneratorType as _AsyncGenerator, TracebackType as _Traceback,
                   FrameType as _Frame, CodeType as _Code, BuiltinFunctionType as _Builtin,
                   MemberDescriptorType as _MemberDescriptor,
                   GetSetDescriptorType as _GetSetDescriptor)

__all__ = [
    "ismodule", "isclass", "ismethod", "isfunction", "isgeneratorfunction", "isgenerator",
    "iscoroutinefunction", "iscoroutine", "isasyncgenfunction", "isasyncgen", "isawaitable",
    "isbuiltin", "isroutine", "isabstract", "ismethoddescriptor", "isdatadescriptor",
    "isgetsetdescriptor", "ismemberdescriptor", "ismethodwrapper", "isframe", "iscode",
    "istraceback", "getmembers", "getmembers_static", "getmodule", "getfile",
    "getsourcefile", "getsource", "getsourcelines", "findsource", "getdoc", "cleandoc",
    "getcomments", "getmodulename", "signature", "Signature", "Parameter", "BoundArguments",
    "getfullargspec", "FullArgSpec", "getcallargs", "currentframe", "stack", "trace",
    "getframeinfo", "getouterframes", "getinnerframes", "FrameInfo", "Traceback",
    "getlineno", "getmro", "getattr_static", "unwrap", "get_annotations",
    "getgeneratorstate", "getgeneratorlocals", "getcoroutinestate", "getclosurevars",
    "formatannotation", "classify_class_attrs", "indentsize",
    "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "GEN_CLOSED",
    "CORO_CREATED", "CORO_RUNNING", "CORO_SUSPENDED", "CORO_CLOSED",
    "CO_OPTIMIZED", "CO_NEWLOCALS", "CO_VARARGS", "CO_VARKEYWORDS", "CO_NESTED",
    "CO_GENERATOR", "CO_NOFREE", "CO_COROUTINE", "CO_ITERABLE_COROUTINE",
    "CO_ASYNC_GENERATOR", "EndOfBlock", "ClassFoundException",
    "AGEN_CREATED", "AGEN_RUNNING", "AGEN_SUSPENDED", "AGEN_CLOSED", "getasyncgenstate",
    "getasyncgenlocals", "getcoroutinelocals", "TPFLAGS_IS_ABSTRACT", "getargvalues",
    "ArgInfo", "getargs", "Arguments", "formatannotationrelativeto", "getblock",
    "getabsfile", "markcoroutinefunction", "ClosureVars", "Attribute",
]

# Code flags: the bits CPython's code objects (and pyjit's) carry in co_flags.
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'
CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'
AGEN_CREATED = 'AGEN_CREATED'
AGEN_RUNNING = 'AGEN_RUNNING'
AGEN_SUSPENDED = 'AGEN_SUSPENDED'
AGEN_CLOSED = 'AGEN_CLOSED'

# The type flag CPython sets on a class with abstract methods (isabstract reads
# __abstractmethods__ instead; the constant is kept for programs that test it).
TPFLAGS_IS_ABSTRACT = 1 << 20

# A bound slot wrapper ('method-wrapper'); pyjit's runtime gives those as builtin methods,
# and then there is no such type to test for.
_method_wrapper = type(object().__str__)
if _method_wrapper.__name__ != 'method-wrapper':
    _method_wrapper = ()



def _named_repr(record, **extra):
    # 'Name(field=value, ...)' of the tuples with named fields below.
    shown = [f'{name}={value!r}' for name, value in zip(record._fields, record)]
    shown += [f'{name}={value!r}' for name, value in extra.items()]
    return f"{type(record).__name__}({', '.join(shown)})"


def _record(typename, field_names, *, with_positions=False):
    # A tuple with named fields: what CPython's inspect makes with collections.namedtuple,
    # built here because importing collections would double the cost of importing inspect.
    fields = tuple(field_names.split())
    params = ', '.join(fields)
    keyword = ', *, positions=None' if with_positions else ''
    namespace = {
        '__slots__': (), '_fields': fields, '__module__': __name__, '__repr__': _named_repr,
        '__new__': eval(f'lambda cls, {params}{keyword}: tuple.__new__(cls, ({params},))'),
    }
    for index, name in enumerate(fields):
        namespace[name] = property(lambda self, index=index: self[index])
    if with_positions:
        # FrameInfo and Traceback take CPython's positions, but pyjit's code objects carry
        # no column table: it is always None
        namespace['positions'] = property(lambda self: None)
        namespace['__repr__'] = lambda self: _named_repr(self, positions=None)
    return type(typename, (tuple,), namespace)


# ---------------------------------------------------------------- kinds of objects

def ismodule(object):
    return isinstance(object, _Module)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, _Method)


def isfunction(object):
    return isinstance(object, _Function)


def _underlying_function(f):
    # Methods and partial objects stand for the function they call.
    import functools
    while True:
        if ismethod(f):
            f = f.__func__
        elif isinstance(f, functools.partial):
            f = f.func
        else:
            return f


def _code_flag_set(flag, f):
    f = _underlying_function(f)
    return isfunction(f) and bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _code_flag_set(CO_GENERATOR, obj)


def iscoroutinefunction(obj):
    return (_code_flag_set(CO_COROUTINE, obj)
            or getattr(_underlying_function(obj), '_is_coroutine_marker', None) is _is_coroutine_mark)


def isasyncgenfunction(obj):
    return _code_flag_set(CO_ASYNC_GENERATOR, obj)


_is_coroutine_mark = object()


def markcoroutinefunction(func):
    target = func.__func__ if ismethod(func) else func
    target._is_coroutine_marker = _is_coroutine_mark
    return func


def isgenerator(object):
    return isinstance(object, _Generator)


def iscoroutine(object):
    return isinstance(object, _Coroutine)


def isasyncgen(object):
    return isinstance(object, _AsyncGenerator)


def isawaitable(object):
    if isinstance(object, _Coroutine):
        return True
    if isinstance(object, _Generator):
        return bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)
    import collections.abc    # only here: it costs more to import than the rest
    return isinstance(object, collections.abc.Awaitable)


def istraceback(object):
    return isinstance(object, _Traceback)


def isframe(object):
    return isinstance(object, _Frame)


def iscode(object):
    return isinstance(object, _Code)


def isbuiltin(object):
    return isinstance(object, _Builtin)


def ismethodwrapper(object):
    return isinstance(object, _method_wrapper)


def ismethoddescriptor(object):
    if isinstance(object, (type, _Method, _Function)):
        return False
    kind = type(object)
    return hasattr(kind, '__get__') and not hasattr(kind, '__set__')


def isdatadescriptor(object):
    if isinstance(object, (type, _Method, _Function)):
        return False
    kind = type(object)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def ismemberdescriptor(object):
    return isinstance(object, _MemberDescriptor)


def isgetsetdescriptor(object):
    return isinstance(object, _GetSetDescriptor)


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    if not isinstance(object, type):
        return False
    return bool(getattr(object, '__abstractmethods__', ()))


# ---------------------------------------------------------------- members

def getmro(cls):
    return cls.__mro__


def _member_names(object):
    names = set(dir(object))
    if isclass(object):
        for base in object.__mro__:
            names.update(base.__dict__)
    return names


def _collect_members(fetch, object, predicate):
    found = []
    seen = set()
    for name in _member_names(object):
        try:
            value = fetch(object, name)
        except AttributeError:
            # A name dir() lists that the object cannot give (a descriptor that raised):
            # the raw entry from a class dict stands for it, as CPython does.
            for base in getattr(object, '__mro__', ()):
                if name in base.__dict__:
                    value = base.__dict__[name]
                    break
            else:
                continue
        if predicate is None or predicate(value):
            found.append((name, value))
        seen.add(name)
    found.sort(key=lambda pair: pair[0])
    return found


def getmembers(object, predicate=None):
    return _collect_members(getattr, object, predicate)


def getmembers_static(object, predicate=None):
    return _collect_members(getattr_static, object, predicate)


Attribute = _Attribute = _record('Attribute', 'name kind defining_class object')


def classify_class_attrs(cls):
    result = []
    for name in dir(cls):
        owner = None
        raw = None
        for base in cls.__mro__:
            if name in base.__dict__:
                owner, raw = base, base.__dict__[name]
                break
        if owner is None:
            raw = getattr(cls, name, None)
        if isinstance(raw, staticmethod):
            kind = 'static method'
        elif isinstance(raw, classmethod):
            kind = 'class method'
        elif isinstance(raw, property):
            kind = 'property'
        elif isroutine(raw):
            kind = 'method'
        else:
            kind = 'data'
        result.append(_Attribute(name, kind, owner, raw))
    return result


_sentinel = object()


def _instance_dict(obj):
    try:
        return object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return {}


def _class_lookup(klass, attr):
    for entry in type.__dict__['__mro__'].__get__(klass):
        d = type.__dict__['__dict__'].__get__(entry)
        if attr in d:
            return d[attr]
    return _sentinel


def getattr_static(obj, attr, default=_sentinel):
    """The attribute as found in the instance and class dicts, without running
    descriptors or __getattr__."""
    if isinstance(obj, type):
        found = _class_lookup(obj, attr)
        if found is _sentinel:
            found = _class_lookup(type(obj), attr)
        if found is not _sentinel:
            return found
    else:
        klass = type(obj)
        in_class = _class_lookup(klass, attr)
        if in_class is not _sentinel and isdatadescriptor(in_class):
            return in_class
        own = _instance_dict(obj)
        if isinstance(own, dict) and attr in own:
            return own[attr]
        if in_class is not _sentinel:
            return in_class
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


def unwrap(func, *, stop=None):
    start = func
    seen = {id(func)}
    limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= limit:
            raise ValueError(f'wrapper loop when unwrapping {start!r}')
        seen.add(id(func))
    return func


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    if isinstance(obj, type):
        found = obj.__dict__.get('__annotations__', None)
        if isinstance(found, types.GetSetDescriptorType):
            found = None
        module = sys.modules.get(getattr(obj, '__module__', None), None)
        obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrapped = obj
    elif isinstance(obj, types.ModuleType):
        found = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__', None)
        obj_locals = None
        unwrapped = None
    elif callable(obj):
        found = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrapped = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not found:
        return {}
    if not eval_str:
        return dict(found)
    if unwrapped is not None:
        while True:
            if hasattr(unwrapped, '__wrapped__'):
                unwrapped = unwrapped.__wrapped__
                continue
            import functools
            if isinstance(unwrapped, functools.partial):
                unwrapped = unwrapped.func
                continue
            break
        if hasattr(unwrapped, '__globals__'):
            obj_globals = unwrapped.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals or {}
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in found.items()}


# ---------------------------------------------------------------- modules and files

def getmodulename(path):
    import os
    base = os.path.basename(path)
    for suffix in ('.py', '.pyc', '.pyjc'):
        if base.endswith(suffix) and len(base) > len(suffix):
            return base[:-len(suffix)]
    return None


def getfile(object):
    if ismodule(object):
        file = getattr(object, '__file__', None)
        if file:
            return file
        raise TypeError(f'{object!r} is a built-in module')
    if isclass(object):
        module = sys.modules.get(getattr(object, '__module__', None))
        file = getattr(module, '__file__', None)
        if file:
            return file
        if object.__module__ == '__main__':
            raise OSError('source code not available')
        raise TypeError(f'{object!r} is a built-in class')
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    f'code object was expected, got {type(object).__name__}')


def getsourcefile(object):
    filename = getfile(object)
    if filename.endswith('.pyjc') or filename.endswith('.pyc'):
        filename = filename[:filename.rindex('.')] + '.py'
    if filename in linecache.cache:
        return filename
    if filename.startswith('<') and filename.endswith('>'):
        return None
    if linecache.getlines(filename):
        return filename
    module = getmodule(object, filename)
    if module is not None and getattr(module, '__loader__', None) is not None:
        return filename
    return None


def getabsfile(object, _filename=None):
    import os
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    absolute = os.path.abspath(_filename)
    return os.path.normcase(absolute)


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        name = object.__module__
        return sys.modules.get(name)
    if _filename is None:
        try:
            _filename = getsourcefile(object)
        except TypeError:
            return None
    if _filename is not None:
        for module in list(sys.modules.values()):
            if getattr(module, '__file__', None) == _filename:
                return module
    main = sys.modules.get('__main__')
    if main is not None and not hasattr(object, '__name__'):
        return None
    return None


# ---------------------------------------------------------------- source code

class EndOfBlock(Exception):
    pass


class ClassFoundException(Exception):
    pass


def _source_lines_of(object):
    file = getsourcefile(object)
    if not file:
        file = getfile(object)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, file)
    lines = linecache.getlines(file, module.__dict__ if module else None)
    if not lines:
        raise OSError('could not get source code')
    return file, lines


def findsource(object):
    """(all the lines of the file, 0-based index of the object's first line)."""
    file, lines = _source_lines_of(object)
    if ismodule(object):
        return lines, 0
    if isclass(object):
        first = object.__dict__.get('__firstlineno__')
        if first is None:
            raise OSError('source code not available')
        return lines, first - 1
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        first = getattr(object, 'co_firstlineno', None)
        if first is None:
            raise OSError('could not find function definition')
        index = first - 1
        if index >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, index
    raise OSError('could not find code object')


def indentsize(line):
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


class _LineScanner:
    """Follows brackets and string literals across lines, so a block's end is found
    where a logical line starts at or left of the block's own indentation."""

    def __init__(self):
        self.depth = 0
        self.quote = None        # the open string's delimiter, while inside one

    def feed(self, line):
        """Scans one physical line; returns True when a logical line ends with it."""
        i, n = 0, len(line)
        while i < n:
            c = line[i]
            if self.quote is not None:
                if c == '\\':
                    i += 2
                    continue
                if line.startswith(self.quote, i):
                    i += len(self.quote)
                    self.quote = None
                    continue
                i += 1
                continue
            if c == '#':
                break
            if c in '\'"':
                self.quote = line[i:i + 3] if line[i:i + 3] in ('"""', "'''") else c
                i += len(self.quote)
                continue
            if c in '([{':
                self.depth += 1
            elif c in ')]}':
                self.depth = max(0, self.depth - 1)
            i += 1
        if self.quote is not None and len(self.quote) == 1:
            # A one-quote string ends with its line unless the line ends in a backslash.
            if not line.rstrip('\n').endswith('\\'):
                self.quote = None
        stripped = line.rstrip('\n').rstrip()
        return self.quote is None and self.depth == 0 and not stripped.endswith('\\')


def getblock(lines):
    """The lines of the first block in lines: a def or class with its decorators and
    body, or a single logical line."""
    scanner = _LineScanner()
    index = 0
    # Decorators and the header, up to the end of the logical line that holds 'def'/'class'.
    header_indent = indentsize(lines[0]) if lines else 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not scanner.feed(line):
            continue
        text = line.strip()
        if text.startswith('@') or not text or text.startswith('#'):
            continue
        break
    last = index
    # A header whose body follows on the same line is a block of its own.
    header_end = lines[index - 1].split('#')[0].rstrip() if index else ''
    if not header_end.endswith(':'):
        return lines[:last]
    body_indent = None
    while index < len(lines):
        line = lines[index]
        text = line.strip()
        if scanner.quote is None and scanner.depth == 0:
            if not text:
                index += 1
                continue
            if text.startswith('#'):
                # A comment at the body's indentation or deeper belongs to the block.
                index += 1
                if body_indent is not None and indentsize(line) >= body_indent:
                    last = index
                continue
            if indentsize(line) <= header_indent:
                break
            if body_indent is None:
                body_indent = indentsize(line)
        index += 1
        if scanner.feed(line):
            last = index
    return lines[:last]


def getsourcelines(object):
    object = unwrap(object)
    lines, start = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == '<module>'):
        return lines, 0
    return getblock(lines[start:]), start + 1


def getsource(object):
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def cleandoc(doc):
    """doc without the indentation its lines have in common after the first, and without
    blank lines at its start and end."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        body = line.lstrip(' ')
        if body:
            width = len(line) - len(body)
            margin = width if margin is None else min(margin, width)
    lines[0] = lines[0].lstrip(' ')
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _inherited_doc(obj):
    # Methods and properties without a docstring show the one of the same name in a base.
    name = getattr(obj, '__name__', None)
    owner = None
    if ismethod(obj):
        owner = obj.__self__ if isclass(obj.__self__) else type(obj.__self__)
        name = obj.__func__.__name__
    elif isfunction(obj):
        qual = obj.__qualname__.split('.')
        if len(qual) < 2:
            return None
        owner = getmodule(obj)
        for part in qual[:-1]:
            owner = getattr(owner, part, None)
        if not isclass(owner):
            return None
    elif isclass(obj):
        for base in obj.__mro__[1:]:
            if base is object:
                continue
            if base.__doc__ is not None:
                return base.__doc__
        return None
    else:
        return None
    for base in owner.__mro__[1:]:
        found = base.__dict__.get(name)
        if found is not None:
            doc = getattr(found, '__doc__', None)
            if doc is not None:
                return doc
    return None


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getcomments(object):
    try:
        lines, start = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        index = 0
        if lines and lines[0][:2] == '#!':
            index = 1
        while index < len(lines) and lines[index].strip() in ('', '#'):
            index += 1
        if index < len(lines) and lines[index][:1] == '#':
            found = []
            while index < len(lines) and lines[index][:1] == '#':
                found.append(lines[index].expandtabs())
                index += 1
            return ''.join(found)
        return None
    if start <= 0:
        return None
    indent = indentsize(lines[start])
    index = start - 1
    if index >= 0 and lines[index].lstrip()[:1] == '#' and indentsize(lines[index]) == indent:
        found = [lines[index].expandtabs().lstrip()]
        index -= 1
        while index >= 0:
            text = lines[index].expandtabs().lstrip()
            if indentsize(lines[index]) != indent or text[:1] != '#':
                break
            found.insert(0, text)
            index -= 1
        while found and found[0].strip() == '#':
            found.pop(0)
        while found and found[-1].strip() == '#':
            found.pop()
        return ''.join(found)
    return None


# ---------------------------------------------------------------- frames and the stack

FrameInfo = _record('FrameInfo', 'frame filename lineno function code_context index',
                    with_positions=True)
Traceback = _record('Traceback', 'filename lineno function code_context index',
                    with_positions=True)


def currentframe():
    return sys._getframe(1)


def getlineno(frame):
    return frame.f_lineno


def getframeinfo(frame, context=1):
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError(f'{frame!r} is not a frame or traceback object')
    filename = frame.f_code.co_filename
    if context > 0:
        start = lineno - 1 - context // 2
        lines = linecache.getlines(filename)
        if lines:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
        else:
            lines = index = None
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getouterframes(frame, context=1):
    found = []
    while frame is not None:
        info = getframeinfo(frame, context)
        found.append(FrameInfo(frame, *info))
        frame = frame.f_back
    return found


def getinnerframes(tb, context=1):
    found = []
    while tb is not None:
        info = getframeinfo(tb, context)
        found.append(FrameInfo(tb.tb_frame, *info))
        tb = tb.tb_next
    return found


def stack(context=1):
    caller = sys._getframe(1)
    return getouterframes(caller, context)


def trace(context=1):
    return getinnerframes(sys.exc_info()[2], context)


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_frame is None:
        return GEN_CLOSED
    if getattr(generator, 'gi_suspended', None) is True:
        return GEN_SUSPENDED
    if generator.gi_frame.f_lasti == -1 or not _generator_started(generator):
        return GEN_CREATED
    return GEN_SUSPENDED


def _generator_started(generator):
    started = getattr(generator, '_pyjit_started', None)
    if started is not None:
        return started
    return generator.gi_frame.f_lasti > 0


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError(f"{generator!r} is not a Python generator")
    frame = generator.gi_frame
    return frame.f_locals if frame is not None else {}


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    if coroutine.cr_frame.f_lasti <= 0:
        return CORO_CREATED
    return CORO_SUSPENDED


def getasyncgenstate(agen):
    if agen.ag_running:
        return AGEN_RUNNING
    if agen.ag_frame is None:
        return AGEN_CLOSED
    if agen.ag_frame.f_lasti <= 0:
        return AGEN_CREATED
    return AGEN_SUSPENDED


def getasyncgenlocals(agen):
    if not isasyncgen(agen):
        raise TypeError(f"{agen!r} is not a Python async generator")
    frame = agen.ag_frame
    return frame.f_locals if frame is not None else {}


def getcoroutinelocals(coroutine):
    frame = getattr(coroutine, 'cr_frame', None)
    return frame.f_locals if frame is not None else {}


Arguments = _record('Arguments', 'args varargs varkw')


def getargs(co):
    """The parameter names of a code object: (positional and keyword-only names, the
    *name, the **name)."""
    if not iscode(co):
        raise TypeError(f'{co!r} is not a code object')
    names = co.co_varnames
    count = co.co_argcount + co.co_kwonlyargcount
    star = names[count] if co.co_flags & CO_VARARGS else None
    if star is not None:
        count += 1
    double = names[count] if co.co_flags & CO_VARKEYWORDS else None
    return Arguments(list(names[:co.co_argcount + co.co_kwonlyargcount]), star, double)


ArgInfo = _record('ArgInfo', 'args varargs keywords locals')


def getargvalues(frame):
    found = getargs(frame.f_code)
    return ArgInfo(found.args, found.varargs, found.varkw, frame.f_locals)


def formatannotationrelativeto(object):
    home = getattr(object, '__module__', None)

    def format(annotation):
        return formatannotation(annotation, home)
    return format


ClosureVars = _record('ClosureVars', 'nonlocals globals builtins unbound')


def getclosurevars(func):
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError(f"{func!r} is not a Python function")
    code = func.__code__
    cells = func.__closure__ or ()
    nonlocal_vars = {name: cell.cell_contents
                     for name, cell in zip(code.co_freevars, cells)}
    namespace = func.__globals__
    builtins_ns = namespace.get('__builtins__', None)
    if ismodule(builtins_ns):
        builtins_ns = builtins_ns.__dict__
    elif builtins_ns is None:
        import builtins as builtins_ns
        builtins_ns = builtins_ns.__dict__
    global_vars, builtin_vars, unbound = {}, {}, set()
    for name in code.co_names:
        if name in ('None', 'True', 'False'):
            continue
        if name in namespace:
            global_vars[name] = namespace[name]
        elif name in builtins_ns:
            builtin_vars[name] = builtins_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound)


# ---------------------------------------------------------------- signatures

def formatannotation(annotation, base_module=None):
    """An annotation as a signature shows it: classes by name (qualified unless builtin or
    from base_module), typing's forms without 'typing.', anything else by repr."""
    owner = getattr(annotation, '__module__', None)
    if owner == 'typing':
        return repr(annotation).replace('typing.', '')
    if type(annotation) is types.GenericAlias or isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if owner == 'builtins' or owner == base_module:
            return annotation.__qualname__
        return f'{owner}.{annotation.__qualname__}'
    return repr(annotation)


class _empty:
    """Marks an empty default, annotation or return annotation."""


class _void:
    """Marks an argument of replace() that was not given."""


class _ParameterKind(int):
    """The five kinds of parameters (an IntEnum in CPython: ordered by where they may appear)."""

    def __new__(cls, value, name, description):
        self = int.__new__(cls, value)
        self._name_ = name
        self.description = description
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        return f'<_ParameterKind.{self._name_}: {int(self)}>'

    def __str__(self):
        return self._name_

    def __reduce__(self):
        return (getattr, (_ParameterKind, self._name_))


_POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD', 'positional or keyword')
_VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
_KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
_VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')
_KINDS = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY,
          _VAR_KEYWORD)
for _kind in _KINDS:
    setattr(_ParameterKind, _kind.name, _kind)
del _kind


_KEYWORDS = frozenset(
    'False None True and as assert async await break class continue def del elif else '
    'except finally for from global if import in is lambda nonlocal not or pass raise '
    'return try while with yield'.split())


def _is_identifier(name):
    return name.isidentifier() and name not in _KEYWORDS


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation (immutable)."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if isinstance(kind, int) and not isinstance(kind, _ParameterKind) and 0 <= kind <= 4:
            kind = _KINDS[kind]
        if not isinstance(kind, _ParameterKind):
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{kind.description} parameters cannot have default values')
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if name.startswith('.') and name[1:].isdigit():
            # The hidden argument of a comprehension's code object.
            if kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError(f'implicit arguments must be passed as positional or '
                                 f'keyword arguments, not {kind.description}')
            kind = _POSITIONAL_ONLY
            name = 'implicit' + name[1:]
        if not _is_identifier(name):
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    __replace__ = replace

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = f'{text}: {formatannotation(self._annotation)}'
        if self._default is not _empty:
            sep = ' = ' if self._annotation is not _empty else '='
            text = f'{text}{sep}{self._default!r}'
        if self._kind == _VAR_POSITIONAL:
            return '*' + text
        if self._kind == _VAR_KEYWORD:
            return '**' + text
        return text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __hash__(self):
        return hash((self._kind, self._name, self._default, self._annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})


class BoundArguments:
    """The result of Signature.bind: the parameters' names mapped to the values given."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        found = []
        params = self._signature.parameters
        for name, param in params.items():
            if param.kind >= _KEYWORD_ONLY or name not in self.arguments:
                break
            value = self.arguments[name]
            if param.kind == _VAR_POSITIONAL:
                found.extend(value)
            else:
                found.append(value)
        return tuple(found)

    @property
    def kwargs(self):
        found = {}
        keywords_started = False
        params = self._signature.parameters
        for name, param in params.items():
            if not keywords_started:
                if param.kind >= _KEYWORD_ONLY:
                    keywords_started = True
                elif name not in self.arguments:
                    keywords_started = True
                    continue
            if not keywords_started or name not in self.arguments:
                continue
            value = self.arguments[name]
            if param.kind == _VAR_KEYWORD:
                found.update(value)
            elif param.kind != _VAR_POSITIONAL:
                found[name] = value
        return found

    def apply_defaults(self):
        given = self.arguments
        complete = []
        params = self._signature.parameters
        for name, param in params.items():
            if name in given:
                complete.append((name, given[name]))
            elif param.default is not _empty:
                complete.append((name, param.default))
            elif param.kind == _VAR_POSITIONAL:
                complete.append((name, ()))
            elif param.kind == _VAR_KEYWORD:
                complete.append((name, {}))
        self.arguments = dict(complete)

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, BoundArguments):
            return self.signature == other.signature and self.arguments == other.arguments
        return NotImplemented

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __getstate__(self):
        return dict(_signature=self._signature, arguments=self.arguments)

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in self.arguments.items())
        return f'<{type(self).__name__} ({shown})>'


class Signature:
    """A callable's parameters (an ordered mapping of names to Parameters) and its
    return annotation (immutable)."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        ordered = {}
        if parameters is not None:
            if __validate_parameters__:
                top = _POSITIONAL_ONLY
                defaults_started = False
                for param in parameters:
                    kind, name = param.kind, param.name
                    if kind < top:
                        raise ValueError(f'wrong parameter order: {top.description} parameter '
                                         f'before {kind.description} parameter')
                    if kind > top:
                        top = kind
                    if kind <= _POSITIONAL_OR_KEYWORD:
                        if param.default is _empty:
                            if defaults_started:
                                raise ValueError('non-default argument follows default argument')
                        else:
                            defaults_started = True
                    if name in ordered:
                        raise ValueError(f'duplicate parameter name: {name!r}')
                    ordered[name] = param
            else:
                ordered = {param.name: param for param in parameters}
        self._parameters = types.MappingProxyType(ordered)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature_of(obj, cls, follow_wrapped, globals, locals, eval_str, True)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    __replace__ = replace

    def _hash_basis(self):
        positional = tuple(p for p in self._parameters.values() if p.kind != _KEYWORD_ONLY)
        keyword_only = frozenset(p for p in self._parameters.values() if p.kind == _KEYWORD_ONLY)
        return positional, keyword_only, self._return_annotation

    def __hash__(self):
        positional, keyword_only, ret = self._hash_basis()
        return hash((positional, keyword_only, ret))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        mine, theirs = self._hash_basis(), other._hash_basis()
        return mine == theirs

    def _bind(self, args, kwargs, partial=False):
        arguments = {}
        params = iter(self._parameters.values())
        rest = ()
        positional_named = []
        kwargs = dict(kwargs)
        values = iter(args)
        while True:
            try:
                value = next(values)
            except StopIteration:
                # Out of positional values: see where keyword binding takes over.
                for param in params:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    if param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            positional_named.append(param)
                            continue
                        rest = (param,)
                        break
                    if param.kind == _VAR_KEYWORD or param.default is not _empty:
                        rest = (param,)
                        break
                    if partial:
                        rest = (param,)
                        break
                    which = ' keyword-only' if param.kind == _KEYWORD_ONLY else ''
                    raise TypeError(f'missing a required{which} argument: {param.name!r}') from None
                break
            param = next(params, None)
            if param is None or param.kind >= _KEYWORD_ONLY:
                raise TypeError('too many positional arguments') from None
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = (value,) + tuple(values)
                break
            if param.kind != _POSITIONAL_ONLY and param.name in kwargs:
                raise TypeError(f'multiple values for argument {param.name!r}') from None
            arguments[param.name] = value
        catch_all = None
        for source in (rest, params):
            for param in source:
                if param.kind == _VAR_KEYWORD:
                    catch_all = param
                    continue
                if param.kind == _VAR_POSITIONAL:
                    continue
                if param.name in kwargs:
                    arguments[param.name] = kwargs.pop(param.name)
                elif not partial and param.default is _empty:
                    raise TypeError(f'missing a required argument: {param.name!r}') from None
        if kwargs:
            if catch_all is not None:
                arguments[catch_all.name] = kwargs
            elif positional_named:
                names = ', '.join(p.name for p in positional_named)
                raise TypeError('got some positional-only arguments passed as keyword '
                                f'arguments: {names!r}')
            else:
                raise TypeError(f'got an unexpected keyword argument {next(iter(kwargs))!r}')
        make = self._bound_arguments_cls
        return make(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                dict(_return_annotation=self._return_annotation))

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __str__(self):
        return self.format()

    def format(self, *, max_width=None):
        parts = []
        open_positional_only = False
        star_needed = True
        for param in self._parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                open_positional_only = True
            elif open_positional_only:
                parts.append('/')
                open_positional_only = False
            if kind == _VAR_POSITIONAL:
                star_needed = False
            elif kind == _KEYWORD_ONLY and star_needed:
                parts.append('*')
                star_needed = False
            parts.append(str(param))
        if open_positional_only:
            parts.append('/')
        text = '(' + ', '.join(parts) + ')'
        if max_width is not None and len(text) > max_width:
            text = '(\n    ' + ',\n    '.join(parts) + '\n)'
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


def _function_signature(cls, func, eval_str=False, globals=None, locals=None):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = get_annotations(func, eval_str=eval_str, globals=globals, locals=locals)
    first_default = npos - len(defaults)
    make = cls._parameter_cls
    params = []
    for i in range(npos):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(make(name, kind, default=default,
                           annotation=annotations.get(name, _empty)))
    at = npos + nkw
    if code.co_flags & CO_VARARGS:
        name = names[at]
        params.append(make(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
    for i in range(npos, npos + nkw):
        name = names[i]
        params.append(make(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                           annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[at + (1 if code.co_flags & CO_VARARGS else 0)]
        params.append(make(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return cls(params, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _without_first(sig, what):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind >= _KEYWORD_ONLY:
        raise ValueError(f'invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _builtin_key(obj):
    owner = getattr(obj, '__objclass__', None)
    name = getattr(obj, '__name__', None)
    if owner is not None:
        return f'{owner.__name__}.{name}'
    holder = getattr(obj, '__self__', None)
    if isinstance(holder, type):
        return f'{holder.__name__}.{name}'
    if holder is not None and not ismodule(holder):
        return f'{type(holder).__name__}.{name}'
    module = getattr(obj, '__module__', None)
    if module and module != 'builtins':
        return f'{module}.{name}'
    return name


def _text_signature(key):
    from _pyjit_signatures import SIGNATURES
    return SIGNATURES.get(key)


def _parse_text_signature(cls, text, keep_self):
    """A Signature from a builtin's text signature such as '($self, key, default=None, /)'.
    The leading '$name' parameter is the bound object: dropped, or kept as a plain
    parameter for an unbound method."""
    body = text.strip()[1:-1].strip()
    first = None
    if body.startswith('$'):
        first, _, body = body.partition(',')
        first = first.strip()[1:]
        body = body.strip()
        if keep_self and first != 'module':
            body = first + (', ' + body if body else '')
        elif body.startswith('/'):
            # Nothing is left before the '/': no positional-only parameters remain.
            body = body[1:].lstrip(', ')
    scope = {'sys': sys}
    exec(f'def _signature_holder({body}): pass', scope)
    return _function_signature(cls, scope['_signature_holder'])


def _builtin_signature(cls, obj, what=None):
    key = _builtin_key(obj)
    text = _text_signature(key) if key else None
    if text is None:
        raise ValueError(f'no signature found for builtin {obj!r}')
    holder = getattr(obj, '__self__', None)
    try:
        return _parse_text_signature(cls, text, holder is None)
    except SyntaxError:
        raise ValueError(f'no signature found for builtin {obj!r}') from None


def _signature_of(obj, cls, follow_wrapped, globals, locals, eval_str, skip_bound):
    import functools
    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if isinstance(obj, types.MethodType):
        sig = _signature_of(obj.__func__, cls, follow_wrapped, globals, locals, eval_str,
                            skip_bound)
        return _without_first(sig, obj) if skip_bound else sig
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__')
                     or isinstance(f, types.MethodType))
        if isinstance(obj, types.MethodType):
            return _signature_of(obj, cls, follow_wrapped, globals, locals, eval_str,
                                 skip_bound)
    try:
        preset = obj.__signature__
    except AttributeError:
        pass
    else:
        if preset is not None:
            # Classes cannot set __text_signature__: theirs may be text, or a callable
            # that gives the text (as enum's classes do).
            if not isinstance(preset, (Signature, str)) and callable(preset):
                preset = preset()
            if isinstance(preset, str):
                return _parse_text_signature(cls, preset, False)
            if not isinstance(preset, Signature):
                raise TypeError(f'unexpected object {preset!r} in __signature__ attribute')
            return preset
    if isfunction(obj):
        # A Python function may name the signature it shows (re.sub hides its deprecated
        # positional form this way).
        text = getattr(obj, '__text_signature__', None)
        if text:
            return _parse_text_signature(cls, text, False)
        return _function_signature(cls, obj, eval_str, globals, locals)
    if isinstance(obj, functools.partial):
        return _partial_signature(
            _signature_of(obj.func, cls, follow_wrapped, globals, locals, eval_str, skip_bound),
            obj.args, obj.keywords)
    if isbuiltin(obj) or ismethoddescriptor(obj) or ismethodwrapper(obj):
        return _builtin_signature(cls, obj)
    if isinstance(obj, type):
        return _class_signature(cls, obj, follow_wrapped, globals, locals, eval_str)
    call = _class_lookup(type(obj), '__call__')
    if call is not _sentinel:
        bound = call.__get__(obj, type(obj)) if hasattr(call, '__get__') else call
        return _signature_of(bound, cls, follow_wrapped, globals, locals, eval_str, True)
    raise ValueError(f'callable {obj!r} is not supported by signature')


def _partial_signature(sig, args, keywords):
    params = list(sig.parameters.values())
    try:
        bound = sig.bind_partial(*args, **keywords)
    except TypeError as e:
        raise ValueError(f'partial object {args!r} has incorrect arguments') from e
    given = bound.arguments
    result = []
    keyword_only_from_now = False
    for param in params:
        name = param.name
        if param.kind == _VAR_POSITIONAL:
            if keyword_only_from_now:
                continue
            result.append(param)
            continue
        if name in given and param.kind <= _POSITIONAL_OR_KEYWORD \
                and name not in keywords:
            continue
        if param.kind == _VAR_KEYWORD:
            result.append(param)
            continue
        if name in keywords:
            keyword_only_from_now = param.kind == _POSITIONAL_OR_KEYWORD or keyword_only_from_now
            if param.kind == _POSITIONAL_ONLY:
                continue
            result.append(param.replace(kind=_KEYWORD_ONLY, default=keywords[name]))
            keyword_only_from_now = True
            continue
        if keyword_only_from_now and param.kind == _POSITIONAL_OR_KEYWORD:
            result.append(param.replace(kind=_KEYWORD_ONLY))
        else:
            result.append(param)
    result.sort(key=lambda p: p.kind)
    return sig.replace(parameters=result)


def _class_signature(cls, klass, follow_wrapped, globals, locals, eval_str):
    def own(name):
        for base in klass.__mro__:
            if name in base.__dict__:
                return base, base.__dict__[name]
        return None, None

    def from_python(found, drop_first):
        if isinstance(found, (staticmethod, classmethod)):
            found = found.__func__
        sig = _signature_of(found, cls, follow_wrapped, globals, locals, eval_str, False)
        return _without_first(sig, found) if drop_first else sig

    meta_call = _class_lookup(type(klass), '__call__')
    if meta_call is not _sentinel and isfunction(meta_call):
        return from_python(meta_call, True)
    new_owner, new = own('__new__')
    init_owner, init = own('__init__')
    new_is_python = new_owner is not None and new_owner is not object and isfunction(
        new.__func__ if isinstance(new, staticmethod) else new)
    init_is_python = init_owner is not None and init_owner is not object and isfunction(init)
    # The one defined lower in the MRO wins, __new__ when both are in the same class.
    if new_is_python or init_is_python:
        mro = klass.__mro__
        new_at = mro.index(new_owner) if new_is_python else len(mro)
        init_at = mro.index(init_owner) if init_is_python else len(mro)
        if new_is_python and new_at <= init_at:
            return from_python(new, True)
        return from_python(init, True)
    for base in klass.__mro__:
        if base is object:
            break
        # The first class that makes its instances in the runtime (a builtin __new__ or
        # __init__) decides: its text signature when the table has one, else none.
        if '__new__' in base.__dict__ or '__init__' in base.__dict__ \
                or base.__module__ == 'builtins':
            text = getattr(base, '__text_signature__', None)
            if text is None and base.__module__ == 'builtins':
                text = _text_signature(base.__name__)
            if text is not None:
                return _parse_text_signature(cls, text, False)
            if base is type:
                raise ValueError(f'no signature found for builtin {klass!r}')
            raise ValueError(f'no signature found for builtin type {klass!r}')
    if type(klass) is not type and meta_call is not _sentinel and not isbuiltin(meta_call) \
            and _class_lookup(type(klass), '__call__') is not type.__dict__['__call__']:
        raise ValueError(f'no signature found for {klass!r}')
    return cls([], return_annotation=_empty)


# ---------------------------------------------------------------- the older interfaces

FullArgSpec = _record('FullArgSpec', 'args varargs varkw defaults kwonlyargs kwonlydefaults '
                      'annotations')


def getfullargspec(func):
    try:
        sig = _signature_of(func, Signature, False, None, None, False, False)
    except Exception as e:
        raise TypeError('unsupported callable') from e
    args, kwonly, defaults, kwdefaults, hints = [], [], [], {}, {}
    varargs = varkw = None
    if sig.return_annotation is not _empty:
        hints['return'] = sig.return_annotation
    for param in sig.parameters.values():
        name, kind = param.name, param.kind
        if kind <= _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not _empty:
                defaults.append(param.default)
        elif kind == _VAR_POSITIONAL:
            varargs = name
        elif kind == _KEYWORD_ONLY:
            kwonly.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
        if param.annotation is not _empty:
            hints[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonly,
                       kwdefaults or None, hints)


def getcallargs(func, /, *positional, **named):
    spec = getfullargspec(func)
    args, varargs, varkw, defaults = spec.args, spec.varargs, spec.varkw, spec.defaults
    kwonlyargs, kwonlydefaults = spec.kwonlyargs, spec.kwonlydefaults
    fname = func.__name__
    result = {}
    if ismethod(func):
        positional = (func.__self__,) + positional
    count = len(positional)
    nargs = len(args)
    ndefaults = len(defaults) if defaults else 0
    for name, value in zip(args, positional):
        result[name] = value
    if varargs:
        result[varargs] = tuple(positional[nargs:])
    possible = set(args + kwonlyargs)
    if varkw:
        result[varkw] = {}
    for key, value in named.items():
        if key not in possible:
            if not varkw:
                raise TypeError(f'{fname}() got an unexpected keyword argument {key!r}')
            result[varkw][key] = value
            continue
        if key in result:
            raise TypeError(f"{fname}() got multiple values for argument {key!r}")
        result[key] = value
    if count > nargs and not varargs:
        _too_many(fname, args, count, defaults, kwonlyargs, result)
    if count < nargs:
        needed = args[:nargs - ndefaults]
        for name in needed:
            if name not in result:
                _missing(fname, [n for n in needed if n not in result], True)
        for i, name in enumerate(args[nargs - ndefaults:]):
            if name not in result:
                result[name] = defaults[i]
    absent = 0
    for name in kwonlyargs:
        if name not in result:
            if kwonlydefaults and name in kwonlydefaults:
                result[name] = kwonlydefaults[name]
            else:
                absent += 1
    if absent:
        _missing(fname, [n for n in kwonlyargs if n not in result], False)
    return result


def _missing(fname, names, positional):
    count = len(names)
    shown = [repr(name) for name in names]
    if count == 1:
        text = shown[0]
    elif count == 2:
        text = '{} and {}'.format(*shown)
    else:
        text = ', '.join(shown[:-1]) + ', and ' + shown[-1]
    kind = 'positional' if positional else 'keyword-only'
    plural = '' if count == 1 else 's'
    raise TypeError(f'{fname}() missing {count} required {kind} argument{plural}: {text}')


def _too_many(fname, args, given, defaults, kwonly, values):
    at_least = len(args) - (len(defaults) if defaults else 0)
    kw_given = len([name for name in kwonly if name in values])
    if defaults:
        wanted = f'from {at_least} to {len(args)}'
        plural = 's'
    else:
        plural = '' if len(args) == 1 else 's'
        wanted = str(len(args))
    extra = ''
    if kw_given:
        extra = (f' positional argument{"s" if given != 1 else ""} (and {kw_given} '
                 f'keyword-only argument{"s" if kw_given != 1 else ""})')
    was = 'was' if given == 1 and not kw_given else 'were'
    raise TypeError(f'{fname}() takes {wanted} positional argument{plural} but '
                    f'{given}{extra} {was} given')
