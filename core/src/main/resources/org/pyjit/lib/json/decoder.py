"""JSONDecoder and JSONDecodeError."""

import _json

from . import scanner

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """A JSON document that does not parse: msg (what was expected), doc (the text),
    pos (the code point index in doc), lineno and colno (both from 1)."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, f'{msg}: line {lineno} column {colno} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        args = (self.msg, self.doc, self.pos)
        return self.__class__, args


_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}


def scanstring(s, end, strict=True):
    """The JSON string whose opening quote is at s[end - 1], unescaped, and the index
    after its closing quote."""
    return _json.scanstring(s, end, strict, JSONDecodeError)


def _skip_space(s, i):
    n = len(s)
    while i < n and s[i] in ' \t\n\r':
        i += 1
    return i


class JSONDecoder:
    """Decodes JSON text: objects to dict (or object_hook's / object_pairs_hook's result),
    arrays to list, strings to str, numbers to int and float (or parse_int's and
    parse_float's), true/false/null to True/False/None, and NaN, Infinity and -Infinity
    through parse_constant. With strict=False, control characters may appear in strings."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant if parse_constant else _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s):
        """The value of the JSON document s (a str), which may be surrounded by
        whitespace and nothing else."""
        obj, end = self.raw_decode(s, idx=_skip_space(s, 0))
        end = _skip_space(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """The JSON value starting at s[idx] and the index where it ends."""
        try:
            return self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
