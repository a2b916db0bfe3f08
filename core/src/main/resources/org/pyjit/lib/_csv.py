"""_csv for pyjit: the dialect type, the reader (a state machine over the characters of the
lines it is given) and the writer, with CPython 3.13's parsing rules and error messages.

The reader splits a line directly when it cannot hold anything that needs the state
machine (no quote, escape or carriage-return character, plain quoting): most data lines of
most files, at the speed of str.split.
"""

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)

_dialects = {}
_field_limit = 128 * 1024


class Error(Exception):
    pass


Error.__module__ = '_csv'

_UNSET = object()


def _char(name, value, default, allow_none):
    if value is _UNSET:
        return default
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        kind = "string or None" if allow_none else "string"
        raise TypeError('"%s" must be %s, not %s' % (name, kind, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class Dialect(object):
    """The formatting parameters of a reader or writer, checked once when made."""

    __slots__ = ('_delimiter', '_quotechar', '_escapechar', '_doublequote',
                 '_skipinitialspace', '_lineterminator', '_quoting', '_strict')

    def __new__(cls, dialect=None, **kwargs):
        for key in kwargs:
            if key not in ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
                           'quotechar', 'quoting', 'skipinitialspace', 'strict'):
                raise TypeError("this function got an unexpected keyword argument %r" % key)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            if (type(dialect) is Dialect and not kwargs and cls is Dialect):
                return dialect

        def pick(name):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name)
            return _UNSET

        self = object.__new__(cls)
        self._delimiter = _char("delimiter", pick('delimiter'), ',', False)
        quotechar_given = pick('quotechar')
        self._quotechar = _char("quotechar", quotechar_given, '"', True)
        self._escapechar = _char("escapechar", pick('escapechar'), None, True)
        term = pick('lineterminator')
        if term is _UNSET:
            term = '\r\n'
        elif not isinstance(term, str):
            raise TypeError('"lineterminator" must be a string')
        self._lineterminator = term
        quoting = pick('quoting')
        if quoting is _UNSET:
            quoting = QUOTE_MINIMAL
        if 'quotechar' in kwargs and kwargs['quotechar'] is None and 'quoting' not in kwargs:
            quoting = QUOTE_NONE  # quotechar=None alone means no quoting at all
        elif not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        if quoting not in range(6):
            raise TypeError('bad "quoting" value')
        self._quoting = int(quoting)
        self._doublequote = _flag(pick('doublequote'), True)
        self._skipinitialspace = _flag(pick('skipinitialspace'), False)
        self._strict = _flag(pick('strict'), False)
        if self._quotechar is None and self._quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        d, q, e = self._delimiter, self._quotechar, self._escapechar
        if d in '\r\n':
            raise ValueError('bad delimiter value')
        if q is not None and q in '\r\n':
            raise ValueError('bad quotechar value')
        if e is not None and e in '\r\n':
            raise ValueError('bad escapechar value')
        if d in self._lineterminator:
            raise ValueError('bad delimiter or lineterminator value')
        if q is not None and q in self._lineterminator:
            raise ValueError('bad quotechar or lineterminator value')
        if e is not None and e in self._lineterminator:
            raise ValueError('bad escapechar or lineterminator value')
        if d == q:
            raise ValueError('bad delimiter or quotechar value')
        if d == e:
            raise ValueError('bad delimiter or escapechar value')
        if e is not None and e == q:
            raise ValueError('bad escapechar or quotechar value')
        return self

    delimiter = property(lambda self: self._delimiter)
    quotechar = property(lambda self: self._quotechar)
    escapechar = property(lambda self: self._escapechar)
    doublequote = property(lambda self: self._doublequote)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    lineterminator = property(lambda self: self._lineterminator)
    quoting = property(lambda self: self._quoting)
    strict = property(lambda self: self._strict)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.Dialect' instances")


def _flag(value, default):
    return default if value is _UNSET else bool(value)


Dialect.__module__ = '_csv'
for _name in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
              'lineterminator', 'quoting', 'strict'):
    def _readonly(self, value, _name=_name):
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % _name)
    setattr(Dialect, _name, property(getattr(Dialect, _name).fget, _readonly))
del _name


def _dialect(dialect, kwargs):
    return Dialect(dialect, **kwargs)


# ----------------------------------------------------------------------------- reader

(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)

_EOL = None  # the end of a line, after its characters


