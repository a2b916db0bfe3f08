"""String constants (ascii_letters, digits, punctuation, ...), capwords, the $-substitution
Template class and the Formatter class behind str.format."""

# pyjit's string module. Template scans $-placeholders by hand when the class keeps the
# default pattern (fast to import: no regular expressions); a subclass that overrides
# pattern, idpattern, braceidpattern or flags gets them compiled with re, imported then.
# Formatter reads format strings with _string's parser, the one str.format uses (Java).

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """s split on sep (whitespace runs when None), each word capitalized, joined again
    with sep (a single space when None)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


# ---------------------------------------------------------------- Template

_IGNORECASE = 2   # re.IGNORECASE
_VERBOSE = 64     # re.VERBOSE
_DEFAULT_ID = r'(?a:[_a-z][_a-z0-9]*)'
_ID_START = frozenset('_' + ascii_letters)
_ID_REST = frozenset('_' + ascii_letters + digits)


class _Match:
    # One placeholder found in a template: kind is 'escaped', 'named', 'braced' or
    # 'invalid'; start..end the text matched (delimiter included); at is where the invalid
    # part starts (just after the delimiter).
    __slots__ = ('kind', 'name', 'start', 'end', 'at')

    def __init__(self, kind, name, start, end, at):
        self.kind = kind
        self.name = name
        self.start = start
        self.end = end
        self.at = at


def _scan_default(template, delim):
    # the placeholders of the default pattern: $$, $identifier, ${identifier}, else invalid
    out = []
    n = len(template)
    dn = len(delim)
    i = template.find(delim)
    while i >= 0:
        j = i + dn
        if template.startswith(delim, j):
            out.append(_Match('escaped', None, i, j + dn, j))
            i = template.find(delim, j + dn)
            continue
        if j < n and template[j] in _ID_START:
            k = j + 1
            while k < n and template[k] in _ID_REST:
                k += 1
            out.append(_Match('named', template[j:k], i, k, j))
            i = template.find(delim, k)
            continue
        if j < n and template[j] == '{' and j + 1 < n and template[j + 1] in _ID_START:
            k = j + 2
            while k < n and template[k] in _ID_REST:
                k += 1
            if k < n and template[k] == '}':
                out.append(_Match('braced', template[j + 1:k], i, k + 1, j))
                i = template.find(delim, k + 1)
                continue
        out.append(_Match('invalid', None, i, j, j))
        i = template.find(delim, j)
    return out


_NO_MAPPING = {}


class _PatternOf:
    # Template.pattern: the compiled regular expression of a class's settings, made with
    # re when it is first read.
    def __get__(self, obj, cls):
        return cls._compiled()


class Template:
    """A string with $-placeholders: $name or ${name} are replaced by substitute() and
    safe_substitute(), $$ is a literal $. Subclasses may change delimiter, idpattern,
    braceidpattern, flags or the whole pattern."""

    delimiter = '$'
    idpattern = _DEFAULT_ID
    braceidpattern = None
    flags = _IGNORECASE
    pattern = _PatternOf()

    def __init_subclass__(cls):
        super().__init_subclass__()
        raw = cls.__dict__.get('pattern')
        if raw is not None and not isinstance(raw, _PatternOf):
            # a pattern of the subclass's own: compiled on first use, read as compiled
            cls._raw_pattern = raw
            cls.pattern = _PatternOf()
        cls._regex = None

    def __init__(self, template):
        self.template = template

    @classmethod
    def _compiled(cls):
        own = cls.__dict__.get('_regex')
        if own is not None:
            return own
        import re
        raw = cls._raw_pattern
        if raw is None:
            delim = re.escape(cls.delimiter)
            ident = cls.idpattern
            bid = cls.braceidpattern or ident
            raw = fr"""
            {delim}(?:
              (?P<escaped>{delim})  |
              (?P<named>{ident})       |
              {{(?P<braced>{bid})}} |
              (?P<invalid>)
            )
            """
        regex = re.compile(raw, cls.flags | _VERBOSE) if isinstance(raw, str) else raw
        cls._regex = regex
        return regex

    @classmethod
    def _plain(cls):
        # whether the hand scanner gives this class's matches
        return (cls._raw_pattern is None and cls.idpattern == _DEFAULT_ID
                and cls.braceidpattern is None and cls.flags == _IGNORECASE)

    def _matches(self):
        cls = type(self)
        if cls._plain():
            return _scan_default(self.template, cls.delimiter)
        out = []
        for mo in cls._compiled().finditer(self.template):
            named = mo.group('named')
            braced = mo.group('braced')
            if named is not None:
                out.append(_Match('named', named, mo.start(), mo.end(), mo.start('named')))
            elif braced is not None:
                out.append(_Match('braced', braced, mo.start(), mo.end(), mo.start('braced')))
            elif mo.group('escaped') is not None:
                out.append(_Match('escaped', None, mo.start(), mo.end(), mo.start()))
            elif mo.group('invalid') is not None:
                out.append(_Match('invalid', None, mo.start(), mo.end(), mo.start('invalid')))
            else:
                raise ValueError('Unrecognized named group in pattern', cls._compiled())
        return out

    def _invalid(self, m):
        i = m.at
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def _replace(self, mapping, kws, safe):
        if mapping is _NO_MAPPING:
            lookup = kws
        elif kws:
            lookup = _Both(kws, mapping)
        else:
            lookup = mapping
        template = self.template
        parts = []
        last = 0
        for m in self._matches():
            parts.append(template[last:m.start])
            last = m.end
            if m.name is not None:
                if safe:
                    try:
                        parts.append(str(lookup[m.name]))
                    except KeyError:
                        parts.append(template[m.start:m.end])
                else:
                    parts.append(str(lookup[m.name]))
            elif m.kind == 'escaped':
                parts.append(self.delimiter)
            elif safe:
                parts.append(template[m.start:m.end])
            else:
                self._invalid(m)
        parts.append(template[last:])
        return ''.join(parts)

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        """The template with every placeholder replaced from mapping and the keywords
        (keywords first); KeyError for a missing name, ValueError for a bad placeholder."""
        return self._replace(mapping, kws, False)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        """As substitute(), but placeholders without a value, and bad ones, stay as
        they are."""
        return self._replace(mapping, kws, True)

    def is_valid(self):
        """Whether the template has no bad placeholder."""
        return all(m.kind != 'invalid' for m in self._matches())

    def get_identifiers(self):
        """The names of the template's placeholders, each once, in order."""
        ids = []
        for m in self._matches():
            if m.name is not None and m.name not in ids:
                ids.append(m.name)
        return ids


Template._regex = None
Template._raw_pattern = None


class _Both:
    # keyword arguments over a mapping, as substitute(mapping, **kws) looks names up
    __slots__ = ('first', 'second')

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


# ---------------------------------------------------------------- Formatter

from _string import formatter_parser as _formatter_parser
from _string import formatter_field_name_split as _field_name_split


class Formatter:
    """str.format's machinery, in methods a subclass may override: parse, get_field,
    get_value, convert_field, format_field, check_unused_args."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    # CPython's message is the same in both directions
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_arg_index = False
            obj, key = self.get_field(field_name, args, kwargs)
            used_args.add(key)
            obj = self.convert_field(obj, conversion)
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args,
                                                 recursion_depth - 1,
                                                 auto_arg_index=auto_arg_index)
            out.append(self.format_field(obj, spec))
        return ''.join(out), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f'Unknown conversion specifier {conversion!s}')

    def parse(self, format_string):
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
