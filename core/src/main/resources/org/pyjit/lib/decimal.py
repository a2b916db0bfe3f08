"""Decimal fixed and floating point arithmetic: pyjit's decimal module.

Written for pyjit from the General Decimal Arithmetic Specification, behaving as CPython
3.13's decimal (libmpdec) does: the same results, signals, flags, reprs and messages.

A finite Decimal is (sign, coefficient, exponent) with the coefficient a Python int;
specials keep their kind in the exponent slot ('F' infinity, 'n' quiet NaN, 'N'
signalling NaN) and a NaN's payload in the coefficient. Every operation computes its
exact result (or one carrying a sticky digit below the rounding position) and rounds it
once in _finish, which applies the context: precision, rounding, exponent limits, clamp,
and the conditions raised. Conditions are bits as in libmpdec (their order is the order
of Context's repr); a trapped condition raises the first trapped signal with the list of
what was trapped, as the C module does.
"""

import math as _math

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


# ---------------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# condition bits, libmpdec's
_CLAMPED = 1
_CONV_SYNTAX = 2
_DIV_BY_ZERO = 4
_DIV_IMPOSSIBLE = 8
_DIV_UNDEFINED = 16
_INEXACT = 64
_INVALID_CONTEXT = 128
_INVALID_OP = 256
_FLOAT_OP = 1024
_OVERFLOW = 2048
_ROUNDED = 4096
_SUBNORMAL = 8192
_UNDERFLOW = 16384
_IEEE_INVALID = _CONV_SYNTAX | _DIV_IMPOSSIBLE | _DIV_UNDEFINED | _INVALID_CONTEXT | 32 \
    | _INVALID_OP | 512

# the bits of each signal, in the order the C module tries them when one is trapped
_SIGNAL_BITS = [(InvalidOperation, _IEEE_INVALID), (FloatOperation, _FLOAT_OP),
                (DivisionByZero, _DIV_BY_ZERO), (Overflow, _OVERFLOW),
                (Underflow, _UNDERFLOW), (Subnormal, _SUBNORMAL), (Inexact, _INEXACT),
                (Rounded, _ROUNDED), (Clamped, _CLAMPED)]
_SIGNALS = [s for s, _ in _SIGNAL_BITS]
# the conditions an InvalidOperation names
_INVALID_CONDITIONS = [(InvalidOperation, _INVALID_OP), (ConversionSyntax, _CONV_SYNTAX),
                       (DivisionImpossible, _DIV_IMPOSSIBLE),
                       (DivisionUndefined, _DIV_UNDEFINED),
                       (InvalidContext, _INVALID_CONTEXT)]
# one signal per bit, in bit order (the order of Context's repr)
_BIT_ORDER = [(1, Clamped), (2, InvalidOperation), (4, DivisionByZero),
              (8, InvalidOperation), (16, InvalidOperation), (32, InvalidOperation),
              (64, Inexact), (128, InvalidOperation), (256, InvalidOperation),
              (512, InvalidOperation), (1024, FloatOperation), (2048, Overflow),
              (4096, Rounded), (8192, Subnormal), (16384, Underflow)]


_BAD_SIGNAL = ("valid values for signals are:\n"
               "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
               "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
               "   Clamped]")


def _signal_bits(sig):
    for s, bits in _SIGNAL_BITS:
        if s is sig:
            return bits
    raise KeyError(_BAD_SIGNAL)


def _bits_repr(bits):
    names = []
    for bit, sig in _BIT_ORDER:
        if bits & bit and sig.__name__ not in names:
            names.append(sig.__name__)
    return '[' + ', '.join(names) + ']'


class _SignalDict:
    """A context's flags or traps: a mapping from signal to bool over condition bits."""

    __slots__ = ('_ctx', '_attr')

    def __init__(self, ctx, attr):
        self._ctx = ctx
        self._attr = attr

    def _bits(self):
        return getattr(self._ctx, self._attr)

    def __getitem__(self, sig):
        return bool(self._bits() & _signal_bits(sig))

    def __setitem__(self, sig, value):
        bits = _signal_bits(sig)
        cur = self._bits()
        setattr(self._ctx, self._attr, cur | bits if value else cur & ~bits)

    def __delitem__(self, sig):
        raise ValueError("signal keys cannot be deleted")

    def __contains__(self, sig):
        return sig in _SIGNALS

    def __iter__(self):
        return iter(_SIGNALS)

    def __len__(self):
        return len(_SIGNALS)

    def keys(self):
        return list(_SIGNALS)

    def values(self):
        return [self[s] for s in _SIGNALS]

    def items(self):
        return [(s, self[s]) for s in _SIGNALS]

    def get(self, sig, default=None):
        try:
            return self[sig]
        except KeyError:
            return default

    def copy(self):
        return {s: self[s] for s in _SIGNALS}

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self.copy() == other.copy()
        if isinstance(other, dict):
            return self.copy() == other
        return NotImplemented

    def __repr__(self):
        return '{' + ', '.join('<class \'decimal.%s\'>:%s' % (s.__name__, self[s])
                               for s in _SIGNALS) + '}'


# ---------------------------------------------------------------------- context

def _bits_from(arg, what):
    if arg is None:
        return None
    if isinstance(arg, _SignalDict):
        return arg._bits()
    if isinstance(arg, dict):
        bits = 0
        for sig in _SIGNALS:
            if sig not in arg:
                raise KeyError("invalid signal dict")
        for sig, on in arg.items():
            if on:
                bits |= _signal_bits(sig)
        return bits
    if isinstance(arg, (list, tuple)):
        bits = 0
        for sig in arg:
            bits |= _signal_bits(sig)
        return bits
    raise TypeError("invalid %s" % what)


class Context:
    """Where arithmetic happens: precision, rounding, exponent limits and signals."""
    __pyjit_c_type__ = 'decimal.Context'  # its name in CPython's messages

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        dc = DefaultContext if '_default_made' in globals() else None
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self._Emin = -999999
        self._Emax = 999999
        self._capitals = 1
        self._clamp = 0
        self._flags = 0
        self._traps = _IEEE_INVALID | _DIV_BY_ZERO | _OVERFLOW
        if dc is not None:
            self._prec, self._rounding = dc._prec, dc._rounding
            self._Emin, self._Emax = dc._Emin, dc._Emax
            self._capitals, self._clamp, self._traps = dc._capitals, dc._clamp, dc._traps
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if traps is not None:
            self._traps = _bits_from(traps, 'traps')
        if flags is not None:
            self._flags = _bits_from(flags, 'flags')

    # the attributes, checked as the C module checks them
    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        value = _context_int(value)
        if not 1 <= value <= MAX_PREC:
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        self._prec = value

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if not isinstance(value, str) or value not in _ROUNDINGS:
            raise TypeError("valid values for rounding are:\n"
                            "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                            "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                            "   ROUND_05UP]")
        self._rounding = value

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        value = _context_int(value)
        if not MIN_EMIN <= value <= 0:
            raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        self._Emin = value

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        value = _context_int(value)
        if not 0 <= value <= MAX_EMAX:
            raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        self._Emax = value

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        value = _context_int(value)
        if value not in (0, 1):
            raise ValueError("valid values for capitals are 0 or 1")
        self._capitals = value

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        value = _context_int(value)
        if value not in (0, 1):
            raise ValueError("valid values for clamp are 0 or 1")
        self._clamp = value

    @property
    def flags(self):
        return _SignalDict(self, '_flags')

    @flags.setter
    def flags(self, value):
        self._flags = _bits_from(value, 'flags')

    @property
    def traps(self):
        return _SignalDict(self, '_traps')

    @traps.setter
    def traps(self, value):
        self._traps = _bits_from(value, 'traps')

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=%s, traps=%s)' % (self._prec, self._rounding, self._Emin,
                                         self._Emax, self._capitals, self._clamp,
                                         _bits_repr(self._flags), _bits_repr(self._traps)))

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def copy(self):
        c = Context.__new__(Context)
        c._prec, c._rounding, c._Emin, c._Emax = (self._prec, self._rounding, self._Emin,
                                                  self._Emax)
        c._capitals, c._clamp, c._flags, c._traps = (self._capitals, self._clamp,
                                                     self._flags, self._traps)
        return c

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._Emin, self._Emax,
                          self._capitals, self._clamp,
                          [s for s in _SIGNALS if self.flags[s]],
                          [s for s in _SIGNALS if self.traps[s]]))

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def _signal(self, bits):
        """Records conditions; raises the first trapped signal, as the C module does."""
        self._flags |= bits
        trapped = bits & self._traps
        if trapped:
            names = []
            if trapped & _IEEE_INVALID:
                for sig, b in _INVALID_CONDITIONS:
                    if trapped & b:
                        names.append(sig)
            for sig, b in _SIGNAL_BITS[1:]:
                if trapped & b:
                    names.append(sig)
            for sig, b in _SIGNAL_BITS:
                if trapped & b:
                    raise sig(names)

    def _rounding_for(self, mode):
        """This context with another rounding, its conditions still landing here."""
        return _FlagRelay(self, mode)

    def create_decimal(self, num='0'):
        if isinstance(num, str) and num != num.strip():
            self._signal(_CONV_SYNTAX)
            return _NAN
        d = Decimal(num, self)
        if d._exp in ('n', 'N') and d._int and len(str(d._int)) > self._prec - self._clamp:
            self._signal(_CONV_SYNTAX)
            return _NAN
        return d._finish(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._finish(self)

    # The operations that only convert their operands and call a Decimal method
    # are made from the table _CONTEXT_OPS, below Decimal.
    def power(self, a, b, modulo=None):
        return _convert(a, True).__pow__(b, modulo, context=self)

    def copy_decimal(self, a):
        return _convert(a, True)

    def fma(self, a, b, c):
        return _convert(a, True).fma(b, c, context=self)

    def radix(self):
        return Decimal(10)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return a

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return True


def _context_int(value):
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    return value


_current = None


def getcontext():
    """The current thread's context."""
    global _current
    if _current is None:
        _current = DefaultContext.copy()
    return _current


def setcontext(context):
    """Makes context the current one (the default contexts are copied first)."""
    global _current
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current = context


class _ContextManager:
    def __init__(self, ctx):
        self.new_context = ctx

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc):
        setcontext(self.saved_context)