class reader(object):
    """Iterates over the rows of the lines of an iterable of str."""

    def __init__(self, csvfile, dialect='excel', **kwargs):
        self._lines = iter(csvfile)
        self.dialect = _dialect(dialect, kwargs)
        self.line_num = 0
        d = self.dialect
        # characters that send a line to the state machine
        special = '\r'
        if d.quotechar is not None and d.quoting != QUOTE_NONE:
            special += d.quotechar
        if d.escapechar is not None:
            special += d.escapechar
        self._special = special
        self._plain = (not d.skipinitialspace and d.quoting in (QUOTE_MINIMAL, QUOTE_ALL)
                       and d.delimiter != '\n')

    def __iter__(self):
        return self

    def _reset(self):
        self._fields = []
        self._field = []
        self._field_len = 0
        self._unquoted = True
        self._state = _START_RECORD

    def __next__(self):
        self._reset()
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field_len != 0 or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file should be "
                            "opened in text mode)" % type(line).__name__)
            self.line_num += 1
            if self._state == _START_RECORD and self._plain:
                body = line[:-1] if line.endswith('\n') else line
                if not any(c in body for c in self._special) and '\n' not in body:
                    if not body:
                        return []
                    fields = body.split(self.dialect.delimiter)
                    limit = _field_limit
                    for f in fields:
                        if len(f) > limit:
                            raise Error("field larger than field limit (%d)" % limit)
                    return fields
            for c in line:
                self._step(c)
            self._step(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

    def _add(self, c):
        if self._field_len >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)
        self._field_len += 1

    def _save_field(self):
        quoting = self.dialect.quoting
        if self._unquoted and self._field_len == 0 and quoting in (QUOTE_NOTNULL, QUOTE_STRINGS):
            value = None
        else:
            value = ''.join(self._field)
            if self._unquoted and self._field_len and quoting in (QUOTE_NONNUMERIC,
                                                                  QUOTE_STRINGS):
                value = float(value)
        self._fields.append(value)
        self._field = []
        self._field_len = 0
        self._unquoted = True

    def _step(self, c):
        d = self.dialect
        state = self._state
        newline = c is _EOL or c == '\n' or c == '\r'
        quote = d.quotechar if d.quoting != QUOTE_NONE else None
        esc = d.escapechar
        if state == _START_RECORD:
            if c is _EOL:
                return
            if newline:
                self._state = _EAT_CRNL
                return
            state = _START_FIELD
        if state == _START_FIELD:
            if newline:
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == quote and quote is not None:
                self._unquoted = False
                self._state = _IN_QUOTED_FIELD
            elif c == esc and esc is not None:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                self._state = _START_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add(c)
                self._state = _IN_FIELD
            return
        if state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add('\n' if c is _EOL else c)
            self._state = _IN_FIELD
            return
        if state == _AFTER_ESCAPED_CRNL:
            if c is _EOL:
                return
            state = _IN_FIELD
        if state == _IN_FIELD:
            if newline:
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == esc and esc is not None:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add(c)
                self._state = _IN_FIELD
            return
        if state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == esc and esc is not None:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == quote and quote is not None:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add(c)
            return
        if state == _ESCAPE_IN_QUOTED_FIELD:
            self._add('\n' if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
            return
        if state == _QUOTE_IN_QUOTED_FIELD:
            if c == quote and quote is not None:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif newline:
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
            return
        if state == _EAT_CRNL:
            if c == '\n' or c == '\r':
                return
            if c is _EOL:
                self._state = _START_RECORD
                return
            raise Error("new-line character seen in unquoted field - do you need to open "
                        "the file with newline=''?")


reader.__module__ = '_csv'


# ----------------------------------------------------------------------------- writer

def _is_number(value):
    return isinstance(value, complex) or hasattr(type(value), '__float__') or hasattr(type(value), '__index__') \
        or hasattr(type(value), '__int__')


class writer(object):
    """Writes rows as delimited lines to an object with a write() method."""

    def __init__(self, fileobj, dialect='excel', **kwargs):
        self._write = getattr(fileobj, 'write', None)
        if self._write is None:
            raise TypeError('argument 1 must have a "write" method')
        self.dialect = _dialect(dialect, kwargs)
        d = self.dialect
        specials = {d.delimiter, '\n', '\r'} | set(d.lineterminator)
        if d.quotechar is not None:
            specials.add(d.quotechar)
        if d.escapechar is not None:
            specials.add(d.escapechar)
        self._specials = specials

    def _field(self, text, quoted):
        d = self.dialect
        specials = self._specials
        if not any(c in specials for c in text):
            return (d.quotechar + text + d.quotechar) if quoted else text
        out = []
        for c in text:
            if c in specials:
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        body = ''.join(out)
        return (d.quotechar + body + d.quotechar) if quoted else body

    def writerow(self, row):
        d = self.dialect
        try:
            items = iter(row)
        except TypeError:
            raise Error("iterable expected, not %.200s" % type(row).__name__) from None
        parts = []
        quoting = d.quoting
        for value in items:
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(value)
            elif quoting == QUOTE_ALL:
                quoted = True
            elif quoting == QUOTE_STRINGS:
                quoted = isinstance(value, str)
            elif quoting == QUOTE_NOTNULL:
                quoted = value is not None
            else:
                quoted = False
            if value is None:
                text = ''
            elif isinstance(value, str):
                text = value
            elif isinstance(value, float):
                text = repr(value)
            else:
                text = str(value)
            parts.append(self._field(text, quoted))
        if len(parts) == 1 and parts[0] == '':
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


writer.__module__ = '_csv'


# ----------------------------------------------------------------------------- registry

def register_dialect(name, dialect=None, **kwargs):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = Dialect(dialect, **kwargs)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    global _field_limit
    if kwargs:
        raise TypeError("field_size_limit() takes no keyword arguments")
    if len(args) > 1:
        raise TypeError("field_size_limit() takes at most 1 argument (%d given)" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old
