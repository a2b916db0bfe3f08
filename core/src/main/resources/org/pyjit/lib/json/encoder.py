"""JSONEncoder."""

import _json

__all__ = ['JSONEncoder']

encode_basestring = _json.encode_basestring
encode_basestring_ascii = _json.encode_basestring_ascii
c_make_encoder = _json.make_encoder

INFINITY = float('inf')


class JSONEncoder:
    """Encodes Python values as JSON: dict as objects, list and tuple as arrays, str,
    int and float (and their subclasses), True, False and None. For anything else it calls
    default(), which a subclass (or the default argument) overrides to return an
    encodable stand-in; the base one raises TypeError."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            item_sep, key_sep = separators
            self.item_separator = item_sep
            self.key_separator = key_sep
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """The stand-in for o, which JSON cannot represent (this one raises TypeError)."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """o as one JSON str."""
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        return ''.join(chunks if isinstance(chunks, (list, tuple)) else list(chunks))

    def iterencode(self, o, _one_shot=False):
        """o as JSON, in pieces (for writing to a stream as they come)."""
        markers = {} if self.check_circular else None
        encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        indent = self.indent
        if not (indent is None or isinstance(indent, str)):
            indent = ' ' * indent
        if _one_shot:
            key_sep, item_sep = self.key_separator, self.item_separator
            whole = c_make_encoder(markers, self.default, encoder, indent, key_sep, item_sep,
                                   self.sort_keys, self.skipkeys, self.allow_nan)
            return whole(o, 0)
        from ._chunks import Chunks  # the streaming encoder, needed by dump and iterencode
        return Chunks(markers, self.default, encoder, indent, self.key_separator,
                      self.item_separator, self.sort_keys, self.skipkeys,
                      self.allow_nan).value(o, 0)
