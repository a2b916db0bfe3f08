#!/usr/bin/env python3
"""Runs random uop traces with CPython's own arithmetic: the expectations of RandomTraceTest.

Regenerate (from the repository root, after `mvn -o -q -pl core test-compile`):
    java -cp core/target/classes:core/target/test-classes \\
        org.pyjit.jit.uop.RandomTraceCases /tmp/random-cases.txt
    PYENV_VERSION=3.13.0 python3 core/src/test/resources/uops/random_traces.py \\
        /tmp/random-cases.txt > core/src/test/resources/uops/random-traces.tsv

The cases (traces in the text form of docs/internals/tier2.md, with their frames, lists,
budgets and interrupt flags) come from RandomTraces by seed; this script is an independent evaluator of the
tier-2 semantics written with Python values: ints are Python ints (an exit wherever the
result leaves 64 bits, or Python raises), floats are Python floats, list indexing is
Python's, `range` decides when a range iteration ends, math functions are the math
module's. Output, one TAB-separated line per case: seed, CRC-32 of the trace text (so a
changed generator is noticed), exit index, budget left, the frame, the int list, the float
list (ints decimal, floats 'f' + 16 hex digits of the bits or 'nan', list pointers 'L').
"""
import math
import struct
import sys
import zlib

MIN, MAX = -2**63, 2**63 - 1


def fits(x):
    return MIN <= x <= MAX


def dec(s):
    if s == 'nan':
        return math.nan
    if s.startswith('f'):
        return struct.unpack('<d', struct.pack('<Q', int(s[1:], 16)))[0]
    if s == 'L':
        return 'L'
    return int(s)


def enc(v):
    if isinstance(v, list):
        return 'L'
    if isinstance(v, float):
        if math.isnan(v):
            return 'nan'
        return 'f%016x' % struct.unpack('<Q', struct.pack('<d', v))[0]
    return str(v)


class Leave(Exception):
    pass


def parse_trace(lines):
    labels, code = {}, []
    for line in lines[1:]:
        line = line.strip()
        if not line or line.startswith('exit '):
            continue
        if line.endswith(':'):
            labels[line[:-1]] = len(code)
            continue
        name, _, rest = line.partition(' ')
        ops = [o.strip() for o in rest.split(',')] if rest else []
        code.append((name, ops))
    return code, labels


INT_BIN = {
    'BINARY_OP_ADD_INT': lambda a, b: a + b,
    'BINARY_OP_SUBTRACT_INT': lambda a, b: a - b,
    'BINARY_OP_MULTIPLY_INT': lambda a, b: a * b,
    'BINARY_OP_FLOOR_DIVIDE_INT': lambda a, b: a // b,
    'BINARY_OP_REMAINDER_INT': lambda a, b: a % b,
    'BINARY_OP_AND_INT': lambda a, b: a & b,
    'BINARY_OP_OR_INT': lambda a, b: a | b,
    'BINARY_OP_XOR_INT': lambda a, b: a ^ b,
    'BINARY_OP_RSHIFT_INT': lambda a, b: a >> b,
}
FLOAT_BIN = {
    'BINARY_OP_ADD_FLOAT': lambda a, b: a + b,
    'BINARY_OP_SUBTRACT_FLOAT': lambda a, b: a - b,
    'BINARY_OP_MULTIPLY_FLOAT': lambda a, b: a * b,
    'BINARY_OP_TRUE_DIVIDE_FLOAT': lambda a, b: a / b,
    'BINARY_OP_FLOOR_DIVIDE_FLOAT': lambda a, b: a // b,
    'BINARY_OP_REMAINDER_FLOAT': lambda a, b: a % b,
}
COMPARE = {'LT': lambda a, b: a < b, 'LE': lambda a, b: a <= b, 'EQ': lambda a, b: a == b,
           'NE': lambda a, b: a != b, 'GT': lambda a, b: a > b, 'GE': lambda a, b: a >= b}
MATH = {'MATH_SQRT': math.sqrt, 'MATH_FABS': math.fabs, 'MATH_SIN': math.sin,
        'MATH_COS': math.cos, 'MATH_TAN': math.tan, 'MATH_ATAN': math.atan,
        'MATH_EXP': math.exp, 'MATH_LOG': math.log}


