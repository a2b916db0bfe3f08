# base64 and binascii: every encoding both ways on many lengths, altchars, validate, the
# decoders' leniency and every error message, checksums
import base64
import binascii

data = [bytes(range(n)) for n in range(0, 12)] + [b'hello world', b'\xff' * 7, bytes(range(256))]
for d in data:
    print(len(d), base64.b64encode(d), base64.b32encode(d), base64.b32hexencode(d),
          base64.b16encode(d), base64.a85encode(d), base64.b85encode(d))
    for enc, dec in [(base64.b64encode, base64.b64decode), (base64.b32encode, base64.b32decode),
                     (base64.b32hexencode, base64.b32hexdecode),
                     (base64.b16encode, base64.b16decode), (base64.a85encode, base64.a85decode),
                     (base64.b85encode, base64.b85decode),
                     (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                     (base64.encodebytes, base64.decodebytes)]:
        assert dec(enc(d)) == d, (enc, d)
    if len(d) % 4 == 0:
        print('  z85', base64.z85encode(d), base64.z85decode(base64.z85encode(d)) == d)
print(base64.a85encode(b'\0' * 8 + b'    ' + b'abc', foldspaces=True),
      base64.a85encode(b'abc', pad=True), base64.b85encode(b'abc', pad=True))
print(base64.a85encode(bytes(range(40)), wrapcol=10, adobe=True))
print(base64.a85encode(bytes(range(10)), wrapcol=7))
print(base64.a85decode(b'<~9jqo^BlbD-BleB1DJ+*+F(f,q~>', adobe=True))
print(base64.a85decode(b'z y', foldspaces=True), base64.a85decode(b'87cU\nRD]j'))
print(base64.encodebytes(bytes(range(100))))
print(base64.encodebytes(b''), base64.decodebytes(b'YWJj\nZGVm\n'))
print(base64.b64encode(b'\xfb\xff\xfe', altchars=b'-_'), base64.b64decode('-_-_', altchars='-_'))
print(base64.urlsafe_b64encode(b'\xfb\xff'), base64.urlsafe_b64decode('-_8='),
      base64.standard_b64encode(b'x'), base64.standard_b64decode(b'eA=='))
print(base64.b64decode('aGVs bG8=\n'), base64.b64decode(b'aGVsbG8=trailing'),
      base64.b64decode(b'aGVsbG8==='), base64.b64decode(b'aGVsbA=='), base64.b64decode(b'Y*W*J*j'))
print(base64.b32decode('mfrggzdfmy======', casefold=True), base64.b32decode('0I======', map01='I'),
      base64.b16decode('6a6B', casefold=True))
print(base64.b64encode(bytearray(b'ab')), base64.b64encode(memoryview(b'abc')),
      base64.b64decode(bytearray(b'YWI=')), base64.b64decode(memoryview(b'YWI=')))

def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', r)
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)

err(base64.b64decode, b'abc')
err(base64.b64decode, b'a')
err(base64.b64decode, b'abcde')
err(base64.b64decode, b'abcdefghi=')
err(base64.b64decode, b'ab!d', validate=True)
err(base64.b64decode, b'=abc', validate=True)
err(base64.b64decode, b'ab==cd', validate=True)
err(base64.b64decode, b'ab=c', validate=True)
err(base64.b64decode, b'abcd=', validate=True)
err(base64.b64decode, b'abcd====', validate=True)
err(base64.b64decode, b'YWI=', validate=True)
err(base64.b64decode, 'é')
err(base64.b64decode, 5)
err(base64.b64encode, 'text')
err(base64.b64encode, b'x', altchars=b'-')
err(base64.b32decode, b'abc')
err(base64.b32decode, b'MFRGG===')
err(base64.b32decode, b'MFRGGZD=')
err(base64.b32decode, b'MFRG1===')
err(base64.b32decode, b'mfrggzdf')
err(base64.b32hexdecode, b'W0======')
err(base64.b16decode, b'abc')
err(base64.b16decode, b'0G')
err(base64.b16decode, b'abc', casefold=True)
err(base64.a85decode, b'abc~>', adobe=True)
err(base64.a85decode, b'ab z')
err(base64.a85decode, b'ab y', foldspaces=True)
err(base64.a85decode, b'ab{')
err(base64.a85decode, b's8W-"')
err(base64.b85decode, b'ab"c')
err(base64.b85decode, b'~~~~~')
err(base64.z85decode, b'ab"c')
err(base64.encodebytes, 'str')
err(base64.decodebytes, b'YW=')

print(binascii.hexlify(b'\x01\xab\xff'), binascii.b2a_hex(b''), binascii.hexlify(b'abcdef', '-'),
      binascii.hexlify(b'abcdef', b':', 2), binascii.hexlify(b'abcdef', '_', -4))
print(binascii.unhexlify(b'01abFF'), binascii.a2b_hex('6869'), binascii.unhexlify(bytearray(b'00')))
print(binascii.b2a_base64(b'abc'), binascii.b2a_base64(b'abc', newline=False),
      binascii.a2b_base64('YWJj'), binascii.a2b_base64(b'YW Jj\n', strict_mode=False))
print(binascii.crc32(b''), binascii.crc32(b'hello'), binascii.crc32(b'world', binascii.crc32(b'hello ')),
      binascii.crc32(b'hello world'), binascii.crc32(b'x', -1), binascii.crc32(b'x', 2**40 + 5))
print(binascii.crc_hqx(b'', 0), binascii.crc_hqx(b'123456789', 0), binascii.crc_hqx(b'123456789', 0xffff),
      binascii.crc_hqx(b'abc', 70000))
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception),
      binascii.Error.__module__)
err(binascii.unhexlify, b'abc')
err(binascii.unhexlify, b'zz')
err(binascii.unhexlify, 'é1')
err(binascii.unhexlify, 5)
err(binascii.hexlify, 'ab')
err(binascii.crc32, 'ab')
err(binascii.crc32, b'ab', 1.5)
err(binascii.a2b_base64, 5)
err(binascii.b2a_base64, b'', b'')
binascii.a2b_base64(b'abc')
binascii.a2b_base64(b'abc')  # ends with binascii.Error (a built-in function: no library frames)
