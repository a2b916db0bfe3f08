"""Exact rational numbers: pyjit's fractions module (CPython 3.13's behaviour).

A Fraction keeps an int numerator and a positive int denominator with no common
factor, so equal values have equal representations and hash alike. Arithmetic with
ints and Fractions stays exact; with a float or complex operand it is done in that
type. The hash agrees with the built-in numbers' (sys.hash_info: n/d hashes as
n * d**-1 modulo the prime 2**61 - 1), so hash(Fraction(1, 2)) == hash(0.5).

Nothing here imports decimal or re: a Decimal argument is recognised through
sys.modules (a Decimal cannot exist before its module is loaded), and string and
format-spec parsing are small scanners, to keep `import fractions` cheap.
"""

import math as _math
import sys as _sys
import numbers as _numbers

__all__ = ['Fraction']

_MODULUS = _sys.hash_info.modulus
_HASH_INF = _sys.hash_info.inf


def _decimal_type():
    mod = _sys.modules.get('decimal')
    return None if mod is None else getattr(mod, 'Decimal', None)


def _hash_of_ratio(n, d):
    """hash(n/d) by the built-in numeric hash: n times the inverse of d, mod the prime."""
    if d % _MODULUS == 0:
        h = _HASH_INF
    else:
        h = abs(n) % _MODULUS * pow(d, -1, _MODULUS) % _MODULUS
    if n < 0:
        h = -h
    return -2 if h == -1 else h


# ----------------------------------------------------------------- parsing strings

def _scan_digits(s, i):
    """End of a run of decimal digits from i, single underscores allowed between them."""
    n = len(s)
    j = i
    while j < n and s[j].isdecimal():
        j += 1
    if j == i:
        return i
    while j + 1 < n and s[j] == '_' and s[j + 1].isdecimal():
        j += 2
        while j < n and s[j].isdecimal():
            j += 1
    return j


def _skip_space(s, i):
    n = len(s)
    while i < n and s[i].isspace():
        i += 1
    return i


def _parse(s):
    """(numerator, denominator) of a numeric string, or None when it is not one.

    Accepted: optional spaces, a sign, then either 'digits/digits' or a decimal number
    with optional fraction part and exponent; digit groups may be joined by single
    underscores. The denominator may be 0 (the caller reports it).
    """
    n = len(s)
    i = _skip_space(s, 0)
    negative = False
    if i < n and s[i] in '+-':
        negative = s[i] == '-'
        i += 1
    # a digit must come first, or a point followed by a digit
    if not (i < n and (s[i].isdecimal()
                       or (s[i] == '.' and i + 1 < n and s[i + 1].isdecimal()))):
        return None
    j = _scan_digits(s, i)
    whole = s[i:j]
    num = int(whole) if whole else 0
    den = 1
    k = _skip_space(s, j)
    if k < n and s[k] == '/':
        start = _skip_space(s, k + 1)
        end = _scan_digits(s, start)
        if end == start:
            return None
        den = int(s[start:end])
        i = end
    else:
        i = j
        if i < n and s[i] == '.':
            end = _scan_digits(s, i + 1)
            frac = s[i + 1:end].replace('_', '')
            if frac:
                scale = 10 ** len(frac)
                num = num * scale + int(frac)
                den = scale
            i = end
        if i < n and s[i] in 'eE':
            start = i + 1
            if start < n and s[start] in '+-':
                start += 1
            end = _scan_digits(s, start)
            if end == start:
                return None
            exp = int(s[i + 1:end])
            if exp >= 0:
                num *= 10 ** exp
            else:
                den *= 10 ** -exp
            i = end
    if _skip_space(s, i) != n:
        return None
    return (-num if negative else num), den


# --------------------------------------------------------------- format helpers

def _round_half_even(n, d):
    """The integer nearest n/d (d > 0), ties to the even one."""
    q, r = divmod(n, d)
    twice = 2 * r
    if twice > d or (twice == d and q & 1):
        q += 1
    return q


def _scaled(n, d, exponent, no_neg_zero=False):
    """n/d rounded to a multiple of 10**exponent: (negative, significand)."""
    if exponent >= 0:
        q = _round_half_even(n, d * 10 ** exponent)
    else:
        q = _round_half_even(n * 10 ** -exponent, d)
    negative = q < 0 if no_neg_zero else n < 0
    return negative, abs(q)


def _significant(n, d, figures):
    """n/d rounded to `figures` significant digits: (negative, significand, exponent)
    with 10**(figures-1) <= significand < 10**figures (zero: 0 and 1 - figures)."""
    if n == 0:
        return False, 0, 1 - figures
    a = abs(n)
    # first guess from the digit counts, then one correction: 10**(m-1) <= a/d < 10**m
    m = len(str(a)) - len(str(d))
    if (a >= d * 10 ** m) if m >= 0 else (a * 10 ** -m >= d):
        m += 1
    exponent = m - figures
    negative, sig = _scaled(n, d, exponent)
    if sig == 10 ** figures:
        sig //= 10
        exponent += 1
    return negative, sig, exponent


