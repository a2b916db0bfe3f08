"""binascii for pyjit: conversions between binary data and ASCII encodings (base64, hex)
and the CRC-32 and CRC-CCITT checksums. The loops are Java (_binascii:
org.pyjit.modules.BinasciiModule); here are the signatures and the exception classes.
uu and quoted-printable are not here (docs/stdlib/common.md).
"""

import _binascii


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_binascii._init(Error)

from _binascii import b2a_base64, a2b_base64, unhexlify, crc32, crc_hqx

_NOT_GIVEN = object()


def hexlify(data, sep=_NOT_GIVEN, bytes_per_sep=1):
    if sep is _NOT_GIVEN:
        return _binascii._hexlify(data)
    raw = data if isinstance(data, bytes) else bytes(memoryview(data))
    return raw.hex(sep, bytes_per_sep).encode('ascii')


b2a_hex = hexlify
a2b_hex = unhexlify
