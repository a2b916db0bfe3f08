"""Pretty-printing of Python data structures: pprint, pformat, pp, saferepr, isreadable,
isrecursive and the PrettyPrinter class (width, indent, depth, compact, sort_dicts,
underscore_numbers, stream)."""

# pyjit's pprint lays values out as CPython's does: a value whose repr fits in the room
# left is written whole; otherwise containers are broken one item per line (or packed,
# with compact=True), long strings and bytes are split into adjacent literals. The
# collections types, SimpleNamespace and dataclasses are recognised when their modules
# are loaded (no import of them here, to keep this module cheap to import).

import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    """Pretty-print object to stream (sys.stdout by default), then a newline."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """object pretty-printed, as a str."""
    printer = PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() with dicts in their own order by default."""
    kwargs["sort_dicts"] = sort_dicts
    pprint(object, *args, **kwargs)


def _safe_triple(object):
    # a default printer's (text, readable, recursive) for object, at the top level
    return PrettyPrinter()._safe_repr(object, {}, None, 0)


def saferepr(object):
    """repr(object), with recursive containers shown as <Recursion on ...>."""
    return _safe_triple(object)[0]


def isreadable(object):
    """Whether saferepr(object) could be read back by eval()."""
    return _safe_triple(object)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return _safe_triple(object)[2]


class _safe_key:
    # sorts values that may not be comparable: on TypeError, by type name then identity
    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj))
                    < (str(type(other.obj)), id(other.obj)))


def _safe_tuple(t):
    return _safe_key(t[0]), _safe_key(t[1])


def _recursion(object):
    return f"<Recursion on {type(object).__name__} with id={id(object)}>"


def _words(line):
    # line cut after each run of whitespace: runs of non-space then space
    parts = []
    n = len(line)
    p = 0
    while p < n:
        q = p
        while q < n and not line[q].isspace():
            q += 1
        while q < n and line[q].isspace():
            q += 1
        parts.append(line[p:q])
        p = q
    return parts


def _wrap_bytes_repr(object, width, allowance):
    # bytes reprs of 4-byte groups joined while they fit in width
    current = b''
    last = len(object) // 4 * 4
    for i in range(0, len(object), 4):
        part = object[i:i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)


class _Text:
    # the stream pformat writes to
    __slots__ = ('parts',)

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def getvalue(self):
        return ''.join(self.parts)


