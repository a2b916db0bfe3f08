#!/usr/bin/env python3
"""Regenerates the expected results of single uops at their guard boundaries from CPython.

Run with the reference interpreter:
    PYENV_VERSION=3.13.0 python3 core/src/test/resources/uops/regen.py

Every expected value in boundaries.tsv is what CPython computes for the Python operation
the uop implements (docs/internals/tier2.md); "exit" where Python raises or where the int
result does not fit in 64 bits (tier 2 then leaves the trace and the interpreter redoes
the operation). Two exits are tier-2 rules rather than Python errors, and say so below:
int true division of operands above 2**53 and shifts are computed here without building
huge ints. The JUnit test (org.pyjit.jit.uop.UopBoundaryTest) only compares.

Format: TAB-separated, '#' comments. uop, operand a, operand b (or '-'), result. Ints are
decimal; floats are 'f' + their 16 hex IEEE bits; bools are 0/1; 'nan' as a result means
any NaN. Extra kinds of line:
  RANGE  start stop step  count first last   (what list(range(start, stop, step)) holds)
  LIST   n index  value|exit                 (list [100, 101, ..., 100+n-1], index)
"""
import math
import os
import struct

MIN, MAX = -2**63, 2**63 - 1
INTS = [0, 1, -1, 2, -2, 3, -3, 7, -7, 63, 64, 65, -64, 2**31, -2**31, 2**53, 2**53 + 1,
        -2**53, -2**53 - 1, 2**62, -2**62, 10**18, -10**18, MAX, MAX - 1, MIN, MIN + 1,
        3037000499, 3037000500, -3037000500]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, -2.5, 3.0, -7.0, 7.5, -7.5, 0.1, 2.0,
          1e300, -1e300, 1e-300, 5e-324, math.inf, -math.inf, math.nan, 2.0**53, 2.0**63,
          -2.0**63, 9.223372036854775e18, 710.0, -745.2, 1e22]


def fbits(x):
    return 'f%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def fmt(v):
    if isinstance(v, bool):
        return '1' if v else '0'
    if isinstance(v, int):
        return str(v)
    if math.isnan(v):
        return 'nan'
    return fbits(v)


def int_result(f, a, b):
    try:
        r = f(a, b)
    except (ZeroDivisionError, ValueError, OverflowError):
        return 'exit'
    if isinstance(r, int) and not isinstance(r, bool) and not MIN <= r <= MAX:
        return 'exit'
    return fmt(r)


def lshift(a, b):
    if b < 0:
        raise ValueError('negative shift count')
    if a != 0 and b >= 64:
        return 2**64  # |a << b| >= 2**64: does not fit, without building the huge int
    return a << b


def truediv_int(a, b):
    # tier-2 rule: only operands whose conversion to float is exact (|x| <= 2**53)
    if abs(a) > 2**53 or abs(b) > 2**53:
        raise OverflowError('leaves the trace')
    return a / b


def float_to_int(a):
    r = int(a)  # ValueError for nan, OverflowError for inf
    return r


INT_BINARY = {
    'BINARY_OP_ADD_INT': lambda a, b: a + b,
    'BINARY_OP_SUBTRACT_INT': lambda a, b: a - b,
    'BINARY_OP_MULTIPLY_INT': lambda a, b: a * b,
    'BINARY_OP_FLOOR_DIVIDE_INT': lambda a, b: a // b,
    'BINARY_OP_REMAINDER_INT': lambda a, b: a % b,
    'BINARY_OP_TRUE_DIVIDE_INT': truediv_int,
    'BINARY_OP_AND_INT': lambda a, b: a & b,
    'BINARY_OP_OR_INT': lambda a, b: a | b,
    'BINARY_OP_XOR_INT': lambda a, b: a ^ b,
    'BINARY_OP_LSHIFT_INT': lshift,
    'BINARY_OP_RSHIFT_INT': lambda a, b: a >> b,
    'COMPARE_LT_INT': lambda a, b: a < b,
    'COMPARE_LE_INT': lambda a, b: a <= b,
    'COMPARE_EQ_INT': lambda a, b: a == b,
    'COMPARE_NE_INT': lambda a, b: a != b,
    'COMPARE_GT_INT': lambda a, b: a > b,
    'COMPARE_GE_INT': lambda a, b: a >= b,
}
INT_UNARY = {
    'UNARY_NEGATIVE_INT': lambda a: -a,
    'UNARY_INVERT_INT': lambda a: ~a,
    'INT_TO_FLOAT': float,
    'TO_BOOL_INT': bool,
}
FLOAT_BINARY = {
    'BINARY_OP_ADD_FLOAT': lambda a, b: a + b,
    'BINARY_OP_SUBTRACT_FLOAT': lambda a, b: a - b,
    'BINARY_OP_MULTIPLY_FLOAT': lambda a, b: a * b,
    'BINARY_OP_TRUE_DIVIDE_FLOAT': lambda a, b: a / b,
    'BINARY_OP_FLOOR_DIVIDE_FLOAT': lambda a, b: a // b,
    'BINARY_OP_REMAINDER_FLOAT': lambda a, b: a % b,
    'COMPARE_LT_FLOAT': lambda a, b: a < b,
    'COMPARE_LE_FLOAT': lambda a, b: a <= b,
    'COMPARE_EQ_FLOAT': lambda a, b: a == b,
    'COMPARE_NE_FLOAT': lambda a, b: a != b,
    'COMPARE_GT_FLOAT': lambda a, b: a > b,
    'COMPARE_GE_FLOAT': lambda a, b: a >= b,
}
FLOAT_UNARY = {
    'UNARY_NEGATIVE_FLOAT': lambda a: -a,
    'FLOAT_TO_INT': float_to_int,
    'TO_BOOL_FLOAT': bool,
    'MATH_SQRT': math.sqrt,
    'MATH_FABS': math.fabs,
    'MATH_SIN': math.sin,
    'MATH_COS': math.cos,
    'MATH_TAN': math.tan,
    'MATH_ATAN': math.atan,
    'MATH_EXP': math.exp,
    'MATH_LOG': math.log,
}
EXTRA_FLOATS = [-1e-310, 1e-310, 1e308, 88.0, -88.0, 1e16, 3.141592653589793, 1e-5]


