# Assigning attributes of built-in instances: read-only getsets, members and methods.
for o, n in [(1, 'real'), (1, 'bit_length'), (1j, 'imag'), ([], 'append'), ("", 'x'), (1.5, 'real'), (ValueError(), 'args'), (len, '__name__'), (slice(1), 'start'), (range(3), 'start')]:
    try:
        setattr(o, n, 1)
    except Exception as e:
        print(type(e).__name__, e)
try:
    property(lambda s: 1).__get__(None, None)
except TypeError as e:
    print(e)
