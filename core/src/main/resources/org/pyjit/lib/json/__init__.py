"""JSON (RFC 8259) encoding and decoding: dumps/dump turn Python values into JSON text,
loads/load read it back. JSONEncoder and JSONDecoder carry the options and can be
subclassed (default() for other types, object_hook and friends for decoding)."""

# pyjit's json: the API is Python; the scanner and the one-shot encoder are Java (_json:
# org.pyjit.modules.JsonModule), as CPython's C accelerator is for its json.

__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

_plain_encoder = JSONEncoder()
_plain_decoder = JSONDecoder()


def _encoder_for(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent,
                 separators, default, sort_keys, kw):
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None
            and indent is None and separators is None and default is None
            and not sort_keys and not kw):
        return _plain_encoder
    if cls is None:
        cls = JSONEncoder
    return cls(indent=indent, separators=separators, sort_keys=sort_keys, default=default,
               skipkeys=skipkeys, ensure_ascii=ensure_ascii, allow_nan=allow_nan,
               check_circular=check_circular, **kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None, default=None,
         sort_keys=False, **kw):
    """Write obj as JSON to the file-like fp (anything with a write(str) method)."""
    encoder = _encoder_for(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent,
                           separators, default, sort_keys, kw)
    write = fp.write
    for chunk in encoder.iterencode(obj):
        write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None, default=None,
          sort_keys=False, **kw):
    """obj as a JSON str."""
    return _encoder_for(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent,
                        separators, default, sort_keys, kw).encode(obj)


def detect_encoding(b):
    """The encoding of JSON bytes, from a BOM or the pattern of zero bytes at the start
    (JSON text begins with an ASCII character)."""
    if b[:4] in (b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00'):
        return 'utf-32'
    if b[:2] in (b'\xfe\xff', b'\xff\xfe'):
        return 'utf-16'
    if b[:3] == b'\xef\xbb\xbf':
        return 'utf-8-sig'
    if len(b) >= 4:
        # zero bytes around the first character tell UTF-16 from UTF-32 and the byte order
        if not b[0]:
            return 'utf-32-be' if not b[1] else 'utf-16-be'
        if not b[1]:
            return 'utf-32-le' if not (b[2] or b[3]) else 'utf-16-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """The value of the JSON document read from the file-like fp."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """The value of the JSON document s (str, bytes or bytearray)."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s), 'surrogatepass')
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _plain_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw.update(object_pairs_hook=object_pairs_hook)
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