def main():
    out = [l for l in __doc__.splitlines()]
    lines = ['# ' + l if l else '#' for l in out]
    for name, f in INT_BINARY.items():
        for a in INTS:
            for b in INTS:
                lines.append('\t'.join([name, str(a), str(b), int_result(f, a, b)]))
    for name, f in INT_UNARY.items():
        for a in INTS:
            lines.append('\t'.join([name, str(a), '-', int_result(lambda x, _: f(x), a, None)]))
    for a in (0, 1):
        lines.append('\t'.join(['UNARY_NOT', str(a), '-', fmt(not a)]))
    for name, f in FLOAT_BINARY.items():
        for a in FLOATS:
            for b in FLOATS:
                lines.append('\t'.join([name, fbits(a), fbits(b), int_result(f, a, b)]))
    for name, f in FLOAT_UNARY.items():
        for a in FLOATS + EXTRA_FLOATS:
            lines.append('\t'.join([name, fbits(a), '-', int_result(lambda x, _: f(x), a, None)]))
    ranges = [(0, 10, 1), (0, 10, 3), (10, 0, -3), (5, 5, 1), (5, 5, -1), (0, -1, 1),
              (-5, 5, 2), (MAX - 10, MAX, 3), (MAX - 2, MAX, 1), (MAX - 10, MAX, 7),
              (MIN + 10, MIN, -3), (MIN + 2, MIN, -1), (MIN, MAX, 2**62), (MAX, MIN, -2**62),
              (MAX, MIN, MIN), (MIN, MAX, MAX), (0, 1, MAX), (0, -1, MIN)]
    # around unrolled loops' groups (RangeLoopUnroller: 4 to 16 copies, tests with 2 to 16): every
    # length up to 25 and around two and three groups of 16, groups ending exactly at the 64-bit limits, steps whose
    # multiple by the group size overflows while the range still has that many values
    ranges += [(0, n, 1) for n in list(range(0, 26)) + [31, 32, 33, 48, 49]] + [(0, -n, -1) for n in (1, 7, 8, 9, 17)]
    ranges += [(3, -30, -4), (-7, 40, 5), (MAX - 8, MAX, 1), (MAX - 9, MAX, 1),
               (MAX - 17, MAX, 1), (MAX - 16, MAX, 2), (MAX - 15, MAX, 2), (MIN + 8, MIN, -1),
               (MIN + 9, MIN, -1), (MIN + 16, MIN, -2), (MIN, MAX, 2**59), (MIN, MAX, 2**60),
               (MIN, MAX, 2**61), (MAX, MIN, -2**59), (MAX, MIN, -2**60), (MIN, MAX, 3 * 2**58),
               (MAX - 2**62, MAX, 2**59), (MIN + 2**62, MIN, -2**59)]
    for start, stop, step in ranges:
        r = range(start, stop, step)
        first, last = (r[0], r[-1]) if len(r) else (0, 0)
        lines.append('\t'.join(['RANGE', str(start), str(stop), str(step),
                                str(len(r)), str(first), str(last)]))
    for n in range(0, 4):
        lst = [100 + k for k in range(n)]
        for i in (-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, MIN, MAX):
            try:
                v = str(lst[i])
            except IndexError:
                v = 'exit'
            lines.append('\t'.join(['LIST', str(n), str(i), v]))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'boundaries.tsv')
    with open(path, 'w') as fp:
        fp.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