_builtin_scalars = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class PrettyPrinter:
    """Formats values for display within a width; see pprint() for the options."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        out = self._stream
        if out is not None:
            self._format(object, out, 0, 0, {}, 0)
            out.write("\n")

    def _extra_pad(self):
        # after an opening bracket, the indent beyond the bracket's own column
        return ' ' * (self._indent_per_level - 1)

    def pformat(self, object):
        out = _Text()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            layout = self._dispatch.get(type(object).__repr__)
            if layout is None:
                layout = _late_layout(object)
            if layout is not None:
                context[key] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
            if _is_plain_dataclass(object, rep):
                context[key] = 1
                self._pprint_dataclass(object, stream, indent, allowance, context, level=level + 1)
                del context[key]
                return
        stream.write(rep)

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        name = object.__class__.__name__
        indent += len(name) + 1
        items = [(f.name, getattr(object, f.name))
                 for f in object.__dataclass_fields__.values() if _is_field(f) and f.repr]
        stream.write(name + '(')
        self._format_namespace_items(items, stream, indent, allowance, context, level=level)
        stream.write(')')

    _dispatch = {}

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        write = stream.write
        write('{')
        write(self._extra_pad())
        if len(object):
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = object.items()
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        write('}')

    _dispatch[dict.__repr__] = _pprint_dict

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(')')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    _dispatch[list.__repr__] = _pprint_list

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        end = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    _dispatch[tuple.__repr__] = _pprint_tuple

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        typ = object.__class__
        if typ is set:
            stream.write('{')
            end = '}'
        else:
            stream.write(typ.__name__ + '({')
            end = '})'
            indent += len(typ.__name__) + 1
        object = sorted(object, key=_safe_key)
        self._format_items(object, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    for _kind in (set, frozenset):
        _dispatch[_kind.__repr__] = _pprint_set
    del _kind

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        write = stream.write
        if not len(object):
            write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        room_last = room = self._width - indent
        last_line = len(lines) - 1
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                room_last -= allowance
            if len(rep) <= room_last:
                chunks.append(rep)
                continue
            parts = _words(line)
            room_part = room
            current = ''
            for j, part in enumerate(parts):
                candidate = current + part
                if i == last_line and j == len(parts) - 1:
                    room_part -= allowance
                if len(repr(candidate)) > room_part:
                    if current:
                        chunks.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            write(rep)
            return
        if level == 1:
            write('(')
        for i, rep in enumerate(chunks):
            if i > 0:
                write('\n' + ' ' * indent)
            write(rep)
        if level == 1:
            write(')')

    _dispatch[str.__repr__] = _pprint_str

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        write = stream.write
        if len(object) <= 4:
            write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            write('(')
        delim = ''
        chunks = _wrap_bytes_repr(object, self._width - indent, allowance)
        write(('\n' + ' ' * indent).join(chunks))
        if parens:
            write(')')

    _dispatch[bytes.__repr__] = _pprint_bytes

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context,
                           level + 1)
        stream.write(')')

    _dispatch[bytearray.__repr__] = _pprint_bytearray

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    _dispatch[type(type.__dict__).__repr__] = _pprint_mappingproxy

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        if type(object) is type(_sys.implementation):
            name = 'namespace'
        else:
            name = object.__class__.__name__
        indent += len(name) + 1
        stream.write(name + '(')
        self._format_namespace_items(object.__dict__.items(), stream, indent, allowance,
                                     context, level)
        stream.write(')')

    _dispatch[type(_sys.implementation).__repr__] = _pprint_simplenamespace

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        newline = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            write(rep)
            write(': ')
            self._format(value, stream, indent + len(rep) + 2, allowance if last else 1,
                         context, level)
            if not last:
                write(newline)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        newline = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            write(key)
            write('=')
            if id(value) in context:
                write("...")
            else:
                self._format(value, stream, indent + len(key) + 1, allowance if last else 1,
                             context, level)
            if not last:
                write(newline)

    def _format_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        write(self._extra_pad())
        newline = ',\n' + ' ' * indent
        delim = ''
        width = max_width = self._width - indent + 1
        it = iter(items)
        try:
            following = next(it)
        except StopIteration:
            return
        last = False
        while not last:
            item = following
            try:
                following = next(it)
            except StopIteration:
                last = True
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = newline
                if width >= w:
                    width -= w
                    write(delim)
                    delim = ', '
                    write(rep)
                    continue
            write(delim)
            delim = newline
            self._format(item, stream, indent, allowance if last else 1, context, level)

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def format(self, object, context, maxlevels, level):
        """The triple (text, can be eval'd back, refers to itself) for object, seen at
        nesting level `level` of at most `maxlevels`; subclasses may override it."""
        return self._safe_repr(object, context, maxlevels, level)

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write(f"{name}({factory},\n{' ' * indent}")
        self._pprint_dict(object, stream, indent, allowance + 1, context, level=level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '({')
        stream.write(self._extra_pad())
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1,
                                allowance + 2, context, level)
        stream.write('})')

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        if not len(object.maps):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        *front, last = object.maps
        for mapping in front:
            self._format(mapping, stream, indent, 1, context, level)
            stream.write(',\n' + ' ' * indent)
        self._format(last, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        stream.write('[')
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write(f"],\n{' ' * indent}maxlen={maxlen})")

    def _pprint_user_data(self, object, stream, indent, allowance, context, level):
        inner = object.data  # printed as if it were the wrapper itself
        self._format(inner, stream, indent, allowance, context, level - 1)

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in _builtin_scalars:
            return repr(object), True, False
        r = getattr(typ, "__repr__", None)
        if r is int.__repr__ and issubclass(typ, int):
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if r is dict.__repr__ and issubclass(typ, dict):
            if not object:
                return "{}", True, False
            key = id(object)
            if maxlevels and level >= maxlevels:
                return "{...}", False, key in context
            if key in context:
                return _recursion(object), False, True
            context[key] = 1
            readable = True
            recursive = False
            parts = []
            level += 1
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = object.items()
            for k, v in items:
                krepr, kreadable, krecursive = self.format(k, context, maxlevels, level)
                vrepr, vreadable, vrecursive = self.format(v, context, maxlevels, level)
                parts.append(f"{krepr}: {vrepr}")
                readable = readable and kreadable and vreadable
                if krecursive or vrecursive:
                    recursive = True
            del context[key]
            return "{" + ", ".join(parts) + "}", readable, recursive
        if ((issubclass(typ, list) and r is list.__repr__)
                or (issubclass(typ, tuple) and r is tuple.__repr__)):
            if issubclass(typ, list):
                if not object:
                    return "[]", True, False
                opening, closing = "[", "]"
            elif len(object) == 1:
                opening, closing = "(", ",)"
            else:
                if not object:
                    return "()", True, False
                opening, closing = "(", ")"
            key = id(object)
            if maxlevels and level >= maxlevels:
                return opening + "..." + closing, False, key in context
            if key in context:
                return _recursion(object), False, True
            context[key] = 1
            readable = True
            recursive = False
            parts = []
            level += 1
            for item in object:
                irepr, ireadable, irecursive = self.format(item, context, maxlevels, level)
                parts.append(irepr)
                if not ireadable:
                    readable = False
                if irecursive:
                    recursive = True
            del context[key]
            return opening + ", ".join(parts) + closing, readable, recursive
        text = repr(object)
        return text, text[0] != '<' if text else text, False


_late_done = set()


def _late_layout(object):
    # the layouts of library types, registered once their module has been imported
    mod = _sys.modules.get('collections')
    if mod is None or 'collections' in _late_done:
        return None
    _late_done.add('collections')
    table = PrettyPrinter._dispatch
    for cls_name, layout in (('OrderedDict', PrettyPrinter._pprint_ordered_dict),
                             ('defaultdict', PrettyPrinter._pprint_default_dict),
                             ('Counter', PrettyPrinter._pprint_counter),
                             ('ChainMap', PrettyPrinter._pprint_chain_map),
                             ('deque', PrettyPrinter._pprint_deque),
                             ('UserDict', PrettyPrinter._pprint_user_data),
                             ('UserList', PrettyPrinter._pprint_user_data),
                             ('UserString', PrettyPrinter._pprint_user_data)):
        cls = getattr(mod, cls_name, None)
        if cls is not None:
            table[cls.__repr__] = layout
    return PrettyPrinter._dispatch.get(type(object).__repr__)


def _is_field(f):
    # a dataclass field proper (not a ClassVar or InitVar pseudo-field)
    kind = getattr(f, '_field_type', None)
    return kind is None or getattr(kind, 'name', None) == '_FIELD' or repr(kind) == '_FIELD'


def _is_plain_dataclass(object, rep):
    # a dataclass instance whose repr is the one dataclasses generates: recognised by the
    # fields it shows, so that any implementation of dataclasses qualifies
    cls = type(object)
    fields = getattr(cls, '__dataclass_fields__', None)
    if not isinstance(fields, dict) or isinstance(object, type):
        return False
    params = getattr(cls, '__dataclass_params__', None)
    if params is not None and not getattr(params, 'repr', True):
        return False
    try:
        shown = [f for f in fields.values() if _is_field(f) and f.repr]
        expected = (cls.__qualname__ + '('
                    + ', '.join(f"{f.name}={getattr(object, f.name)!r}" for f in shown) + ')')
    except Exception:
        return False
    return expected == rep
