# copyright and credits, the site module's _Printer builtins: repr, call, sys.copyright
import sys
print(repr(copyright))
print(repr(credits))
print(sys.copyright == repr(copyright))
copyright()
credits()
print(type(copyright).__name__, type(copyright).__module__)
try:
    credits(1)
except TypeError as e:
    print(e)
