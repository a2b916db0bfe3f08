"""Support for regular expressions (RE), with Python's syntax and semantics.

pyjit's own module: the parsing, compiling and matching are done in Java by the built-in
module _sre (org.pyjit.modules); this file defines the Python API on top of it.
"""

import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
    "compile", "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S",
    "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag", "PatternError",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807

# (name, value) in the order CPython's RegexFlag declares them: reprs list them so.
_FLAG_ORDER = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("DEBUG", 128),
)
_ALL_FLAG_BITS = 0x1FF


class _FlagType(type):
    # RegexFlag's class: what an enum.IntFlag class (boundary KEEP) does for a program -
    # iteration over the named flags, len, lookup by name, members, call by value, 'in' -
    # without importing enum, whose import would more than double re's (see
    # docs/stdlib/re.md; isinstance(re.I, enum.IntFlag) is the difference left)

    def __iter__(cls):
        return iter([cls._member_map_[name] for name, _ in _FLAG_ORDER])

    def __reversed__(cls):
        return reversed(list(cls))

    def __len__(cls):
        return len(_FLAG_ORDER)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        # by value, as CPython's: the named flags and the combinations made so far
        try:
            return value in cls._value2member_map_
        except TypeError:
            return False

    @property
    def __members__(cls):
        return _mappingproxy(cls._member_map_)

    def __repr__(cls):
        return f"<flag {cls.__name__!r}>"

    def __call__(cls, value=0):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        value = int(value)
        if value < 0:
            value &= _ALL_FLAG_BITS
        return cls._value2member_map_.get(value) or cls._pseudo(value)

    def _pseudo(cls, value):
        member = int.__new__(cls, value)
        cls._value2member_map_[value] = member
        return member


_mappingproxy = type(type.__dict__)


class RegexFlag(int, metaclass=_FlagType):
    """Flags of the re module: an int whose repr names the flags, combined with |, & and
    ^ into RegexFlag values, as CPython's enum.IntFlag of the same name."""

    __slots__ = ()

    _member_map_ = {}
    _value2member_map_ = {}

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        names = self._parts()
        if names is None:
            return f"re.RegexFlag({value!r})"
        return "|".join(n if n.startswith("0x") else "re." + n for n in names)

    __str__ = __repr__

    def _parts(self):
        # the flags' names in definition order, then the unnamed bits in hex; None when
        # no bit has a name (CPython's pseudo-member without a name)
        value = int(self)
        names = [name for name, bit in _FLAG_ORDER if value & bit]
        if not names:
            return None
        rest = value & ~sum(bit for _, bit in _FLAG_ORDER)
        if rest:
            names.append(hex(rest))
        return names

    def __format__(self, spec):
        if not spec:
            return str(self)
        return format(int(self), spec)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(int(self) ^ _ALL_FLAG_BITS)

    def __contains__(self, other):
        if not isinstance(other, RegexFlag):
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"'{type(other).__name__}' and 'RegexFlag'")
        return int(other) & int(self) == int(other)

    def __iter__(self):
        value = int(self)
        return iter([RegexFlag(bit) for _, bit in _FLAG_ORDER if value & bit])

    def __len__(self):
        value = int(self)
        return sum(1 for _, bit in _FLAG_ORDER if value & bit)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return RegexFlag, (int(self),)

    @property
    def name(self):
        if int(self) == 0:
            return "NOFLAG"
        names = self._parts()
        return None if names is None else "|".join(names)

    @property
    def value(self):
        return int(self)

    _name_ = name
    _value_ = value


def _named_flag(name, bit):
    flag = RegexFlag._value2member_map_.get(bit)
    if flag is None:
        flag = int.__new__(RegexFlag, bit)
        RegexFlag._value2member_map_[bit] = flag
    RegexFlag._member_map_[name] = flag
    setattr(RegexFlag, name, flag)
    globals()[name] = flag
    return flag


