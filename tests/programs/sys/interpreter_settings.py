# The interpreter settings a program may print: sys.flags, hash_info, encodings, intern.
import sys
print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.int_max_str_digits, sys.flags.dev_mode)
print(sys.hash_info)
try:
    sys.intern(1)
except TypeError as e:
    print(e)
print(sys.flags.optimize, sys.flags[0], len(sys.flags), type(sys.flags).__name__, type(sys.hash_info).__name__)
print(sys.hash_info.width, sys.hash_info.algorithm)
print(sys.intern("ab" + "c") == "abc", sys.is_finalizing())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print(e)
print(sys.get_int_max_str_digits())
x = 10 ** 5000
try:
    str(x)
except ValueError as e:
    print(e)
try:
    int("9" * 5000)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(6000)
print(len(str(x)), len(repr(-x)), len(f"{x:,}"), int("9" * 5000) % 1000)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(maxdigits=700)
print(sys.get_int_max_str_digits())
try:
    print(10 ** 700)
except ValueError as e:
    print(e)
print(len(str(10 ** 699)), len(hex(10 ** 5000)))