def _parse_spec(spec):
    """Split a format spec the way Fraction.__format__ accepts it, or None.

    The result is a dict of the parts present; 'type' is '' for the general form
    (no presentation type: only fill, align, sign, '#', width and a separator)."""
    n = len(spec)
    p = {'fill': ' ', 'align': None, 'sign': '-', 'z': False, 'alt': False,
         'zeropad': False, 'width': 0, 'sep': '', 'precision': None, 'type': ''}
    i = 0
    if n >= 2 and spec[1] in '<>=^':
        p['fill'] = spec[0]
        p['align'] = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        p['align'] = spec[0]
        i = 1
    if i < n and spec[i] in '+- ':
        p['sign'] = spec[i]
        i += 1
    if i < n and spec[i] == 'z':
        p['z'] = True
        i += 1
    if i < n and spec[i] == '#':
        p['alt'] = True
        i += 1
    if i + 1 < n and spec[i] == '0' and spec[i + 1] in '0123456789':
        p['zeropad'] = True
        i += 1
    if i < n and spec[i] == '0':
        i += 1
    elif i < n and spec[i] in '123456789':
        j = i + 1
        while j < n and spec[j] in '0123456789':
            j += 1
        p['width'] = int(spec[i:j])
        i = j
    if i < n and spec[i] in ',_':
        p['sep'] = spec[i]
        i += 1
    if i < n and spec[i] == '.':
        j = i + 1
        if j < n and spec[j] == '0':
            j += 1
        else:
            while j < n and spec[j] in '0123456789':
                j += 1
        if j == i + 1:
            return None
        p['precision'] = int(spec[i + 1:j])
        i = j
    if i < n and spec[i] in 'eEfFgG%':
        p['type'] = spec[i]
        i += 1
    if i != n:
        return None
    if not p['type']:
        # the general form has no 'z', zero padding or precision
        if p['z'] or p['zeropad'] or p['precision'] is not None:
            return None
    elif p['align'] is not None and p['zeropad']:
        return None
    return p


def _pad(p, sign, body):
    fill_len = p['width'] - len(sign) - len(body)
    fill = p['fill'] * fill_len if fill_len > 0 else ''
    align = p['align'] or '>'
    if align == '<':
        return sign + body + fill
    if align == '=':
        return sign + fill + body
    if align == '^':
        left = len(fill) // 2
        return fill[:left] + sign + body + fill[left:]
    return fill + sign + body


def _group(digits, sep):
    """digits with sep between groups of three from the right."""
    head = (len(digits) - 1) % 3 + 1
    parts = [digits[:head]]
    for k in range(head, len(digits), 3):
        parts.append(digits[k:k + 3])
    return sep.join(parts)


# ----------------------------------------------------------------------- Fraction