# the members in CPython's order (its __members__ lists them so), short names as aliases
_SHORT_NAMES = {"ASCII": "A", "IGNORECASE": "I", "LOCALE": "L", "UNICODE": "U",
                "MULTILINE": "M", "DOTALL": "S", "VERBOSE": "X"}
_named_flag("NOFLAG", 0)
for _name, _bit in _FLAG_ORDER:
    _named_flag(_name, _bit)
    if _name in _SHORT_NAMES:
        _named_flag(_SHORT_NAMES[_name], _bit)
del _name, _bit


class PatternError(Exception):
    """A string is not a valid regular expression (or a bad replacement template).

    msg is the bare message; pattern and pos (None when unknown) locate the error, and
    lineno/colno give pos as line and column.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pos is not None and pattern is not None:
            text = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                text = "%s (line %d, column %d)" % (text, self.lineno, self.colno)
        else:
            self.lineno = None
            self.colno = None
            text = msg
        super().__init__(text)


error = PatternError

_mappingproxy = type(type.__dict__)
_GenericAlias = type(list[int])


def _raise(err, source):
    kind, msg, pos = err
    if kind == 1:
        raise OverflowError(msg)
    if kind == 2:
        raise IndexError(msg)
    if kind == 3:
        raise ValueError(msg)
    if pos < 0:
        raise PatternError(msg)
    raise PatternError(msg, source, pos)


class Pattern:
    """A compiled regular expression (made by re.compile)."""

    __slots__ = ("_h", "_pattern", "_flags", "_groups", "_groupindex", "_names",
                 "_templates")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def pattern(self):
        return self._pattern

    @property
    def flags(self):
        return self._flags

    @property
    def groups(self):
        return self._groups

    @property
    def groupindex(self):
        return _mappingproxy(self._groupindex)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return _sre.match(self._h, self, string, pos, endpos, 0, False)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return _sre.match(self._h, self, string, pos, endpos, 1, False)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return _sre.match(self._h, self, string, pos, endpos, 2, False)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        return _sre.findall(self._h, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return _sre.finditer(self._h, self, string, pos, endpos)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def split(self, string, maxsplit=0):
        return _sre.split(self._h, string, maxsplit)

    def sub(self, repl, string, count=0):
        return self._subn(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subn(repl, string, count)

    def _subn(self, repl, string, count):
        if callable(repl):
            return _sre.subn(self._h, self, repl, string, count)
        return _sre.subn(self._h, self, self._template(repl), string, count)

    def _template(self, repl):
        templates = self._templates
        if templates is None:
            templates = self._templates = {}
        key = (type(repl), repl)
        try:
            return templates[key]
        except (KeyError, TypeError):
            pass
        t = _sre.template(self._h, repl)
        if type(t) is tuple:
            _raise(t, repl)
        if len(templates) >= 64:
            templates.clear()
        try:
            templates[key] = t
        except TypeError:
            pass
        return t

    def __repr__(self):
        text = repr(self._pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self._flags
        if isinstance(self._pattern, str):
            flags &= ~32
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for name, bit in _PATTERN_REPR_ORDER:
            if flags & bit:
                names.append("re." + name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self._flags == other._flags
                and isinstance(self._pattern, str) == isinstance(other._pattern, str)
                and self._pattern == other._pattern)

    def __ne__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return not self.__eq__(other)

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self._pattern, self._flags))

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


# the order in which a Pattern's repr lists its flags (CPython's pattern_repr)
_PATTERN_REPR_ORDER = (
    ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8), ("DOTALL", 16),
    ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128), ("ASCII", 256),
)


def _clamp(value, length):
    if value < 0:
        return 0
    if value > length:
        return length
    return value


Match = _sre.Match


class _Scanner:
    """What Pattern.scanner returns: match() and search() step through the string."""

    __slots__ = ("pattern", "_string", "_i", "_end", "_endpos", "_advance")

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        length = len(string)
        self._endpos = endpos
        self._i = _clamp(pos, length)
        self._end = _clamp(endpos, length)
        self._advance = False

    def _step(self, mode):
        if self._i > self._end:
            return None
        m = _sre.match(self.pattern._h, self.pattern, self._string, self._i, self._endpos,
                       mode, self._advance)
        if m is None:
            self._i = self._end + 1
            return None
        start, end = m.span()
        self._i = end
        self._advance = start == end
        return m

    def match(self):
        return self._step(0)

    def search(self):
        return self._step(2)


# ---------------------------------------------------------------- module functions

_cache = {}
_CACHE_MAX = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        key = None
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(flags, int):
        raise TypeError("unsupported operand type(s) for &: '%s' and 'int'"
                        % type(flags).__name__)
    h = _sre.compile(pattern, flags)
    if type(h) is tuple:
        _raise(h, pattern)
    p = object.__new__(Pattern)
    p._h = h
    p._pattern = pattern
    final_flags, groups, names = _sre.info(h)
    p._flags = final_flags
    p._groups = groups
    p._groupindex = names
    p._templates = None
    if key is not None:
        if len(_cache) >= _CACHE_MAX:
            del _cache[next(iter(_cache))]
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    "Match the pattern at the start of the string: a Match object, or None."
    regex = _compile(pattern, flags)
    return regex.match(string)


def fullmatch(pattern, string, flags=0):
    "Match the pattern against the whole string: a Match object, or None."
    regex = _compile(pattern, flags)
    return regex.fullmatch(string)


def search(pattern, string, flags=0):
    "Find the first place the pattern matches: a Match object, or None."
    regex = _compile(pattern, flags)
    return regex.search(string)


def findall(pattern, string, flags=0):
    "All non-overlapping matches (groups' texts when the pattern has groups), as a list."
    regex = _compile(pattern, flags)
    return regex.findall(string)


def finditer(pattern, string, flags=0):
    "An iterator of Match objects over all non-overlapping matches."
    regex = _compile(pattern, flags)
    return regex.finditer(string)


def _positional(fname, argname, args, count, flags):
    if count is not _missing:
        raise TypeError("%s() got multiple values for argument '%s'" % (fname, argname))
    count = args[0]
    if len(args) > 1:
        if flags is not _missing:
            raise TypeError("%s() got multiple values for argument 'flags'" % fname)
        flags = args[1]
        if len(args) > 2:
            raise TypeError("%s() takes from %d to %d positional arguments but %d were given"
                            % (fname, 3 if fname != "split" else 2,
                               5 if fname != "split" else 4,
                               len(args) + (3 if fname != "split" else 2)))
    # attributed to the caller of sub/subn/split, two frames out from here
    _sre.deprecated("'%s' is passed as positional argument" % argname, 3)
    return count, flags


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return "0"


_missing = _Missing()


def sub(pattern, repl, string, *args, count=_missing, flags=_missing):
    "Replace the matches of the pattern in string by repl (a template or a function)."
    if args:
        count, flags = _positional("sub", "count", args, count, flags)
    return _compile(pattern, 0 if flags is _missing else flags).sub(
        repl, string, 0 if count is _missing else count)


def subn(pattern, repl, string, *args, count=_missing, flags=_missing):
    "As sub, but return (new_string, number_of_substitutions)."
    if args:
        count, flags = _positional("subn", "count", args, count, flags)
    return _compile(pattern, 0 if flags is _missing else flags).subn(
        repl, string, 0 if count is _missing else count)


def split(pattern, string, *args, maxsplit=_missing, flags=_missing):
    "Split string by the matches of the pattern (groups' texts included)."
    if args:
        maxsplit, flags = _positional("split", "maxsplit", args, maxsplit, flags)
    return _compile(pattern, 0 if flags is _missing else flags).split(
        string, 0 if maxsplit is _missing else maxsplit)


def purge():
    "Clear the regular expression caches."
    _cache.clear()


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    "Escape the characters that have a meaning in patterns."
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    data = bytes(pattern)
    out = bytearray()
    for b in data:
        if b < 128 and chr(b) in _SPECIAL:
            out.append(92)
        out.append(b)
    return bytes(out)

