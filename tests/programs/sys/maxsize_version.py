# sys.maxsize, sys.version_info and related constants
import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 13))
print(sys.version_info[0] == sys.version_info.major, type(sys.version_info.micro).__name__)
print(type(sys.version).__name__, sys.version.startswith("3.13"), sys.hexversion >> 16 == 0x30D)
print(sys.maxunicode, hex(sys.maxunicode), sys.float_info.max, sys.int_info.bits_per_digit > 0)
print(len(range(sys.maxsize)), sys.maxsize + 1)