class Fraction(_numbers.Rational):
    """A rational number numerator/denominator, in lowest terms, exact.

    Fraction(7, -21) is Fraction(-1, 3); Fraction('2.5') and Fraction(2.5) are
    Fraction(5, 2); a Decimal or another Rational converts exactly too.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if type(numerator) is Fraction or isinstance(numerator, _numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif (isinstance(numerator, _numbers.Rational)
              and isinstance(denominator, _numbers.Rational)):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      numerator.denominator * denominator.numerator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = _math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def _reduced(cls, n, d, /):
        # n/d already in lowest terms with d > 0: no gcd needed
        self = object.__new__(cls)
        self._numerator = n
        self._denominator = d
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of a finite float (an int is accepted too)."""
        if type(f) is not float:
            if isinstance(f, _numbers.Integral):
                return cls(f)
            if not isinstance(f, float):
                raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                                % (cls.__name__, f, type(f).__name__))
        return cls._reduced(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a finite Decimal (an int is accepted too)."""
        from decimal import Decimal
        if isinstance(dec, _numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls._reduced(*dec.as_integer_ratio())

    def is_integer(self):
        """True when the denominator is 1."""
        return self._denominator == 1

    def as_integer_ratio(self):
        """(numerator, denominator): lowest terms, denominator positive."""
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest to self whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if max_denominator >= self._denominator:
            return Fraction(self)
        # walk the continued fraction of self, keeping the last two convergents
        # h0/k0 and h1/k1, until the next one's denominator is too large
        h0, k0, h1, k1 = 0, 1, 1, 0
        num, den = self._numerator, self._denominator
        while True:
            a = num // den
            k2 = k0 + a * k1
            if k2 > max_denominator:
                break
            h0, k0, h1, k1 = h1, k1, h0 + a * h1, k2
            num, den = den, num - a * den
        # the best semiconvergent below the limit, against the last convergent
        t = (max_denominator - k0) // k1
        semi_h, semi_k = h0 + t * h1, k0 + t * k1
        # compare |self - h1/k1| with |self - semi|; the convergent wins ties
        if 2 * den * semi_k <= self._denominator:
            return Fraction._reduced(h1, k1)
        return Fraction._reduced(semi_h, semi_k)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f'{self._numerator}/{self._denominator}'

    # ------------------------------------------------------------------- format
    def __format__(self, format_spec, /):
        p = _parse_spec(format_spec)
        if p is None:
            raise ValueError("Invalid format specifier %r for object of type %r"
                             % (format_spec, type(self).__name__))
        n = self._numerator
        d = self._denominator
        plus = '' if p['sign'] == '-' else p['sign']
        kind = p['type']
        if not kind:
            sep = p['sep']
            body = format(abs(n), sep)
            if d != 1 or p['alt']:
                body += '/' + format(d, sep)
            return _pad(p, '-' if n < 0 else plus, body)

        precision = 6 if p['precision'] is None else p['precision']
        if kind in 'fF%':
            exponent = -precision - (2 if kind == '%' else 0)
            negative, sig = _scaled(n, d, exponent, p['z'])
            scientific = False
            frac_digits = precision
        else:
            figures = max(precision, 1) if kind in 'gG' else precision + 1
            negative, sig, exponent = _significant(n, d, figures)
            # 'g' switches to scientific notation as float formatting does
            scientific = kind in 'eE' or exponent > 0 or exponent + figures <= -4
            frac_digits = figures - 1 if scientific else -exponent

        digits = str(sig).rjust(frac_digits + 1, '0')
        whole = digits[:len(digits) - frac_digits]
        frac = digits[len(digits) - frac_digits:]
        if kind in 'gG' and not p['alt']:
            frac = frac.rstrip('0')
        tail = '.' + frac if (frac or p['alt']) else ''
        if kind == '%':
            tail += '%'
        elif scientific:
            marker = 'E' if kind in 'EFG' else 'e'
            tail += '%s%+03d' % (marker, exponent + frac_digits)
        sign = '-' if negative else plus
        sep = p['sep']
        if p['zeropad']:
            room = p['width'] - len(sign) - len(tail)
            # with separators, digits and separators share the room: 3 of every 4
            whole = whole.zfill(3 * room // 4 + 1 if sep else room)
        if sep:
            whole = _group(whole, sep)
        return _pad(p, sign, whole + tail)

    # --------------------------------------------------------------- arithmetic
    def _binary(exact, inexact, name, with_complex=True):
        """The forward and reflected methods of an operator from its exact form on
        two Fractions and the built-in operation used for float and complex."""
        # exact types are tested first: isinstance against the ABCs runs
        # ABCMeta.__instancecheck__, which costs more than the operation
        def forward(a, b):
            kind = type(b)
            if kind is Fraction:
                return exact(a, b)
            if kind is int:
                return exact(a, Fraction._reduced(b, 1))
            if kind is float:
                return inexact(float(a), b)
            if isinstance(b, Fraction):
                return exact(a, b)
            if isinstance(b, int):
                return exact(a, Fraction._reduced(int(b), 1))
            if isinstance(b, float):
                return inexact(float(a), b)
            if with_complex and isinstance(b, complex):
                return inexact(complex(a), b)
            return NotImplemented

        def reflected(b, a):
            kind = type(a)
            if kind is int:
                return exact(Fraction._reduced(a, 1), b)
            if kind is float:
                return inexact(a, float(b))
            if isinstance(a, _numbers.Rational):
                return exact(Fraction(a), b)
            if isinstance(a, _numbers.Real):
                return inexact(float(a), float(b))
            if with_complex and isinstance(a, _numbers.Complex):
                return inexact(complex(a), complex(b))
            return NotImplemented

        forward.__name__ = '__%s__' % name
        forward.__qualname__ = 'Fraction.__%s__' % name
        reflected.__name__ = '__r%s__' % name
        reflected.__qualname__ = 'Fraction.__r%s__' % name
        return forward, reflected

    def _add(a, b):
        da, db = a._denominator, b._denominator
        g = _math.gcd(da, db)
        if g == 1:
            return Fraction._reduced(a._numerator * db + b._numerator * da, da * db)
        # only factors of g can cancel (Knuth, TAOCP 4.5.1)
        top = a._numerator * (db // g) + b._numerator * (da // g)
        g2 = _math.gcd(top, g)
        return Fraction._reduced(top // g2, (da // g) * (db // g2))

    def _sub(a, b):
        da, db = a._denominator, b._denominator
        g = _math.gcd(da, db)
        if g == 1:
            return Fraction._reduced(a._numerator * db - b._numerator * da, da * db)
        top = a._numerator * (db // g) - b._numerator * (da // g)
        g2 = _math.gcd(top, g)
        return Fraction._reduced(top // g2, (da // g) * (db // g2))

    def _mul(a, b):
        na, da, nb, db = a._numerator, a._denominator, b._numerator, b._denominator
        g1 = _math.gcd(na, db)
        g2 = _math.gcd(nb, da)
        if g1 > 1:
            na //= g1
            db //= g1
        if g2 > 1:
            nb //= g2
            da //= g2
        return Fraction._reduced(na * nb, da * db)

    def _div(a, b):
        nb, db = b._numerator, b._denominator
        if nb == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % db)
        na, da = a._numerator, a._denominator
        g1 = _math.gcd(na, nb)
        g2 = _math.gcd(da, db)
        if g1 > 1:
            na //= g1
            nb //= g1
        if g2 > 1:
            da //= g2
            db //= g2
        top, bottom = na * db, da * nb
        if bottom < 0:
            top, bottom = -top, -bottom
        return Fraction._reduced(top, bottom)

    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        q, r = divmod(a._numerator * db, da * b._numerator)
        return q, Fraction(r, da * db)

    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    def _float_floordiv(x, y):
        return x // y

    def _float_mod(x, y):
        return x % y

    __add__, __radd__ = _binary(_add, lambda x, y: x + y, 'add')
    __sub__, __rsub__ = _binary(_sub, lambda x, y: x - y, 'sub')
    __mul__, __rmul__ = _binary(_mul, lambda x, y: x * y, 'mul')
    __truediv__, __rtruediv__ = _binary(_div, lambda x, y: x / y, 'truediv')
    __floordiv__, __rfloordiv__ = _binary(_floordiv, _float_floordiv, 'floordiv', False)
    __divmod__, __rdivmod__ = _binary(_divmod, divmod, 'divmod', False)
    __mod__, __rmod__ = _binary(_mod, _float_mod, 'mod', False)
    del _binary, _add, _sub, _mul, _div, _floordiv, _divmod, _mod
    del _float_floordiv, _float_mod

    def __pow__(a, b):
        """a ** b: exact for an integral exponent, a float (or complex) otherwise."""
        if type(b) is int or type(b) is Fraction or isinstance(b, _numbers.Rational):
            if b.denominator != 1:
                return float(a) ** float(b)
            k = b.numerator
            n, d = a._numerator, a._denominator
            if k >= 0:
                return Fraction._reduced(n ** k, d ** k)
            if n == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % d ** -k)
            # a negative power inverts; keep the sign on the numerator
            if n > 0:
                return Fraction._reduced(d ** -k, n ** -k)
            return Fraction._reduced((-d) ** -k, (-n) ** -k)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(self, base):
        """base ** self for a base that is not a Fraction."""
        whole = self._denominator == 1
        if whole and self._numerator >= 0:
            return base ** self._numerator
        if isinstance(base, _numbers.Rational):
            return Fraction(base.numerator, base.denominator) ** self
        if whole:
            return base ** self._numerator
        return base ** float(self)

    def __pos__(a):
        return Fraction._reduced(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._reduced(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._reduced(abs(a._numerator), a._denominator)

    def __int__(a):
        n, d = a._numerator, a._denominator
        return n // d if n >= 0 else -(-n // d)

    def __trunc__(a):
        n, d = a._numerator, a._denominator
        return n // d if n >= 0 else -(-n // d)

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __float__(a):
        return a._numerator / a._denominator

    def __round__(self, ndigits=None):
        """round(self) is an int, round(self, n) a Fraction; halves go to even."""
        if ndigits is None:
            return _round_half_even(self._numerator, self._denominator)
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        return _hash_of_ratio(self._numerator, self._denominator)

    # --------------------------------------------------------------- comparison
    def __eq__(a, b):
        if type(b) is int:
            return a._denominator == 1 and a._numerator == b
        if type(b) is Fraction or isinstance(b, _numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, _numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if _math.isfinite(b):
                return a == a.from_float(b)
            return False
        return NotImplemented

    def _compare(self, b, test):
        # test gets two numbers of one exact kind (ints), or the float 0.0 and a
        # non-finite float, whose order against any fraction is that of 0.0
        kind = type(b)
        if kind is int:
            return test(self._numerator, self._denominator * b)
        if kind is Fraction or isinstance(b, _numbers.Rational):
            return test(self._numerator * b.denominator, self._denominator * b.numerator)
        if isinstance(b, float):
            if _math.isfinite(b):
                return test(self, self.from_float(b))
            return test(0.0, b)
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._compare(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._compare(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._compare(b, lambda x, y: x >= y)

    def __bool__(a):
        return a._numerator != 0

    # ------------------------------------------------------------ copy, pickle
    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)


def _is_decimal(x):
    dec = _decimal_type()
    return dec is not None and isinstance(x, dec)
