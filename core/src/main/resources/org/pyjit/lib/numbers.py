"""The numeric tower of PEP 3141 as abstract base classes, written for pyjit.

Number > Complex > Real > Rational > Integral. Each level lists the operations a
concrete type must define (abstract) and derives a few others from them (mixins).
The built-in complex, float and int are registered at their level (bool through
int); decimal.Decimal is registered as a Number only: whichever of this module and
decimal is imported second does the registration, so neither imports the other.
"""

import sys as _sys
from abc import ABCMeta, abstractmethod

__all__ = [
    'Number', 'Complex', 'Real', 'Rational', 'Integral',
]


class Number(metaclass=ABCMeta):
    """The root of the tower: isinstance(x, Number) says x is some kind of number."""
    __slots__ = ()

    # numbers of different kinds that compare equal must hash equal; an abstract
    # level cannot promise that, so it is left to the concrete types
    __hash__ = None


class Complex(Number):
    """Numbers with a real and an imaginary part and the field operations."""
    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        raise NotImplementedError

    def __bool__(self):
        return self != 0

    @property
    @abstractmethod
    def real(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        raise NotImplementedError

    @abstractmethod
    def __add__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __radd__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __neg__(self):
        raise NotImplementedError

    @abstractmethod
    def __pos__(self):
        raise NotImplementedError

    # subtraction is addition of the negation unless a type knows better
    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return other + -self

    @abstractmethod
    def __mul__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rmul__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __truediv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rtruediv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent):
        raise NotImplementedError

    @abstractmethod
    def __rpow__(self, base):
        raise NotImplementedError

    @abstractmethod
    def __abs__(self):
        raise NotImplementedError

    @abstractmethod
    def conjugate(self):
        raise NotImplementedError

    @abstractmethod
    def __eq__(self, other):
        raise NotImplementedError


Complex.register(complex)


class Real(Complex):
    """Ordered numbers on the real line: floor, ceil, rounding and the float value."""
    __slots__ = ()

    @abstractmethod
    def __float__(self):
        raise NotImplementedError

    @abstractmethod
    def __trunc__(self):
        raise NotImplementedError

    @abstractmethod
    def __floor__(self):
        raise NotImplementedError

    @abstractmethod
    def __ceil__(self):
        raise NotImplementedError

    @abstractmethod
    def __round__(self, ndigits=None):
        raise NotImplementedError

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    @abstractmethod
    def __floordiv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rfloordiv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __mod__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rmod__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __lt__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __le__(self, other):
        raise NotImplementedError

    # a real number is a complex one with no imaginary part
    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


Real.register(float)


class Rational(Real):
    """Ratios of two integers, kept as numerator and (positive) denominator."""
    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        raise NotImplementedError

    def __float__(self):
        # int / int is correctly rounded, so the float is the nearest one
        top, bottom = int(self.numerator), int(self.denominator)
        return top / bottom


class Integral(Rational):
    """Integers: conversion to int, modular power and the bitwise operations."""
    __slots__ = ()

    @abstractmethod
    def __int__(self):
        raise NotImplementedError

    def __index__(self):
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        raise NotImplementedError

    @abstractmethod
    def __lshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rlshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rrshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __and__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rand__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __xor__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rxor__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __or__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __ror__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __invert__(self):
        raise NotImplementedError

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Integral.register(int)

# decimal registers Decimal itself when it is imported after this module
if 'decimal' in _sys.modules:
    _dec = getattr(_sys.modules['decimal'], 'Decimal', None)
    if isinstance(_dec, type):
        Number.register(_dec)
    del _dec