_LOCAL_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


def localcontext(ctx=None, **kwargs):
    """A context manager running its block in a copy of ctx (the current context)."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    new = ctx.copy()
    for key, value in kwargs.items():
        if key not in _LOCAL_KEYS:
            raise TypeError("this function got an unexpected keyword argument '%s'" % key)
        setattr(new, key, value)
    return _ContextManager(new)


# ---------------------------------------------------------------------- rounding

def _ndigits(c):
    return len(str(c)) if c else 1


def _round_int(c, drop, sign, mode):
    """c with its last drop digits rounded away: (quotient, whether any was nonzero)."""
    if drop <= 0:
        return c * 10 ** -drop, False
    if drop > 40 and drop > _ndigits(c) + 1:
        # all of c is far below the rounding digit: it rounds as any small nonzero part
        return _round_int(1, 2, sign, mode) if c else (0, False)
    p = 10 ** drop
    q, r = divmod(c, p)
    if not r:
        return q, False
    if mode == ROUND_HALF_EVEN:
        half = p // 2
        if r > half or (r == half and q & 1):
            q += 1
    elif mode == ROUND_DOWN:
        pass
    elif mode == ROUND_HALF_UP:
        if r >= p // 2:
            q += 1
    elif mode == ROUND_HALF_DOWN:
        if r > p // 2:
            q += 1
    elif mode == ROUND_UP:
        q += 1
    elif mode == ROUND_CEILING:
        if not sign:
            q += 1
    elif mode == ROUND_FLOOR:
        if sign:
            q += 1
    else:  # ROUND_05UP
        if q % 5 == 0:
            q += 1
    return q, True


# ---------------------------------------------------------------------- Decimal

def _new(sign, coeff, exp):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    return d


def _is_space(s):
    return s.isspace()


def _parse(s):
    """A numeric string as (sign, coeff, exp), or None when it is not one."""
    s = s.strip()
    if '_' in s:
        s = s.replace('_', '')  # libmpdec's reading drops them wherever they are
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 'F'
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = s[len(prefix):]
            if not payload:
                return sign, 0, kind
            if not payload.isdigit():
                return None
            digits = ''.join(str(int(ch)) for ch in payload)
            return sign, int(digits), kind
    exp = 0
    epos = max(low.find('e'), -1)
    if epos >= 0:
        estr = s[epos + 1:]
        s = s[:epos]
        if estr[:1] in '+-' and estr[:1]:
            esign = -1 if estr[0] == '-' else 1
            estr = estr[1:]
        else:
            esign = 1
        if not estr or not estr.isdigit():
            return None
        exp = esign * int(''.join(str(int(ch)) for ch in estr))
    if '.' in s:
        intpart, _, frac = s.partition('.')
    else:
        intpart, frac = s, ''
    if not intpart and not frac:
        return None
    if (intpart and not intpart.isdigit()) or (frac and not frac.isdigit()):
        return None
    digits = ''.join(str(int(ch)) for ch in intpart + frac)
    return sign, int(digits), exp - len(frac)


def _reflected(forward):
    """The reflected form of a Decimal binary operator: other <op> self."""
    def reflected(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return forward(other, self, context)
    reflected.__name__ = '__r' + forward.__name__[2:]
    reflected.__qualname__ = 'Decimal.' + reflected.__name__
    return reflected


class Decimal:
    """A decimal floating point number."""
    __pyjit_c_type__ = 'decimal.Decimal'  # its name in CPython's messages

    __slots__ = ('_sign', '_int', '_exp')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            t = _parse(value)
            if t is None:
                ctx = context if context is not None else getcontext()
                ctx._signal(_CONV_SYNTAX)
                t = (0, 0, 'n')
            self._sign, self._int, self._exp = t
            return self
        if isinstance(value, int):
            value = int(value)
            self._sign = 1 if value < 0 else 0
            self._int = -value if value < 0 else value
            self._exp = 0
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp = value._sign, value._int, value._exp
            return self
        if isinstance(value, float):
            ctx = context if context is not None else getcontext()
            ctx._signal(_FLOAT_OP)
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp = d._sign, d._int, d._exp
            return self
        if isinstance(value, (list, tuple)):
            self._sign, self._int, self._exp = _from_tuple(value)
            return self
        raise TypeError("conversion from %s to Decimal is not supported"
                        % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or int)."""
        if isinstance(f, int):
            d = _new(1 if f < 0 else 0, abs(f), 0)
        elif isinstance(f, float):
            if f != f:
                d = _new(0, 0, 'n')
            elif f in (_INF_F, -_INF_F):
                d = _new(1 if f < 0 else 0, 0, 'F')
            else:
                sign = 1 if _math.copysign(1.0, f) < 0 else 0
                n, den = abs(f).as_integer_ratio()
                k = den.bit_length() - 1
                d = _new(sign, n * 5 ** k, -k)
        else:
            raise TypeError("argument must be int or float")
        if cls is Decimal:
            return d
        return cls(d)

    # ------------------------------------------------------------ predicates
    def _special(self):
        return type(self._exp) is str

    def is_nan(self):
        return self._exp == 'n' or self._exp == 'N'

    def is_snan(self):
        return self._exp == 'N'

    def is_qnan(self):
        return self._exp == 'n'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return type(self._exp) is int

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return type(self._exp) is int and self._int == 0

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_normal(self, context=None):
        if type(self._exp) is str or not self._int:
            return False
        ctx = context if context is not None else getcontext()
        return ctx._Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if type(self._exp) is str or not self._int:
            return False
        ctx = context if context is not None else getcontext()
        return self.adjusted() < ctx._Emin

    def adjusted(self):
        if type(self._exp) is str:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def number_class(self, context=None):
        if self._exp == 'N':
            return 'sNaN'
        if self._exp == 'n':
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._exp == 'F':
            return sign + 'Infinity'
        if not self._int:
            return sign + 'Zero'
        if self.is_subnormal(context):
            return sign + 'Subnormal'
        return sign + 'Normal'

    def radix(self):
        return Decimal(10)

    def as_tuple(self):
        if self._exp in ('n', 'N'):
            digits = tuple(int(ch) for ch in str(self._int)) if self._int else ()
        elif self._exp == 'F':
            digits = (0,)
        else:
            digits = tuple(int(ch) for ch in str(self._int))
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._exp == 'F':
            raise OverflowError("cannot convert Infinity to integer ratio")
        if type(self._exp) is str:
            raise ValueError("cannot convert NaN to integer ratio")
        n, e = self._int, self._exp
        if e >= 0:
            n *= 10 ** e
            d = 1
        else:
            d = 10 ** -e
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    # ------------------------------------------------------------ strings
    def __repr__(self):
        return "Decimal('%s')" % self.__str__()

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        exp = self._exp
        if type(exp) is str:
            if exp == 'F':
                return sign + 'Infinity'
            payload = str(self._int) if self._int else ''
            return sign + ('sNaN' if exp == 'N' else 'NaN') + payload
        digits = str(self._int)
        leftdigits = exp + len(digits)
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * -dotplace + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            e = ''
        else:
            ctx = context if context is not None else getcontext()
            e = ('E' if ctx._capitals else 'e') + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + e

    def to_eng_string(self, context=None):
        return self.__str__(True, context)

    def __format__(self, spec, context=None, _localeconv=None):
        return _format(self, spec, context if context is not None else getcontext())

    # ------------------------------------------------------------ conversions
    def __bool__(self):
        return type(self._exp) is str or self._int != 0

    def __int__(self):
        exp = self._exp
        if type(exp) is str:
            if exp == 'F':
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        if exp >= 0:
            n = self._int * 10 ** exp
        else:
            n = self._int // 10 ** -exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        exp = self._exp
        if type(exp) is str:
            if exp == 'N':
                raise ValueError("cannot convert signaling NaN to float")
            if exp == 'n':
                return -_NAN_F if self._sign else _NAN_F
            return -_INF_F if self._sign else _INF_F
        # correctly rounded, overflowing to inf: the decimal string's conversion
        f = float('%de%d' % (self._int, exp))
        return -f if self._sign else f

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("optional arg must be an integer")
            return self.quantize(_new(0, 1, -n))
        return self._whole(ROUND_HALF_EVEN)

    def _whole(self, rounding):
        # the integer that round(), floor() and ceil() give: none for infinities and NaNs
        if type(self._exp) is str:
            if self._exp == 'F':
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        as_integral = self._rescale(0, rounding)
        return int(as_integral)

    def __floor__(self):
        return self._whole(ROUND_FLOOR)

    def __ceil__(self):
        return self._whole(ROUND_CEILING)

    def _rescale(self, exp, rounding):
        """This number at exponent exp, rounded (no context checks)."""
        if type(self._exp) is str:
            return self
        if not self._int:
            return _new(self._sign, 0, exp)
        c, _ = _round_int(self._int, exp - self._exp, self._sign, rounding)
        return _new(self._sign, c, exp)

    def _round_digits(self, places, rounding):
        """Rounded (or padded with zeros) to places significant digits, without the
        context's checks."""
        if type(self._exp) is str or not self._int:
            return self
        d = _ndigits(self._int)
        if d <= places:
            return _new(self._sign, self._int * 10 ** (places - d), self._exp - places + d)
        c, _ = _round_int(self._int, d - places, self._sign, rounding)
        e = self._exp + d - places
        if _ndigits(c) > places:
            c //= 10
            e += 1
        return _new(self._sign, c, e)

    # ------------------------------------------------------------ hashing, comparison
    def __hash__(self):
        exp = self._exp
        if type(exp) is str:
            if exp == 'N':
                raise TypeError("Cannot hash a signaling NaN value")
            if exp == 'n':
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        if exp >= 0:
            h = self._int * pow(10, exp, _HASH_MOD) % _HASH_MOD
        else:
            h = self._int * pow(_HASH_10INV, -exp, _HASH_MOD) % _HASH_MOD
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def _cmp(self, other):
        """-1, 0 or 1 for two non-NaN Decimals."""
        if self._exp == 'F' or other._exp == 'F':
            a = 0 if self._exp != 'F' else (-1 if self._sign else 1)
            b = 0 if other._exp != 'F' else (-1 if other._sign else 1)
            if a == b:
                return 0
            if a or b:
                return -1 if a < b else 1
        if not self._int:
            if not other._int:
                return 0
            return 1 if other._sign else -1
        if not other._int:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        a1 = self.adjusted()
        a2 = other.adjusted()
        if a1 != a2:
            r = 1 if a1 > a2 else -1
        else:
            e = min(self._exp, other._exp)
            x = self._int * 10 ** (self._exp - e)
            y = other._int * 10 ** (other._exp - e)
            r = (x > y) - (x < y)
        return -r if self._sign else r

    def _compare_operand(self, other, equality):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return _new(1 if other < 0 else 0, int(abs(other)), 0)
        if isinstance(other, float):
            ctx = getcontext()
            if equality:
                ctx._flags |= _FLOAT_OP
            else:
                ctx._signal(_FLOAT_OP)
            return Decimal.from_float(other)
        if equality and isinstance(other, complex) and other.imag == 0:
            getcontext()._flags |= _FLOAT_OP
            return Decimal.from_float(other.real)
        if hasattr(other, 'numerator') and hasattr(other, 'denominator') \
                and hasattr(other, 'limit_denominator'):
            return other
        return None

    def _rational_cmp(self, q):
        # a Fraction-like q against a finite or infinite self
        if self._exp == 'F':
            return -1 if self._sign else 1
        n, d = self.as_integer_ratio()
        a = n * q.denominator
        b = q.numerator * d
        return (a > b) - (a < b)

    def __eq__(self, other):
        o = self._compare_operand(other, True)
        if o is None:
            return NotImplemented
        if self._exp in ('n', 'N') or (isinstance(o, Decimal) and o._exp in ('n', 'N')):
            if self._exp == 'N' or (isinstance(o, Decimal) and o._exp == 'N'):
                getcontext()._signal(_INVALID_OP)
            return False
        if not isinstance(o, Decimal):
            return self._rational_cmp(o) == 0
        return self._cmp(o) == 0

    def _order(self, other):
        o = self._compare_operand(other, False)
        if o is None:
            return None
        if self._exp in ('n', 'N') or (isinstance(o, Decimal) and o._exp in ('n', 'N')):
            getcontext()._signal(_INVALID_OP)
            return 'nan'
        if not isinstance(o, Decimal):
            return self._rational_cmp(o)
        return self._cmp(o)

    def __lt__(self, other):
        r = self._order(other)
        return NotImplemented if r is None else (r != 'nan' and r < 0)

    def __le__(self, other):
        r = self._order(other)
        return NotImplemented if r is None else (r != 'nan' and r <= 0)

    def __gt__(self, other):
        r = self._order(other)
        return NotImplemented if r is None else (r != 'nan' and r > 0)

    def __ge__(self, other):
        r = self._order(other)
        return NotImplemented if r is None else (r != 'nan' and r >= 0)

    def compare(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _convert(other, True)
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        return Decimal(self._cmp(other))

    def compare_signal(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _convert(other, True)
        if self.is_nan() or other.is_nan():
            ctx._signal(_INVALID_OP)
            return _NAN
        return Decimal(self._cmp(other))

    def compare_total(self, other, context=None):
        other = _convert(other, True)
        if self._sign != other._sign:
            return _NEG_ONE if self._sign else _ONE

        def rank(d):
            return {'n': 3, 'N': 2, 'F': 1}.get(d._exp, 0) if type(d._exp) is str else 0
        r1, r2 = rank(self), rank(other)
        if r1 != r2:
            r = -1 if r1 < r2 else 1
        elif r1 >= 2:
            r = (self._int > other._int) - (self._int < other._int)
        elif r1 == 1:
            r = 0
        else:
            a = _new(0, self._int, self._exp)
            b = _new(0, other._int, other._exp)
            r = a._cmp(b)
            if r == 0:
                r = (self._exp > other._exp) - (self._exp < other._exp)
        if self._sign:
            r = -r
        return Decimal(r)

    def same_quantum(self, other, context=None):
        other = _convert(other, True)
        if type(self._exp) is str or type(other._exp) is str:
            return (self.is_nan() and other.is_nan()) or \
                (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    # ------------------------------------------------------------ sign operations
    def copy_abs(self):
        return _new(0, self._int, self._exp)

    def copy_negate(self):
        return _new(1 - self._sign, self._int, self._exp)

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        return _new(other._sign, self._int, self._exp)

    def __neg__(self, context=None):
        ctx = context if context is not None else getcontext()
        if self.is_nan():
            return _nan_result(self, None, ctx)
        if type(self._exp) is int and not self._int and ctx._rounding != ROUND_FLOOR:
            sign = 0
        else:
            sign = 1 - self._sign
        return _new(sign, self._int, self._exp)._finish(ctx)

    def __pos__(self, context=None):
        ctx = context if context is not None else getcontext()
        if self.is_nan():
            return _nan_result(self, None, ctx)
        sign = self._sign
        if type(self._exp) is int and not self._int and ctx._rounding != ROUND_FLOOR:
            sign = 0
        return _new(sign, self._int, self._exp)._finish(ctx)

    def __abs__(self, round=True, context=None):
        ctx = context if context is not None else getcontext()
        if self.is_nan():
            return _nan_result(self, None, ctx)
        return _new(0, self._int, self._exp)._finish(ctx)

    # ------------------------------------------------------------ context rounding
    def _finish(self, ctx, extra=0):
        """This exact result rounded into ctx, its conditions signalled."""
        exp = self._exp
        if type(exp) is str:
            if extra:
                ctx._signal(extra)
            return self
        sign, c = self._sign, self._int
        prec = ctx._prec
        # the common case first: nonzero, at most prec digits, adjusted exponent within
        # [Emin, Emax] and no fold-down to do (exp <= Emax - prec + 1 covers both)
        if c and not extra and ctx._Emin <= exp <= ctx._Emax - prec + 1 and \
                c < (_POW10[prec] if prec < 80 else 10 ** prec):
            return self
        emax = ctx._Emax
        etiny = ctx._Emin - prec + 1
        etop = emax - prec + 1
        cond = extra
        if not c:
            top = etop if ctx._clamp else emax
            e = exp if exp >= etiny else etiny
            if e > top:
                e = top
            if e != exp:
                cond |= _CLAMPED
            if cond:
                ctx._signal(cond)
            return self if e == exp else _new(sign, 0, e)
        nd = _ndigits(c)
        emin_of_result = exp + nd - prec
        if emin_of_result > etop:
            return _overflow(sign, ctx, cond)
        subnormal = emin_of_result < etiny
        if subnormal:
            emin_of_result = etiny
        if exp < emin_of_result:
            drop = emin_of_result - exp
            if drop > nd + 1:
                # everything goes: only the sticky remainder matters
                q, inexact = _round_int(1, 2, sign, ctx._rounding)
            else:
                q, inexact = _round_int(c, drop, sign, ctx._rounding)
            e = emin_of_result
            if q and _ndigits(q) > prec:
                q //= 10
                e += 1
                if e > etop:
                    return _overflow(sign, ctx, cond)
            cond |= _ROUNDED
            if inexact:
                cond |= _INEXACT
                if subnormal:
                    cond |= _UNDERFLOW
                    if not q:
                        cond |= _CLAMPED
            if subnormal:
                cond |= _SUBNORMAL
            if cond:
                ctx._signal(cond)
            return _new(sign, q, e)
        if subnormal:
            cond |= _SUBNORMAL
        if ctx._clamp and exp > etop:
            cond |= _CLAMPED
            c *= 10 ** (exp - etop)
            exp = etop
            ctx._signal(cond)
            return _new(sign, c, exp)
        if cond:
            ctx._signal(cond)
        return self

    # ------------------------------------------------------------ arithmetic
    def __add__(self, other, context=None):
        if type(other) is not Decimal:
            operand = other
            other = _convert(other)
            if other is NotImplemented:
                return _unsupported(self, operand, '+')
        ctx = context if context is not None else getcontext()
        return _add(self, other, ctx)

    def __radd__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _add(other, self, context if context is not None else getcontext())

    def __sub__(self, other, context=None):
        if type(other) is not Decimal:
            operand = other
            other = _convert(other)
            if other is NotImplemented:
                return _unsupported(self, operand, '-')
        ctx = context if context is not None else getcontext()
        if other.is_nan():
            return _add(self, other, ctx)
        return _add(self, other.copy_negate(), ctx)

    __rsub__ = _reflected(__sub__)

    def __mul__(self, other, context=None):
        if type(other) is not Decimal:
            operand = other
            other = _convert(other)
            if other is NotImplemented:
                return _unsupported(self, operand, '*')
        ctx = context if context is not None else getcontext()
        sign = self._sign ^ other._sign
        if type(self._exp) is str or type(other._exp) is str:
            nan = _nan_result(self, other, ctx)
            if nan is not None:
                return nan
            if (self._exp == 'F' and not other) or (other._exp == 'F' and not self):
                ctx._signal(_INVALID_OP)
                return _NAN
            return _new(sign, 0, 'F')
        return _new(sign, self._int * other._int, self._exp + other._exp)._finish(ctx)

    __rmul__ = _reflected(__mul__)

    def __truediv__(self, other, context=None):
        if type(other) is not Decimal:
            operand = other
            other = _convert(other)
            if other is NotImplemented:
                return _unsupported(self, operand, '/')
        ctx = context if context is not None else getcontext()
        sign = self._sign ^ other._sign
        if type(self._exp) is str or type(other._exp) is str:
            return _divide_special(self, other, sign, ctx, True)
        if not other._int:
            return _divide_by_zero(self, sign, ctx)
        ideal = self._exp - other._exp
        if not self._int:
            return _new(sign, 0, ideal)._finish(ctx)
        prec = ctx._prec
        shift = _ndigits(other._int) - _ndigits(self._int) + prec + 1
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** -shift)
        exp = ideal - shift
        if r:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return _new(sign, q, exp)._finish(ctx)

    __rtruediv__ = _reflected(__truediv__)

    def _divide_int(self, other, ctx):
        """(quotient, remainder) truncated, or raises the condition's result."""
        sign = self._sign ^ other._sign
        e = min(self._exp, other._exp)
        if not self._int:
            return (_new(sign, 0, 0), _new(self._sign, 0, e))
        if self.adjusted() - other.adjusted() > ctx._prec:
            return None  # the quotient has more digits than the precision
        if self.adjusted() < other.adjusted():
            return (_new(sign, 0, 0), _new(self._sign, self._int, e) if e == self._exp
                    else _new(self._sign, self._int * 10 ** (self._exp - e), e))
        a = self._int * 10 ** (self._exp - e)
        b = other._int * 10 ** (other._exp - e)
        q, r = divmod(a, b)
        if _ndigits(q) > ctx._prec and q:
            return None
        return (_new(sign, q, 0), _new(self._sign, r, e))

    def __floordiv__(self, other, context=None):
        if type(other) is not Decimal:
            operand = other
            other = _convert(other)
            if other is NotImplemented:
                return _unsupported(self, operand, '//')
        ctx = context if context is not None else getcontext()
        sign = self._sign ^ other._sign
        if type(self._exp) is str or type(other._exp) is str:
            return _divide_special(self, other, sign, ctx, False)
        if not other._int:
            return _divide_by_zero(self, sign, ctx)
        qr = self._divide_int(other, ctx)
        if qr is None:
            ctx._signal(_DIV_IMPOSSIBLE)
            return _NAN
        return qr[0]._finish(ctx)

    __rfloordiv__ = _reflected(__floordiv__)

    def __mod__(self, other, context=None):
        if type(other) is not Decimal:
            operand = other
            other = _convert(other)
            if other is NotImplemented:
                return _unsupported(self, operand, '%')
        ctx = context if context is not None else getcontext()
        if type(self._exp) is str or type(other._exp) is str or not other._int:
            return _remainder_special(self, other, ctx)
        qr = self._divide_int(other, ctx)
        if qr is None:
            ctx._signal(_DIV_IMPOSSIBLE)
            return _NAN
        return qr[1]._finish(ctx)

    __rmod__ = _reflected(__mod__)

    def __divmod__(self, other, context=None):
        if type(other) is not Decimal:
            operand = other
            other = _convert(other)
            if other is NotImplemented:
                return _unsupported(self, operand, 'divmod()')
        ctx = context if context is not None else getcontext()
        sign = self._sign ^ other._sign
        if type(self._exp) is str or type(other._exp) is str:
            nan = _nan_result(self, other, ctx)
            if nan is not None:
                return nan, nan
            if self._exp == 'F':
                if other._exp == 'F':
                    ctx._signal(_INVALID_OP)
                    return _NAN, _NAN
                ctx._signal(_INVALID_OP)
                return _new(sign, 0, 'F'), _NAN
            return _new(sign, 0, 0), self._finish(ctx)
        if not other._int:
            if not self._int:
                ctx._signal(_DIV_UNDEFINED)
                return _NAN, _NAN
            ctx._signal(_INVALID_OP | _DIV_BY_ZERO)
            return _new(sign, 0, 'F'), _NAN
        qr = self._divide_int(other, ctx)
        if qr is None:
            ctx._signal(_DIV_IMPOSSIBLE)
            return _NAN, _NAN
        return qr[0]._finish(ctx), qr[1]._finish(ctx)

    __rdivmod__ = _reflected(__divmod__)

    def remainder_near(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _convert(other, True)
        if type(self._exp) is str or type(other._exp) is str or not other._int:
            return _remainder_special(self, other, ctx)
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e)
        b = other._int * 10 ** (other._exp - e)
        q, r = divmod(a, b)
        if 2 * r > b or (2 * r == b and q & 1):
            r -= b
            q += 1
        if _ndigits(q) > ctx._prec:
            ctx._signal(_DIV_IMPOSSIBLE)
            return _NAN
        sign = self._sign
        if r < 0:
            sign = 1 - sign
            r = -r
        return _new(sign, r, e)._finish(ctx)

    def fma(self, other, third, context=None):
        ctx = context if context is not None else getcontext()
        other = _convert(other, True)
        third = _convert(third, True)
        if type(self._exp) is str or type(other._exp) is str:
            nan = _nan_result(self, other, ctx)
            if nan is not None:
                return nan
            if (self._exp == 'F' and not other) or (other._exp == 'F' and not self):
                ctx._signal(_INVALID_OP)
                return _NAN
            product = _new(self._sign ^ other._sign, 0, 'F')
        else:
            product = _new(self._sign ^ other._sign, self._int * other._int,
                           self._exp + other._exp)
        return _add(product, third, ctx)

    def __pow__(self, other, modulo=None, context=None):
        if type(other) is not Decimal:
            operand = other
            other = _convert(other)
            if other is NotImplemented:
                return _unsupported(self, operand, '** or pow()')
        ctx = context if context is not None else getcontext()
        if modulo is not None:
            return _pow_mod(self, other, modulo, ctx)
        return _power(self, other, ctx)

    def __rpow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context)

    def sqrt(self, context=None):
        ctx = context if context is not None else getcontext()
        if type(self._exp) is str:
            nan = _nan_result(self, None, ctx)
            if nan is not None:
                return nan
            if self._sign:
                ctx._signal(_INVALID_OP)
                return _NAN
            return self
        ideal = self._exp // 2
        if not self._int:
            return _new(self._sign, 0, ideal)._finish(ctx)
        if self._sign:
            ctx._signal(_INVALID_OP)
            return _NAN
        prec = ctx._prec
        c, e = self._int, self._exp
        if e & 1:
            c *= 10
            e -= 1
        # c * 10**e with e even: scale c by 100**k so the root has prec + 1 digits or more
        k = prec + 1 - (_ndigits(c) + 1) // 2
        if k >= 0:
            c2 = c * 100 ** k
            exact_scale = True
        else:
            c2, rem = divmod(c, 100 ** -k)
            exact_scale = not rem
        r = _math.isqrt(c2)
        exp = e // 2 - k
        if exact_scale and r * r == c2:
            while exp < ideal and r % 10 == 0:
                r //= 10
                exp += 1
        elif r % 5 == 0:
            r += 1
        return _new(0, r, exp)._finish(ctx._rounding_for(ROUND_HALF_EVEN)
                                       if ctx._rounding != ROUND_HALF_EVEN else ctx)

    def exp(self, context=None):
        ctx = context if context is not None else getcontext()
        if type(self._exp) is str:
            nan = _nan_result(self, None, ctx)
            if nan is not None:
                return nan
            return _ZERO if self._sign else self
        if not self._int:
            return _ONE
        return _transcendental(self, ctx, 'exp')

    def ln(self, context=None):
        ctx = context if context is not None else getcontext()
        if type(self._exp) is str:
            nan = _nan_result(self, None, ctx)
            if nan is not None:
                return nan
            if self._sign:
                ctx._signal(_INVALID_OP)
                return _NAN
            return self
        if not self._int:
            return _new(1, 0, 'F')
        if self._sign:
            ctx._signal(_INVALID_OP)
            return _NAN
        if self._int * 10 ** max(self._exp, 0) == 10 ** max(-self._exp, 0):
            return _ZERO
        return _transcendental(self, ctx, 'ln')

    def log10(self, context=None):
        ctx = context if context is not None else getcontext()
        if type(self._exp) is str:
            nan = _nan_result(self, None, ctx)
            if nan is not None:
                return nan
            if self._sign:
                ctx._signal(_INVALID_OP)
                return _NAN
            return self
        if not self._int:
            return _new(1, 0, 'F')
        if self._sign:
            ctx._signal(_INVALID_OP)
            return _NAN
        c, e = _strip(self._int, self._exp)
        if c == 1:
            return Decimal(e)._finish(ctx)
        return _transcendental(self, ctx, 'log10')

    def logb(self, context=None):
        ctx = context if context is not None else getcontext()
        if type(self._exp) is str:
            nan = _nan_result(self, None, ctx)
            if nan is not None:
                return nan
            return _new(0, 0, 'F')
        if not self._int:
            ctx._signal(_DIV_BY_ZERO)
            return _new(1, 0, 'F')
        return Decimal(self.adjusted())._finish(ctx)

    def scaleb(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _convert(other, True)
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        if other._exp != 0 or type(other._exp) is str:
            ctx._signal(_INVALID_OP)
            return _NAN
        n = int(other)
        if type(self._exp) is str:
            return self
        return _new(self._sign, self._int, self._exp + n)._finish(ctx)

    def max(self, other, context=None):
        return _minmax(self, other, context, 1)

    def min(self, other, context=None):
        return _minmax(self, other, context, -1)

    def max_mag(self, other, context=None):
        return _minmax(self, other, context, 1, True)

    def min_mag(self, other, context=None):
        return _minmax(self, other, context, -1, True)

    def compare_total_mag(self, other, context=None):
        other = _convert(other, True)
        return self.copy_abs().compare_total(other.copy_abs())

    def next_toward(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _convert(other, True)
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        c = self._cmp(other)
        if c == 0:
            return self.copy_sign(other)
        r = self.next_plus(ctx) if c < 0 else self.next_minus(ctx)
        if r._exp == 'F':
            ctx._signal(_OVERFLOW | _INEXACT | _ROUNDED)
        elif r.adjusted() < ctx._Emin:
            ctx._signal(_UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED |
                        (_CLAMPED if not r._int else 0))
        return r

    # ------------------------------------------------------------ digit-wise operations
    def _logical_digits(self, ctx):
        """The coefficient's digits when this is a logical operand (else None), as prec
        digits."""
        if type(self._exp) is str or self._sign or self._exp != 0:
            return None
        digits = str(self._int)
        if digits.strip('01'):
            return None
        p = ctx._prec
        return digits[-p:] if len(digits) > p else digits.rjust(p, '0')

    def _logical(self, other, ctx, op):
        other = _convert(other, True)
        a = self._logical_digits(ctx)
        b = other._logical_digits(ctx)
        if a is None or b is None:
            ctx._signal(_INVALID_OP)
            return _NAN
        out = ''.join(op(x, y) for x, y in zip(a, b))
        return _new(0, int(out), 0)

    def logical_and(self, other, context=None):
        return self._logical(other, context if context is not None else getcontext(),
                             lambda x, y: '1' if x == y == '1' else '0')

    def logical_or(self, other, context=None):
        return self._logical(other, context if context is not None else getcontext(),
                             lambda x, y: '1' if x == '1' or y == '1' else '0')

    def logical_xor(self, other, context=None):
        return self._logical(other, context if context is not None else getcontext(),
                             lambda x, y: '1' if x != y else '0')

    def logical_invert(self, context=None):
        ctx = context if context is not None else getcontext()
        return self._logical(_new(0, int('1' * ctx._prec), 0), ctx,
                             lambda x, y: '1' if x != y else '0')

    def _digit_move(self, other, ctx, rotate):
        other = _convert(other, True)
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        p = ctx._prec
        if other._exp != 0 or not -p <= int(other) <= p:
            ctx._signal(_INVALID_OP)
            return _NAN
        if self._exp == 'F':
            return self
        n = int(other)
        digits = str(self._int)
        digits = digits[-p:] if len(digits) > p else digits.rjust(p, '0')
        if rotate:
            moved = digits[n:] + digits[:n]
        elif n < 0:
            moved = digits[:n]
        else:
            moved = (digits + '0' * n)[-p:]
        return _new(self._sign, int(moved or '0'), self._exp)

    def rotate(self, other, context=None):
        return self._digit_move(other, context if context is not None else getcontext(),
                                True)

    def shift(self, other, context=None):
        return self._digit_move(other, context if context is not None else getcontext(),
                                False)

    # ------------------------------------------------------------ quantize and friends
    def quantize(self, exp, rounding=None, context=None):
        ctx = context if context is not None else getcontext()
        exp = _convert(exp, True)
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError("valid values for rounding are:\n"
                            "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                            "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                            "   ROUND_05UP]")
        mode = rounding if rounding is not None else ctx._rounding
        if type(self._exp) is str or type(exp._exp) is str:
            nan = _nan_result(self, exp, ctx)
            if nan is not None:
                return nan
            if self._exp == 'F' and exp._exp == 'F':
                return self
            ctx._signal(_INVALID_OP)
            return _NAN
        e = exp._exp
        if not ctx.Etiny() <= e <= ctx._Emax:
            ctx._signal(_INVALID_OP)
            return _NAN
        if not self._int:
            return _new(self._sign, 0, e)._finish(ctx)
        if self.adjusted() > ctx._Emax:
            ctx._signal(_INVALID_OP)
            return _NAN
        if e < self._exp and self.adjusted() - e >= ctx._prec:
            ctx._signal(_INVALID_OP)  # more digits than the precision holds
            return _NAN
        c, inexact = _round_int(self._int, e - self._exp, self._sign, mode) \
            if e > self._exp else (self._int * 10 ** (self._exp - e), False)
        if c and _ndigits(c) > ctx._prec:
            ctx._signal(_INVALID_OP)
            return _NAN
        cond = 0
        if e > self._exp:
            cond |= _ROUNDED
            if inexact:
                cond |= _INEXACT
        # no rounding left to do, but the clamp's fold-down and Subnormal still apply
        return _new(self._sign, c, e)._finish(ctx, cond)

    def normalize(self, context=None):
        ctx = context if context is not None else getcontext()
        if type(self._exp) is str:
            nan = _nan_result(self, None, ctx)
            if nan is not None:
                return nan
            return self
        d = self._finish(ctx)
        if type(d._exp) is str or not d._int:
            return _new(d._sign, 0, 0) if type(d._exp) is int else d
        c, e = _strip(d._int, d._exp)
        top = ctx.Etop() if ctx._clamp else ctx._Emax
        while e > top and c * 10 < 10 ** ctx._prec:
            c *= 10
            e -= 1
        return _new(d._sign, c, e)

    def to_integral_value(self, rounding=None, context=None):
        ctx = context if context is not None else getcontext()
        if type(self._exp) is str:
            nan = _nan_result(self, None, ctx)
            if nan is not None:
                return nan
            return self
        if self._exp >= 0:
            return self
        mode = rounding if rounding is not None else ctx._rounding
        return self._rescale(0, mode)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = context if context is not None else getcontext()
        if type(self._exp) is str:
            nan = _nan_result(self, None, ctx)
            if nan is not None:
                return nan
            return self
        if self._exp >= 0:
            return self
        if not self._int:
            return _new(self._sign, 0, 0)
        mode = rounding if rounding is not None else ctx._rounding
        c, inexact = _round_int(self._int, -self._exp, self._sign, mode)
        ctx._signal(_ROUNDED | (_INEXACT if inexact else 0))
        return _new(self._sign, c, 0)

    def next_plus(self, context=None):
        ctx = context if context is not None else getcontext()
        if type(self._exp) is str:
            nan = _nan_result(self, None, ctx)
            if nan is not None:
                return nan
            if self._sign:
                return _new(1, 10 ** ctx._prec - 1, ctx.Etop())
            return self
        up = _quiet(ctx)
        up._rounding = ROUND_CEILING
        moved = self._finish(up)
        if moved._cmp(self) != 0:
            return moved
        d = _add(self, _new(0, 1, ctx.Etiny() - 1), up)
        return d

    def next_minus(self, context=None):
        ctx = context if context is not None else getcontext()
        if type(self._exp) is str:
            nan = _nan_result(self, None, ctx)
            if nan is not None:
                return nan
            if not self._sign:
                return _new(0, 10 ** ctx._prec - 1, ctx.Etop())
            return self
        down = _quiet(ctx)
        down._rounding = ROUND_FLOOR
        moved = self._finish(down)
        if moved._cmp(self) != 0:
            return moved
        return _add(self, _new(1, 1, ctx.Etiny() - 1), down)

    # ------------------------------------------------------------ copying, pickling
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))


# ---------------------------------------------------------------------- helpers

_POW10 = [10 ** i for i in range(80)]
_INF_F = float('inf')
_NAN_F = float('nan')
_HASH_MOD = (1 << 61) - 1
_HASH_10INV = pow(10, _HASH_MOD - 2, _HASH_MOD)


# Context's operations that convert their operands and call a Decimal method:
# (how many operands, whether it takes the context) -> names, a pair where the
# Decimal method's name differs from the Context's.
_CONTEXT_OPS = {
  (1, True): (
    ('abs', '__abs__'), 'exp', 'ln', 'log10', ('minus', '__neg__'), ('plus', '__pos__'),
    'normalize', 'sqrt', 'to_integral_value', 'to_integral_exact',
    ('to_sci_string', '__str__'), 'to_eng_string', 'is_normal', 'is_subnormal',
    'number_class', 'next_plus', 'next_minus', 'logb', 'logical_invert'),
  (1, False): (
    'copy_abs', 'copy_negate', 'is_nan', 'is_zero', 'is_signed', 'is_finite',
    'is_infinite', 'is_qnan', 'is_snan'),
  (2, True): (
    ('add', '__add__'), ('subtract', '__sub__'), ('multiply', '__mul__'),
    ('divide', '__truediv__'), ('divide_int', '__floordiv__'), ('remainder', '__mod__'),
    'remainder_near', ('divmod', '__divmod__'), 'compare', 'max', 'min', 'quantize',
    'scaleb', 'compare_signal', 'max_mag', 'min_mag', 'next_toward', 'logical_and',
    'logical_or', 'logical_xor', 'rotate', 'shift'),
  (2, False): (
    'compare_total', 'copy_sign', 'same_quantum', 'compare_total_mag'),
}


def _context_op(name, method, arity, with_context):
    """Context.<name>: converts its operands strictly (a float too is refused, as by
    CPython's Context), then calls Decimal's method."""
    if arity == 1:
        if with_context:
            def op(self, a):
                return method(_convert(a, True), context=self)
        else:
            def op(self, a):
                return method(_convert(a, True))
    elif with_context:
        def op(self, a, b):
            return method(_convert(a, True), _convert(b, True), context=self)
    else:
        def op(self, a, b):
            return method(_convert(a, True), _convert(b, True))
    op.__name__ = name
    op.__qualname__ = 'Context.' + name
    return op


for (_arity, _with_context), _names in _CONTEXT_OPS.items():
    for _name in _names:
        _name, _method = _name if type(_name) is tuple else (_name, _name)
        setattr(Context, _name,
                _context_op(_name, getattr(Decimal, _method), _arity, _with_context))
Context.to_integral = Context.to_integral_value
del _arity, _with_context, _names, _name, _method


class DecimalTuple(tuple):
    """DecimalTuple(sign, digits, exponent)"""

    __slots__ = ()
    _fields = ('sign', 'digits', 'exponent')

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % tuple(self)

    def _asdict(self):
        return {'sign': self[0], 'digits': self[1], 'exponent': self[2]}

    def __getnewargs__(self):
        return tuple(self)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if exp == 'F':
        return sign, 0, 'F'
    if not isinstance(digits, (tuple, list)):
        raise ValueError("coefficient must be a tuple of digits")
    n = 0
    for dgt in digits:
        if not (isinstance(dgt, int) and 0 <= dgt <= 9):
            raise ValueError("coefficient must be a tuple of digits")
        n = n * 10 + dgt
    if exp in ('n', 'N'):
        return sign, n, exp
    if not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    return sign, n, exp


def _strip(c, e):
    """c * 10**e without trailing zeros in c."""
    if not c:
        return 0, e
    while c % 10 == 0:
        c //= 10
        e += 1
    return c, e


def _convert(other, strict=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _new(1 if other < 0 else 0, int(abs(other)), 0)
    if strict:
        raise TypeError("conversion from %s to Decimal is not supported"
                        % type(other).__name__)
    return NotImplemented


def _unsupported(a, b, op):
    # the other operand's reflected method may still take it (a sequence's repetition
    # refuses it as CPython's); messages name 'decimal.Decimal' (__pyjit_c_type__)
    return NotImplemented


def _divide_special(a, b, sign, ctx, true_division):
    """a / b (true_division) or a // b where a or b is a NaN or an infinity."""
    nan = _nan_result(a, b, ctx)
    if nan is not None:
        return nan
    if a._exp == 'F' and b._exp == 'F':
        ctx._signal(_INVALID_OP)
        return _NAN
    if a._exp == 'F':
        return _new(sign, 0, 'F')
    if true_division:
        ctx._signal(_CLAMPED)
        return _new(sign, 0, ctx.Etiny())
    return _new(sign, 0, 0)


def _divide_by_zero(a, sign, ctx):
    """a / 0 or a // 0, a finite."""
    if not a._int:
        ctx._signal(_DIV_UNDEFINED)
        return _NAN
    ctx._signal(_DIV_BY_ZERO)
    return _new(sign, 0, 'F')


def _remainder_special(a, b, ctx):
    """a % b or a.remainder_near(b) where a or b is a NaN or an infinity, or b is zero."""
    if type(a._exp) is str or type(b._exp) is str:
        nan = _nan_result(a, b, ctx)
        if nan is not None:
            return nan
        if a._exp == 'F':
            ctx._signal(_INVALID_OP)
            return _NAN
        return a._finish(ctx)
    ctx._signal(_DIV_UNDEFINED if not a._int else _INVALID_OP)
    return _NAN


def _nan_result(a, b, ctx):
    """The NaN an operation on a NaN gives (signalling for an sNaN), or None."""
    if a._exp == 'N' or (b is not None and b._exp == 'N'):
        src = a if a._exp == 'N' else b
        ctx._signal(_INVALID_OP)
        return _nan_payload(src, ctx)
    if a._exp == 'n':
        return _nan_payload(a, ctx)
    if b is not None and b._exp == 'n':
        return _nan_payload(b, ctx)
    return None


def _nan_payload(src, ctx):
    payload = src._int
    if payload and _ndigits(payload) > ctx._prec - ctx._clamp:
        payload = payload % 10 ** (ctx._prec - ctx._clamp)
    return _new(src._sign, payload, 'n')


def _overflow(sign, ctx, cond):
    cond |= _OVERFLOW | _INEXACT | _ROUNDED
    ctx._signal(cond)
    mode = ctx._rounding
    if mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
            (mode == ROUND_CEILING and not sign) or (mode == ROUND_FLOOR and sign):
        return _new(sign, 0, 'F')
    return _new(sign, 10 ** ctx._prec - 1, ctx._Emax - ctx._prec + 1)


def _add(a, b, ctx):
    if type(a._exp) is str or type(b._exp) is str:
        nan = _nan_result(a, b, ctx)
        if nan is not None:
            return nan
        if a._exp == 'F':
            if b._exp == 'F' and a._sign != b._sign:
                ctx._signal(_INVALID_OP)
                return _NAN
            return a
        return b
    prec = ctx._prec
    ea, eb = a._exp, b._exp
    ca, cb = a._int, b._int
    if ca and cb and (ea - eb > prec + 2 or eb - ea > prec + 2):
        # an operand far below the other's last kept digit only matters as a sticky digit
        if ea > eb:
            lim = ea + _ndigits(ca) - prec - 2
            if lim > eb + _ndigits(cb) and lim < ea:
                eb, cb = lim - 1, 1
            elif lim >= ea and ea > eb + _ndigits(cb) + 1:
                eb, cb = min(ea, lim) - 1 - 1, 1
        elif eb > ea:
            lim = eb + _ndigits(cb) - prec - 2
            if lim > ea + _ndigits(ca) and lim < eb:
                ea, ca = lim - 1, 1
            elif lim >= eb and eb > ea + _ndigits(ca) + 1:
                ea, ca = min(eb, lim) - 1 - 1, 1
    # a zero's exponent matters only down to a few digits past the precision: below that
    # the other operand's scaled coefficient would only gain zeros that rounding drops
    if not ca and eb - ea > prec + 2 and cb:
        ea = eb - prec - 2 - _ndigits(cb)
    elif not cb and ea - eb > prec + 2 and ca:
        eb = ea - prec - 2 - _ndigits(ca)
    e = ea if ea < eb else eb
    if ea != e and ca:
        ca *= 10 ** (ea - e)
    if eb != e and cb:
        cb *= 10 ** (eb - e)
    va = -ca if a._sign else ca
    vb = -cb if b._sign else cb
    s = va + vb
    if s:
        return _new(1 if s < 0 else 0, abs(s), e)._finish(ctx)
    if a._sign and b._sign:
        sign = 1
    elif a._sign != b._sign:
        sign = 1 if ctx._rounding == ROUND_FLOOR else 0
    else:
        sign = 0
    return _new(sign, 0, min(a._exp, b._exp))._finish(ctx)


def _minmax(a, b, context, which, magnitude=False):
    ctx = context if context is not None else getcontext()
    b = _convert(b, True)
    if a.is_nan() or b.is_nan():
        if a._exp == 'N' or b._exp == 'N':
            return _nan_result(a, b, ctx)
        if a._exp == 'n' and b.is_nan():
            return _nan_payload(a, ctx)
        if a._exp == 'n':
            return b._finish(ctx)
        return a._finish(ctx)
    c = a.copy_abs()._cmp(b.copy_abs()) if magnitude else a._cmp(b)
    if c == 0:
        c = a.compare_total(b)._sign and -1 or (1 if a.compare_total(b) else 0)
    pick = a if (c >= 0) == (which > 0) else b
    return pick._finish(ctx)


def _pow_mod(base, exp, modulo, ctx):
    modulo = _convert(modulo, True)
    for x in (base, exp, modulo):
        if x.is_nan():
            return _nan_result(base, exp, ctx) or _nan_payload(modulo, ctx)
    ok = all(type(x._exp) is int and x._exp >= 0 or (type(x._exp) is int and
             x == x.to_integral_value()) for x in (base, exp, modulo))
    if not ok or exp._sign or not modulo or (not base and not exp):
        ctx._signal(_INVALID_OP)
        return _NAN
    m = abs(int(modulo))
    if _ndigits(m) > ctx._prec:
        ctx._signal(_INVALID_OP)
        return _NAN
    r = pow(abs(int(base)), int(exp), m)
    sign = base._sign if int(exp) & 1 else 0
    return _new(sign, r, 0)


# ---------------------------------------------------------------------- powers

def _power(x, y, ctx):
    if type(x._exp) is str or type(y._exp) is str:
        nan = _nan_result(x, y, ctx)
        if nan is not None:
            return nan
    y_integral = type(y._exp) is int and (y._exp >= 0 or
                                          y._int % 10 ** -y._exp == 0)
    if not x._int and type(x._exp) is int:
        if type(y._exp) is int and not y._int:
            ctx._signal(_INVALID_OP)
            return _NAN
        sign = x._sign if y_integral and _odd(y) else 0
        if x._sign and sign == 0 and not y_integral and not y._sign:
            pass
        if y._sign:
            return _new(sign, 0, 'F')
        return _new(sign, 0, 0)
    if x._sign and not y_integral:
        if y._exp == 'F' and x._exp != 'F':
            pass
        else:
            ctx._signal(_INVALID_OP)
            return _NAN
    if x._exp == 'F':
        sign = x._sign if y_integral and _odd(y) else 0
        if type(y._exp) is int and not y._int:
            return _ONE
        if y._sign:
            return _new(sign, 0, 0)
        return _new(sign, 0, 'F')
    if y._exp == 'F':
        # |x| against 1
        c = _new(0, x._int, x._exp)._cmp(_ONE)
        if x._sign and c != 0:
            ctx._signal(_INVALID_OP)
            return _NAN
        if c == 0:
            return _new(0, 10 ** (ctx._prec - 1), 1 - ctx._prec)._finish(ctx, _INEXACT |
                                                                        _ROUNDED)
        if (c > 0) != bool(y._sign):
            return _new(0, 0, 'F')
        return _new(0, 0, 0)
    if not y._int:
        return _ONE
    sign = x._sign if y_integral and _odd(y) else 0
    if x._int == 10 ** -x._exp if x._exp <= 0 else False:
        return _power_of_one(x, y, y_integral, sign, ctx)
    bound = _power_bounds(x, y, sign, ctx)
    if bound is not None:
        return bound
    if y_integral:
        r = _int_power(x, y, int(y), ctx)
    else:
        r = _real_power(x, y, ctx)
    if type(r._exp) is int and r._int and r._cmp(_ONE) == 0:
        # libmpdec gives a result equal to one the full precision
        r = _new(r._sign, 10 ** (ctx._prec - 1), 1 - ctx._prec)
    return r


def _power_of_one(x, y, y_integral, sign, ctx):
    """1 (as 1, 1.0, 1.00 ...) to the power y, as libmpdec gives it."""
    if y_integral:
        n = int(y)
        if n < 0:
            return _new(sign, 1, 0)._finish(ctx)
        shift = n * -x._exp
        cond = 0
        if shift > ctx._prec - 1:
            shift = ctx._prec - 1
            cond = _INEXACT | _ROUNDED
        return _new(sign, 10 ** shift, -shift)._finish(ctx, cond)
    return _new(sign, 10 ** (ctx._prec - 1), 1 - ctx._prec)._finish(ctx, _INEXACT | _ROUNDED)


def _digits_of(n):
    return len(str(abs(n)))


def _power_bounds(x, y, sign, ctx):
    """The result when x ** y surely overflows or underflows (libmpdec's bounds test from
    the exponents' sizes), else None."""
    ax = _new(0, x._int, x._exp)
    theta = y.adjusted()
    t = ax.adjusted()
    if t > 0:
        zeta = _digits_of(t) - 1
    elif t < -1:
        zeta = _digits_of(t + 1) - 1
    else:
        u = _add(ax, _NEG_ONE, _work_context(ctx, MAX_PREC)).adjusted()
        zeta = u - 2 if t == 0 else -u - 1
    big = (t < 0) ^ y._sign
    if not big:
        if _digits_of(ctx._Emax) < zeta + theta:
            return _overflow(sign, ctx, 0)
    else:
        if _digits_of(ctx.Etiny()) < zeta + theta:
            return _new(sign, 1, ctx.Etiny() - 1)._finish(ctx)
    return None


def _odd(y):
    return int(y) & 1 == 1


def _quiet(ctx):
    """A copy of ctx that records its conditions for itself and traps none."""
    q = ctx.copy()
    q._traps = 0
    return q


def _work_context(ctx, prec):
    """libmpdec's working context for powers: more digits, half-even, no clamp or traps."""
    w = Context.__new__(Context)
    w._prec, w._rounding, w._Emin, w._Emax = prec, ROUND_HALF_EVEN, ctx._Emin, ctx._Emax
    w._capitals, w._clamp, w._flags, w._traps = ctx._capitals, 0, 0, 0
    return w


def _int_power(x, y, n, ctx):
    """x ** n for an integral y == n as libmpdec computes it: left-to-right binary powering,
    every product rounded half-even to the precision plus the exponent's digits, then
    rounded into ctx (exact whenever the working digits suffice)."""
    sign = x._sign if n & 1 else 0
    yd = _ndigits(y._int)
    work = _work_context(ctx, ctx._prec + yd + y._exp + 2)
    base = _new(0, x._int, x._exp)
    if n < 0:
        work._prec += 1
        base = _ONE.__truediv__(base, work)
    m = -n if n < 0 else n
    result = base
    bit = 1 << (m.bit_length() - 1)
    while bit > 1:
        bit >>= 1
        result = result.__mul__(result, work)
        if m & bit:
            result = result.__mul__(base, work)
        if type(result._exp) is str or (not result._int and work._flags & _CLAMPED):
            break
    if work._flags & _OVERFLOW:
        return _overflow(sign, ctx, work._flags & ~_OVERFLOW)
    return _new(sign, result._int, result._exp)._finish(ctx, work._flags)


def _real_power(x, y, ctx):
    """x ** y for a non-integral y as libmpdec computes it: exp(y * ln(x)) with ln, the
    product and exp each correctly rounded half-even to 23 more digits than the precision
    (or x's digits), then rounded into ctx."""
    work = _work_context(ctx, max(_ndigits(x._int), ctx._prec) + 23)
    work._Emax, work._Emin = MAX_EMAX, MIN_EMIN
    r = x.ln(work)
    r = r.__mul__(y, work)
    work._flags = 0  # libmpdec keeps only exp's conditions
    r = r.exp(work)
    if work._flags & _OVERFLOW:
        return _overflow(0, ctx, work._flags & ~_OVERFLOW)
    return r._finish(ctx, (work._flags & _IEEE_INVALID) | _INEXACT | _ROUNDED)


# ---------------------------------------------------------------------- exp, ln, log10

_LN10_CACHE = [0, 0]  # (digits, value * 10**digits)


def _ln10(w):
    if _LN10_CACHE[0] >= w:
        return _LN10_CACHE[1] // 10 ** (_LN10_CACHE[0] - w)
    g = w + 10
    v = -_ln_unit(10 ** (g - 1), g)
    _LN10_CACHE[0] = g
    _LN10_CACHE[1] = v
    return v // 10 ** (g - w)


def _ln_unit(m, w):
    """ln(m / 10**w) * 10**w for 0.1 <= m / 10**w < 10 (about ten units of error)."""
    one = 10 ** w
    g = w + 6
    one_g = 10 ** g
    y = m * 10 ** 6
    # square roots bring y near 1, where the atanh series converges fast
    halvings = 8
    for _ in range(halvings):
        y = _math.isqrt(y * one_g)
    z_num = y - one_g
    z_den = y + one_g
    negative = z_num < 0
    # the series on |z| (floor division of negative terms would never reach 0)
    z = abs(z_num) * one_g // z_den
    z2 = z * z // one_g
    total = 0
    term = z
    k = 1
    while term:
        total += term // k
        term = term * z2 // one_g
        k += 2
    result = 2 * total * (1 << halvings) // 10 ** 6
    return -result if negative else result


def _ln_fixed(c, e, w):
    """ln(c * 10**e) * 10**w, with a few units of error."""
    d = _ndigits(c)
    # c * 10**e = m * 10**(e + d) with m = c / 10**d in [0.1, 1)
    k = e + d
    kd = _ndigits(abs(k)) if k else 0
    g = w + kd + 3
    if d <= g:
        m = c * 10 ** (g - d)
    else:
        m = c // 10 ** (d - g)
    r = _ln_unit(m, g) + k * _ln10(g)
    return r // 10 ** (g - w)


def _exp_of_fixed(t, tw, ctx, w):
    """exp(t / 10**tw) as (coefficient, exponent) with about w digits, or an
    ('overflow',) / ('underflow',) marker when it is out of the context's range."""
    # k = floor(x / ln10); exp(x) = exp(x - k ln10) * 10**k
    lim = (ctx._Emax + ctx._prec + 5) * 24 // 10 + 10
    lim_lo = (-ctx.Etiny() + ctx._prec + 5) * 24 // 10 + 10
    ip = t // 10 ** tw if t >= 0 else -((-t) // 10 ** tw)
    if ip > lim:
        return ('overflow',)
    if ip < -lim_lo:
        return ('underflow',)
    kd = _ndigits(abs(ip)) + 2
    g = w + kd + 8
    if tw >= g:
        x = t // 10 ** (tw - g) if t >= 0 else -((-t) // 10 ** (tw - g))
    else:
        x = t * 10 ** (g - tw)
    ln10 = _ln10(g)
    k = x // ln10
    r = x - k * ln10
    return _exp_unit(r, g, w), k + (-w)


def _exp_unit(r, g, w):
    """exp(r / 10**g) * 10**w for 0 <= r / 10**g < 2.31 (a few units of error)."""
    one = 10 ** g
    halvings = 10
    y = r >> halvings
    total = one
    term = one
    k = 1
    while term:
        term = term * y // (one * k)
        total += term
        k += 1
    for _ in range(halvings):
        total = total * total // one
    return total // 10 ** (g - w)


def _transcendental(x, ctx, which):
    """exp, ln or log10 of a finite nonzero x: correctly rounded with ROUND_HALF_EVEN
    (the result is never exact here, so a close enough approximation decides)."""
    work = ctx._rounding_for(ROUND_HALF_EVEN)
    q = _quiet(work)
    extra = 12
    while True:
        w = work._prec + extra
        if which == 'exp':
            c = x._int
            e = x._exp
            if x.adjusted() > len(str(max(work._Emax, -work.Etiny()) + work._prec)) + 1:
                # |x| is far past ln(10) times the largest exponent
                if x._sign:
                    return _new(0, 1, work.Etiny() - 2)._finish(work)
                return _overflow(0, work, 0)
            if x.adjusted() < -(w + 2):
                # exp(x) is 1 + x within far less than a unit of the last digit
                m, ex = 10 ** w + (-1 if x._sign else 1), -w
            else:
                tw = max(-e, 0) + w + 2
                t = c * 10 ** (tw + e)
                if x._sign:
                    t = -t
                res = _exp_of_fixed(t, tw, work, w)
                if res[0] == 'overflow':
                    return _overflow(0, work, 0)
                if res[0] == 'underflow':
                    return _new(0, 1, work.Etiny() - 2)._finish(work)
                m, ex = res
            err = 20
        else:
            # scale so the result has about w significant digits
            scale = w
            while True:
                v = _ln_fixed(x._int, x._exp, scale)
                if which == 'log10':
                    v = v * 10 ** (scale + 4) // (_ln10(scale + 4))
                if _ndigits(abs(v)) >= w or scale > w + 4 * extra + 60:
                    break
                scale += w - _ndigits(abs(v)) + 2
            m, ex = v, -scale
            err = 40
        sign = 1 if m < 0 else 0
        m = abs(m)
        lo = _new(sign, m - err, ex)._finish(q)
        hi = _new(sign, m + err, ex)._finish(q)
        if lo._int == hi._int and lo._exp == hi._exp and lo._sign == hi._sign:
            return _new(sign, m * 10 + 1, ex - 1)._finish(work)
        extra *= 2


class _FlagRelay(Context):
    """A context rounding its own way whose conditions land in (and trap as) another."""

    def __init__(self, target, rounding):
        self._target = target
        self._prec = target._prec
        self._rounding = rounding
        self._Emin = target._Emin
        self._Emax = target._Emax
        self._capitals = target._capitals
        self._clamp = target._clamp
        self._flags = 0
        self._traps = target._traps

    def _signal(self, bits):
        self._target._signal(bits)


# ---------------------------------------------------------------------- formatting

def _parse_spec(spec):
    """A format spec's parts: fill, align, sign, z, alt, zero, width, grouping,
    precision, type (or a ValueError)."""
    i = 0
    n = len(spec)
    fill, align = None, None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = None
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    no_neg_0 = False
    if i < n and spec[i] == 'z':
        no_neg_0 = True
        i += 1
    alt = False
    if i < n and spec[i] == '#':
        alt = True
        i += 1
    zero = False
    if i < n and spec[i] == '0':
        zero = True
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else None
    grouping = None
    if i < n and spec[i] == ',':
        grouping = spec[i]
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError("invalid format string")
        precision = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
    if i != n or (typ is not None and typ not in 'eEfFgGn%'):
        raise ValueError("invalid format string")
    if zero and fill is None:
        fill = '0'
        if align is None:
            align = '='
    if fill is None:
        fill = ' '
    if align is None:
        align = '>'
    if typ == 'n' and grouping:
        raise ValueError("invalid format string")
    if typ is not None and typ in 'gGn' and precision == 0:
        precision = 1
    return fill, align, sign, no_neg_0, alt, width, grouping, precision, typ, zero


def _group(digits, sep, min_width):
    """digits with sep between groups of three from the right, zero-padded so that the
    result is at least min_width long."""
    groups = []
    while True:
        size = min(max(len(digits), min_width, 1), 3)
        groups.append('0' * (size - len(digits)) + digits[-size:])
        digits = digits[:-size]
        min_width -= size
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _format(d, spec, ctx):
    fill, align, signopt, no_neg_0, alt, width, grouping, precision, typ, zero_pad = \
        _parse_spec(spec)
    if type(d._exp) is str:
        if zero_pad and fill == '0' and align == '=':
            fill, align = ' ', '>'  # no zeros before Infinity or NaN
        body = str(d.copy_abs())
        if typ == '%':
            body += '%'
        sign = '-' if d._sign else ('+' if signopt == '+' else
                                   ' ' if signopt == ' ' else '')
        return _align(sign, body, fill, align, width)
    if typ is None:
        typ = 'g'
        default_type = True
    else:
        default_type = False
    if typ == '%':
        d = _new(d._sign, d._int, d._exp + 2)
    mode = ctx._rounding
    if precision is not None:
        if typ in 'eE':
            d = d._round_digits(precision + 1, mode)
        elif typ in 'fF%':
            d = d._rescale(-precision, mode)
        elif typ in 'gGn' and _ndigits(d._int) > precision:
            d = d._round_digits(precision, mode)
    if not d._int and d._exp > 0 and typ in 'fF%':
        d = d._rescale(0, mode)
    sign_bit = d._sign
    if not d._int and no_neg_0:
        sign_bit = 0
    digits = str(d._int)
    leftdigits = d._exp + len(digits)
    if typ in 'eE':
        dotplace = 1 - precision if (not d._int and precision is not None) else 1
    elif typ in 'fF%':
        dotplace = leftdigits
    else:
        if d._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        else:
            dotplace = 1
    if dotplace < 0:
        intpart = '0'
        fracpart = '0' * -dotplace + digits
    elif dotplace > len(digits):
        intpart = digits + '0' * (dotplace - len(digits))
        fracpart = ''
    else:
        intpart = digits[:dotplace] or '0'
        fracpart = digits[dotplace:]
    exp = leftdigits - dotplace
    if fracpart or alt:
        fracpart = '.' + fracpart
    if exp != 0 or typ in 'eE':
        echar = {'E': 'E', 'G': 'E', 'e': 'e', 'g': 'e', 'n': 'e'}.get(typ, 'e')
        if default_type and ctx._capitals:
            echar = 'E'
        fracpart += '%s%+d' % (echar, exp)
    if typ == '%':
        fracpart += '%'
    sign = '-' if sign_bit else ('+' if signopt == '+' else ' ' if signopt == ' ' else '')
    if grouping:
        min_width = width - len(sign) - len(fracpart) if zero_pad and width else 1
        intpart = _group(intpart, grouping, min_width)
    return _align(sign, intpart + fracpart, fill, align, width)


def _align(sign, body, fill, align, width):
    width = width or 0
    padding = width - len(sign) - len(body)
    if padding <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * padding
    if align == '>':
        return fill * padding + sign + body
    if align == '=':
        return sign + fill * padding + body
    half = padding // 2
    return fill * half + sign + body + fill * (padding - half)


# ---------------------------------------------------------------------- contexts

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN,
                         traps=[DivisionByZero, Overflow, InvalidOperation], flags=[],
                         Emax=999999, Emin=-999999, capitals=1, clamp=0)
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped,
                              Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])
_default_made = True

_ZERO = _new(0, 0, 0)
_ONE = _new(0, 1, 0)
_NEG_ONE = _new(1, 1, 0)
_NAN = _new(0, 0, 'n')

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation', 'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
    'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext',
    'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS',
    'HAVE_CONTEXTVAR',
]

# Decimal is a numbers.Number; numbers registers it if it is imported after us
import sys as _sys
if 'numbers' in _sys.modules:
    _sys.modules['numbers'].Number.register(Decimal)
del _sys