def run(code, labels, frame, budget, interrupt):
    def slot(o):
        return int(o[1:])

    def leave(o):
        raise Leave(int(o[1:]))

    pc = 0
    try:
        while True:
            name, ops = code[pc]
            pc += 1
            s = [slot(o) if o[:1] == 's' and o[1:].isdigit() else None for o in ops]
            if name == 'NOP':
                pass
            elif name == 'LOAD_CONST_INT':
                frame[s[0]] = int(ops[1])
            elif name == 'LOAD_CONST_FLOAT':
                frame[s[0]] = float(ops[1])
            elif name == 'COPY':
                frame[s[0]] = frame[s[1]]
            elif name in INT_BIN or name == 'BINARY_OP_LSHIFT_INT':
                a, b = frame[s[1]], frame[s[2]]
                try:
                    if name == 'BINARY_OP_LSHIFT_INT':
                        if b < 0:
                            raise ValueError('negative shift count')
                        # a << b for b >= 64 cannot fit unless a == 0 (do not build it)
                        r = 0 if a == 0 else (2**64 if b >= 64 else a << b)
                    else:
                        r = INT_BIN[name](a, b)
                except (ZeroDivisionError, ValueError):
                    leave(ops[3])
                if not fits(r):
                    leave(ops[3])
                frame[s[0]] = r
            elif name == 'BINARY_OP_TRUE_DIVIDE_INT':
                a, b = frame[s[1]], frame[s[2]]
                if b == 0 or abs(a) > 2**53 or abs(b) > 2**53:
                    leave(ops[3])
                frame[s[0]] = a / b
            elif name == 'UNARY_NEGATIVE_INT':
                r = -frame[s[1]]
                if not fits(r):
                    leave(ops[2])
                frame[s[0]] = r
            elif name == 'UNARY_INVERT_INT':
                frame[s[0]] = ~frame[s[1]]
            elif name in FLOAT_BIN:
                try:
                    frame[s[0]] = FLOAT_BIN[name](frame[s[1]], frame[s[2]])
                except ZeroDivisionError:
                    leave(ops[3])
            elif name == 'UNARY_NEGATIVE_FLOAT':
                frame[s[0]] = -frame[s[1]]
            elif name == 'INT_TO_FLOAT':
                frame[s[0]] = float(frame[s[1]])
            elif name == 'FLOAT_TO_INT':
                try:
                    r = int(frame[s[1]])
                except (ValueError, OverflowError):
                    leave(ops[2])
                if not fits(r):
                    leave(ops[2])
                frame[s[0]] = r
            elif name.startswith('COMPARE_'):
                frame[s[0]] = int(COMPARE[name.split('_')[1]](frame[s[1]], frame[s[2]]))
            elif name in ('TO_BOOL_INT', 'TO_BOOL_FLOAT'):
                frame[s[0]] = int(bool(frame[s[1]]))
            elif name == 'UNARY_NOT':
                frame[s[0]] = int(not frame[s[1]])
            elif name == 'GUARD_IS_TRUE':
                if not frame[s[0]]:
                    leave(ops[1])
            elif name == 'GUARD_IS_FALSE':
                if frame[s[0]]:
                    leave(ops[1])
            elif name == 'JUMP_IF_TRUE':
                if frame[s[0]]:
                    pc = labels[ops[1]]
            elif name == 'JUMP_IF_FALSE':
                if not frame[s[0]]:
                    pc = labels[ops[1]]
            elif name == 'JUMP':
                pc = labels[ops[0]]
            elif name == 'JUMP_BACKWARD':
                if interrupt or budget <= 0:
                    leave(ops[1])
                budget -= 1
                pc = labels[ops[0]]
            elif name == 'JUMP_BACKWARD_RANGE':
                if interrupt or budget <= 0:
                    leave(ops[3])
                budget -= 1
                r = s[1]
                cur, stop, step = frame[r], frame[r + 1], frame[r + 2]
                if len(range(cur, stop, step)) != 0:
                    frame[s[0]] = cur
                    nxt = cur + step
                    frame[r] = nxt if fits(nxt) else stop
                    pc = labels[ops[2]]
            elif name == 'EXIT':
                leave(ops[0])
            elif name == 'FOR_ITER_RANGE':
                r = s[1]
                cur, stop, step = frame[r], frame[r + 1], frame[r + 2]
                if len(range(cur, stop, step)) == 0:
                    pc = labels[ops[2]]
                else:
                    frame[s[0]] = cur
                    nxt = cur + step
                    frame[r] = nxt if fits(nxt) else stop
            elif name == 'LIST_LEN':
                frame[s[0]] = len(frame[s[1]])
            elif name == 'BINARY_SUBSCR_LIST_INT':
                try:
                    frame[s[0]] = frame[s[1]][frame[s[2]]]
                except IndexError:
                    leave(ops[3])
            elif name == 'STORE_SUBSCR_LIST_INT':
                try:
                    frame[s[1]][frame[s[2]]] = frame[s[0]]
                except IndexError:
                    leave(ops[3])
            elif name in MATH:
                try:
                    frame[s[0]] = MATH[name](frame[s[1]])
                except (ValueError, OverflowError):
                    leave(ops[2])
            else:
                raise SystemExit('unknown uop ' + name)
    except Leave as e:
        return e.args[0], budget


def main():
    text = open(sys.argv[1]).read()
    out = []
    for block in text.split('case ')[1:]:
        lines = block.split('\n')
        seed = int(lines[0])
        budget = int(lines[1].split()[1])
        interrupt = lines[2].split()[1] == '1'
        frame = [dec(v) for v in lines[3].split()[1:]]
        ints = [dec(v) for v in lines[4].split()[1:]]
        floats = [dec(v) for v in lines[5].split()[1:]]
        trace_lines = lines[6:lines.index('end')]
        trace_text = '\n'.join(trace_lines) + '\n'
        code, labels = parse_trace(trace_lines)
        frame[20] = ints  # the list pointer slots (RandomTraces.INT_LIST, FLOAT_LIST)
        frame[22] = floats
        exit_index, left = run(code, labels, frame, budget, interrupt)
        out.append('\t'.join([str(seed), str(zlib.crc32(trace_text.encode())), str(exit_index),
                              str(left), ' '.join(enc(v) for v in frame),
                              ' '.join(enc(v) for v in ints), ' '.join(enc(v) for v in floats)]))
    sys.stdout.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
