"""base64 for pyjit: the RFC 4648 encodings (base64 standard and URL-safe, base32 and
base32hex, base16), Ascii85, base85 and Z85, and the MIME line-wrapped base64
(encodebytes/decodebytes, encode/decode on files), with CPython 3.13's errors.
"""

import binascii

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode', 'z85encode', 'z85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                        % s.__class__.__name__) from None


def _two_chars(altchars):
    assert len(altchars) == 2, '%r' % (altchars,)
    return altchars


# ----------------------------------------------------------------------------- base64

def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        return encoded.translate(bytes.maketrans(b'+/', _two_chars(altchars)))
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        alt = _two_chars(_bytes_from_decode_data(altchars))
        s = s.translate(bytes.maketrans(alt, b'+/'))
    return binascii.a2b_base64(s, strict_mode=bool(validate))


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


_TO_URLSAFE = bytes.maketrans(b'+/', b'-_')
_FROM_URLSAFE = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    return b64encode(s).translate(_TO_URLSAFE)


def urlsafe_b64decode(s):
    return b64decode(_bytes_from_decode_data(s).translate(_FROM_URLSAFE))


# ----------------------------------------------------------------------------- base32

_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# how many '=' end the last group, by the number of bytes in it
_B32_PADS = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}


def _b32encode(alphabet, s):
    if not isinstance(s, bytes_types):
        s = memoryview(s).tobytes()
    tail = len(s) % 5
    padded = bytes(s) + bytes((5 - tail) % 5)
    out = bytearray()
    for i in range(0, len(padded), 5):
        group = int.from_bytes(padded[i:i + 5], 'big')
        for shift in range(35, -1, -5):
            out.append(alphabet[(group >> shift) & 31])
    pads = _B32_PADS[tail]
    if pads:
        out[-pads:] = b'=' * pads
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    total = len(s)
    s = s.rstrip(b'=')
    pads = total - len(s)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    group = 0
    for i in range(0, len(s), 8):
        group = 0
        for c in s[i:i + 8]:
            v = values.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            group = (group << 5) | v
        out += group.to_bytes(5, 'big')
    if total % 8 or pads not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if pads and out:
        group <<= 5 * pads
        keep = (43 - 5 * pads) // 8
        out[-5:] = group.to_bytes(5, 'big')[:keep]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


# ----------------------------------------------------------------------------- base16

def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if any(c not in b'0123456789ABCDEF' for c in s):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# ----------------------------------------------------------------------------- base85

_A85START = b"<~"
_A85END = b"~>"


def _words85(b, alphabet, pad, zero_char=None, spaces_char=None):
    # Big-endian 32-bit words, each as five base-85 digits; a short last word is padded
    # with zero bytes and its extra digits dropped unless pad.
    if not isinstance(b, bytes_types):
        b = memoryview(b).tobytes()
    tail = -len(b) % 4
    data = bytes(b) + bytes(tail)
    out = []
    for i in range(0, len(data), 4):
        word = int.from_bytes(data[i:i + 4], 'big')
        if zero_char is not None and word == 0:
            out.append(zero_char)
        elif spaces_char is not None and word == 0x20202020:
            out.append(spaces_char)
        else:
            digits = bytearray(5)
            for k in range(4, -1, -1):
                word, digits[k] = divmod(word, 85)
            out.append(bytes(alphabet[d] for d in digits))
    if tail and not pad:
        last = out[-1]
        if last == zero_char:
            last = alphabet[0:1] * 5
        out[-1] = last[:-tail]
    return b''.join(out)


_A85_ALPHABET = bytes(range(33, 118))


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    body = _words85(b, _A85_ALPHABET, pad, b'z', b'y' if foldspaces else None)
    if adobe:
        body = _A85START + body
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [body[i:i + width] for i in range(0, len(body), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        body = b'\n'.join(lines)
    if adobe:
        body += _A85END
    return body


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}"
                             .format(_A85END))
        b = b[2:-2] if b.startswith(_A85START) else b[:-2]
    out = bytearray()
    group = []
    for c in b + b'u' * 4:
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                word = 0
                for d in group:
                    word = word * 85 + (d - 33)
                if word > 0xffffffff:
                    raise ValueError('Ascii85 overflow') from None
                out += word.to_bytes(4, 'big')
                group = []
        elif c == 122:  # z
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and c == 121:  # y
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    extra = 4 - len(group)
    if extra:
        del out[-extra:]
    return bytes(out)


_B85_ALPHABET = (b"0123456789" b"ABCDEFGHIJKLMNOPQRSTUVWXYZ" b"abcdefghijklmnopqrstuvwxyz"
                 b"!#$%&()*+-;<=>?@^_`{|}~")
_Z85_ALPHABET = (b'0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                 b'.-:+=^!/*?&<>()[]{}@%$#')


def b85encode(b, pad=False):
    return _words85(b, _B85_ALPHABET, pad)


def _b85decode(alphabet, b):
    values = {c: i for i, c in enumerate(alphabet)}
    b = _bytes_from_decode_data(b)
    tail = -len(b) % 5
    b = b + b'~' * tail
    out = bytearray()
    for i in range(0, len(b), 5):
        word = 0
        for j, c in enumerate(b[i:i + 5]):
            v = values.get(c)
            if v is None:
                raise ValueError('bad base85 character at position %d' % (i + j)) from None
            word = word * 85 + v
        if word > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i) from None
        out += word.to_bytes(4, 'big')
    if tail:
        del out[-tail:]
    return bytes(out)


def b85decode(b):
    return _b85decode(_B85_ALPHABET, b)


def z85encode(s):
    return _words85(s, _Z85_ALPHABET, False)


def z85decode(s):
    s = _bytes_from_decode_data(s)
    try:
        return _b85decode(_Z85_ALPHABET, s)
    except ValueError as e:
        raise ValueError(str(e).replace('base85', 'z85')) from None


# ----------------------------------------------------------------------------- MIME lines

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _input_type_check(s):
    try:
        view = memoryview(s)
    except TypeError as err:
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__) from err
    if view.format not in ('c', 'b', 'B'):
        raise TypeError("expected single byte elements, not %r from %s"
                        % (view.format, s.__class__.__name__))
    if view.ndim != 1:
        raise TypeError("expected 1-D data, not %d-D data from %s"
                        % (view.ndim, s.__class__.__name__))


def encodebytes(s):
    _input_type_check(s)
    return b"".join(binascii.b2a_base64(s[i:i + MAXBINSIZE])
                    for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    _input_type_check(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            break
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
