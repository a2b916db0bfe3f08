#!/usr/bin/env python3
"""Regenerates golden.txt, the byte-for-byte expectations of org.pyjit.jit.x64.Assembler.

Run through tools/regen-x64-golden.sh (needs GNU binutils: as, nm, objcopy); with a
directory argument it writes there instead (what `regen-x64-golden.sh --check` compares).

Every case is one call of the Assembler API together with the same instruction in GNU as's
Intel syntax. All cases are assembled in one file, each after its own symbol; the bytes of a
case are the .text bytes between its symbol and the next one. So the expected bytes come
from GNU as, never from the assembler under test.

golden.txt: one case a line, TAB-separated: id, call, as text, hex bytes. The call is
`method arg...` where an arg is a register (RAX..R15, XMM0..XMM15), `cc:NAME` (a Cond),
`i:N` (int), `l:N` (long), `m:BASE,INDEX,SCALE,DISP` (Mem.at, or Mem.abs when BASE is `-`;
`-` for no index), `s:NAME` (a String: an external symbol, whose field as leaves zero) or
`rip:D` (Mem.rip to a label D bytes after the end of the instruction; the test binds a
label there).

golden-programs.txt: small functions with labels (forward, backward, short/near branches)
and constant pools, one a line: id, `;`-separated calls, the as text (`;`-separated lines),
hex bytes. In calls, `L:name` is a label (`bind L:name` binds it), `rip:L:name` is Mem.rip of
it and `rip:L:name:OFF` Mem.rip(label, OFF), `nops:N` is N one-byte nops, and `pool:d:BITS`, `pool:q:V`, `pool:x:LO,HI` are the
operands returned by constDouble(longBitsToDouble(BITS)), constLong(V), const128(LO, HI).
"""
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

REGS = ['RAX', 'RCX', 'RDX', 'RBX', 'RSP', 'RBP', 'RSI', 'RDI',
        'R8', 'R9', 'R10', 'R11', 'R12', 'R13', 'R14', 'R15']
NAMES = {
    64: ['rax', 'rcx', 'rdx', 'rbx', 'rsp', 'rbp', 'rsi', 'rdi'] + ['r%d' % i for i in range(8, 16)],
    32: ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi'] + ['r%dd' % i for i in range(8, 16)],
    16: ['ax', 'cx', 'dx', 'bx', 'sp', 'bp', 'si', 'di'] + ['r%dw' % i for i in range(8, 16)],
    8: ['al', 'cl', 'dl', 'bl', 'spl', 'bpl', 'sil', 'dil'] + ['r%db' % i for i in range(8, 16)],
}
XMMS = ['XMM%d' % i for i in range(16)]
CONDS = ['O', 'NO', 'B', 'AE', 'E', 'NE', 'BE', 'A', 'S', 'NS', 'P', 'NP', 'L', 'GE', 'LE', 'G']
PTR = {8: 'byte ptr ', 16: 'word ptr ', 32: 'dword ptr ', 64: 'qword ptr ', 128: 'xmmword ptr ',
       0: ''}


class M:
    """A memory operand: base/index are register numbers or None; rip means [rip + disp]."""

    def __init__(self, base=None, index=None, scale=1, disp=0, rip=False):
        self.base, self.index, self.scale, self.disp, self.rip = base, index, scale, disp, rip

    def call(self):
        if self.rip:
            return 'rip:%d' % self.disp
        b = REGS[self.base] if self.base is not None else '-'
        i = REGS[self.index] if self.index is not None else '-'
        return 'm:%s,%s,%d,%d' % (b, i, self.scale, self.disp)

    def gas(self, size):
        if self.rip:
            return '%s[rip %s %d]' % (PTR[size], '-' if self.disp < 0 else '+', abs(self.disp))
        parts = []
        if self.base is not None:
            parts.append(NAMES[64][self.base])
        if self.index is not None:
            parts.append('%s*%d' % (NAMES[64][self.index], self.scale))
        text = ' + '.join(parts)
        if self.disp or not parts:
            if not parts:
                text = '%d' % self.disp
            else:
                text += ' %s %d' % ('-' if self.disp < 0 else '+', abs(self.disp))
        return '%s[%s]' % (PTR[size], text)


DISPS = [0, 1, -1, 8, 127, -128, 128, -129, 0x1234, 0x7fffffff, -0x80000000]


def mem_full():
    out = []
    for b in range(16):
        for d in DISPS:
            out.append(M(b, None, 1, d))
    k = 0
    for b in range(16):
        for i in range(16):
            if i == 4:
                continue
            out.append(M(b, i, [1, 2, 4, 8][k % 4], [0, 8, -300, 127, 0x10000][k % 5]))
            k += 1
    for d in [0, 0x1000, -4, 0x7fffffff, -0x80000000]:
        out.append(M(None, None, 1, d))
    for i in range(16):
        if i != 4:
            out.append(M(None, i, [1, 2, 4, 8][i % 4], [0, 8, -16, 0x12345][i % 4]))
    for d in [0, 1, 16, 300, -300]:
        out.append(M(rip=True, disp=d))
    return out


def mem_small():
    return [M(0), M(4), M(5), M(12), M(13), M(15, None, 1, 8), M(5, None, 1, -8),
            M(4, None, 1, 0x100), M(13, 0, 8, 0), M(0, 12, 2, 127), M(3, 9, 4, -128),
            M(12, 13, 8, 0x12345), M(4, 5, 1, 0), M(7, 15, 1, -0x80000000),
            M(None, None, 1, 0x1000), M(None, 11, 8, 64), M(rip=True, disp=0),
            M(rip=True, disp=100), M(rip=True, disp=-200)]


IMMS = [0, 1, -1, 2, 127, -128, 128, -129, 255, 256, 0x1234, -0x10000, 0x7fffffff, -0x80000000]
ALL_PAIRS = [(a, b) for a in range(16) for b in range(16)]
SOME_PAIRS = [(i, (i * 5 + 3) % 16) for i in range(16)] + [(i, i) for i in (0, 4, 5, 12, 13)] \
    + [(0, 8), (8, 0), (15, 7), (7, 15), (4, 12), (12, 4), (5, 13), (13, 5)]

cases = []  # (call, gas)


def add(call, gas):
    cases.append((call, gas))


def reg(size, n):
    return NAMES[size][n]


def gen_rr(method, mnem, sd, ss, pairs, dkind='r', skind='r'):
    for a, b in pairs:
        ca = XMMS[a] if dkind == 'x' else REGS[a]
        cb = XMMS[b] if skind == 'x' else REGS[b]
        ga = 'xmm%d' % a if dkind == 'x' else reg(sd, a)
        gb = 'xmm%d' % b if skind == 'x' else reg(ss, b)
        add('%s %s %s' % (method, ca, cb), '%s %s, %s' % (mnem, ga, gb))


def gen_rm(method, mnem, sd, msize, mems, dkind='r', tail=None):
    for k, m in enumerate(mems):
        r = k % 16
        cr = XMMS[r] if dkind == 'x' else REGS[r]
        gr = 'xmm%d' % r if dkind == 'x' else reg(sd, r)
        call = '%s %s %s' % (method, cr, m.call())
        gas = '%s %s, %s' % (mnem, gr, m.gas(msize))
        if tail is not None:
            t = tail[k % len(tail)]
            call += ' i:%d' % t
            gas += ', %d' % t
        add(call, gas)


def gen_mr(method, mnem, msize, ssize, mems, skind='r'):
    for k, m in enumerate(mems):
        r = (k * 7 + 3) % 16
        cr = XMMS[r] if skind == 'x' else REGS[r]
        gr = 'xmm%d' % r if skind == 'x' else reg(ssize, r)
        add('%s %s %s' % (method, m.call(), cr), '%s %s, %s' % (mnem, m.gas(msize), gr))


def gen_ri(method, mnem, size, imms, regs=range(16)):
    k = 0
    for r in regs:
        for i in imms:
            if (k % 3 == 0) or r in (0, 4, 5, 8, 12, 13, 15):
                add('%s %s i:%d' % (method, REGS[r], i), '%s %s, %d' % (mnem, reg(size, r), i))
            k += 1


def gen_mi(method, mnem, msize, imms, mems):
    for k, m in enumerate(mems):
        i = imms[k % len(imms)]
        add('%s %s i:%d' % (method, m.call(), i), '%s %s, %d' % (mnem, m.gas(msize), i))
    for i in imms:
        m = M(3, None, 1, 16)
        add('%s %s i:%d' % (method, m.call(), i), '%s %s, %d' % (mnem, m.gas(msize), i))


def gen_r(method, mnem, size):
    for r in range(16):
        add('%s %s' % (method, REGS[r]), '%s %s' % (mnem, reg(size, r)))


def gen_m(method, mnem, msize, mems):
    for m in mems:
        add('%s %s' % (method, m.call()), '%s %s' % (mnem, m.gas(msize)))


def generate():
    full, small = mem_full(), mem_small()
    # mov family
    gen_rr('movq', 'mov', 64, 64, ALL_PAIRS)
    gen_rm('movq', 'mov', 64, 64, full)
    gen_mr('movq', 'mov', 64, 64, full)
    gen_ri('movq', 'mov', 64, IMMS)
    gen_mi('movq', 'mov', 64, IMMS, small)
    gen_rr('movl', 'mov', 32, 32, ALL_PAIRS)
    gen_rm('movl', 'mov', 32, 32, small)
    gen_mr('movl', 'mov', 32, 32, small)
    gen_ri('movl', 'mov', 32, IMMS)
    gen_mi('movl', 'mov', 32, IMMS, small)
    gen_mr('movw', 'mov', 16, 16, small)
    gen_mi('movw', 'mov', 16, [0, 1, -1, 0x7fff, -0x8000, 0xffff], small)
    gen_mr('movb', 'mov', 8, 8, small + [M(0)] * 0)
    for r in range(16):
        m = M(3, None, 1, 8)
        add('movb %s %s' % (m.call(), REGS[r]), 'mov %s, %s' % (m.gas(8), reg(8, r)))
    gen_mi('movb', 'mov', 8, [0, 1, -1, 127, -128, 255], small)
    for r in range(16):
        for v in [0, 1, -1, 0x7fffffff, 0x80000000, -0x80000001, 0x123456789abcdef0,
                  -0x8000000000000000, 0x7fffffffffffffff]:
            if r % 4 == 0 or v in (0x123456789abcdef0, -1):
                add('movabs %s l:%d' % (REGS[r], v), 'movabs %s, %d' % (reg(64, r), v))
    for meth, mnem, ds, ss, ms in [('movzbl', 'movzx', 32, 8, 8), ('movzwl', 'movzx', 32, 16, 16),
                                   ('movzbq', 'movzx', 64, 8, 8), ('movzwq', 'movzx', 64, 16, 16),
                                   ('movsbl', 'movsx', 32, 8, 8), ('movswl', 'movsx', 32, 16, 16),
                                   ('movsbq', 'movsx', 64, 8, 8), ('movswq', 'movsx', 64, 16, 16),
                                   ('movslq', 'movsxd', 64, 32, 32)]:
        gen_rr(meth, mnem, ds, ss, ALL_PAIRS if ss == 8 else SOME_PAIRS)
        gen_rm(meth, mnem, ds, ms, small)
    gen_rm('leaq', 'lea', 64, 0, full)
    # The other operand shapes with every memory operand too: reg field + immediate after
    # the displacement, 32-bit operand size, a 66/F2 prefix before REX, a 3-byte opcode.
    gen_rm('addq', 'add', 64, 64, full)
    gen_mi('cmpq', 'cmp', 64, IMMS, full)
    gen_rm('movl', 'mov', 32, 32, full)
    gen_mi('movw', 'mov', 16, [0, 1, -1, 0x7fff, -0x8000, 0xffff], full)
    gen_mi('shlq', 'shl', 64, [1, 5], full)
    gen_rm('cvtsi2sdq', 'cvtsi2sd', 0, 64, full, 'x')
    gen_rm('roundsd', 'roundsd', 0, 64, full, 'x', tail=[0, 1, 2, 3, 9])
    gen_rm('leal', 'lea', 32, 0, small)
    # ALU
    for op in ['add', 'sub', 'and', 'or', 'xor', 'cmp']:
        for suf, size in [('q', 64), ('l', 32)]:
            gen_rr(op + suf, op, size, size, ALL_PAIRS if op in ('add', 'cmp') else SOME_PAIRS)
            gen_rm(op + suf, op, size, size, small)
            gen_mr(op + suf, op, size, size, small)
            gen_ri(op + suf, op, size, IMMS)
            gen_mi(op + suf, op, size, IMMS, small)
    gen_mi('cmpb', 'cmp', 8, [0, 1, -1, 127, -128, 255], small)
    gen_mi('testb', 'test', 8, [0, 1, -1, 127, -128, 255], small)
    for suf, size in [('q', 64), ('l', 32)]:
        gen_rr('test' + suf, 'test', size, size, SOME_PAIRS)
        gen_ri('test' + suf, 'test', size, IMMS)
        gen_mr('test' + suf, 'test', size, size, small)
        gen_mi('test' + suf, 'test', size, IMMS, small)
        for op in ['neg', 'not', 'inc', 'dec', 'idiv', 'div']:
            gen_r(op + suf, op, size)
            gen_m(op + suf, op, size, small)
        gen_rr('imul' + suf, 'imul', size, size, SOME_PAIRS)
        gen_rm('imul' + suf, 'imul', size, size, small)
        for k, (a, b) in enumerate(SOME_PAIRS):
            for i in [IMMS[k % len(IMMS)], IMMS[(k + 5) % len(IMMS)]]:
                add('imul%s %s %s i:%d' % (suf, REGS[a], REGS[b], i),
                    'imul %s, %s, %d' % (reg(size, a), reg(size, b), i))
        gen_rm('imul' + suf, 'imul', size, size, small, tail=IMMS)
        counts = [0, 1, 2, 7, 31] + ([32, 63] if size == 64 else [])
        for op in ['shl', 'shr', 'sar', 'rol', 'ror']:
            gen_ri(op + suf, op, size, counts)
            for r in range(16):
                add('%s%s %s' % (op, suf, REGS[r]), '%s %s, cl' % (op, reg(size, r)))
            gen_mi(op + suf, op, size, counts, small)
            for m in small:
                add('%s%s %s' % (op, suf, m.call()), '%s %s, cl' % (op, m.gas(size)))
        for k, c in enumerate(CONDS):
            gen_rr('cmov' + suf + ' cc:' + c, 'cmov' + c.lower(), size, size,
                   SOME_PAIRS[k::4] if size == 32 else SOME_PAIRS)
            gen_rm('cmov' + suf + ' cc:' + c, 'cmov' + c.lower(), size, size, small[k % 5::5])
    gen_r('imulq', 'imul', 64)
    gen_r('mulq', 'mul', 64)
    add('cqo', 'cqo')
    add('cdq', 'cdq')
    for c in CONDS:
        for r in range(16):
            add('setcc cc:%s %s' % (c, REGS[r]), 'set%s %s' % (c.lower(), reg(8, r)))
        gen_m('setcc cc:' + c, 'set' + c.lower(), 8, small[::4])
    gen_rr('xchgq', 'xchg', 64, 64, SOME_PAIRS + [(0, i) for i in range(16)] + [(i, 0) for i in range(16)])
    gen_r('bswapq', 'bswap', 64)
    gen_r('bswapl', 'bswap', 32)
    for op in ['popcnt', 'lzcnt', 'tzcnt']:
        gen_rr(op + 'q', op, 64, 64, SOME_PAIRS)
        gen_rm(op + 'q', op, 64, 64, small)
    # control flow (label branches are in the program cases)
    for r in range(16):
        add('jmp %s' % REGS[r], 'jmp %s' % reg(64, r))
        add('call %s' % REGS[r], 'call %s' % reg(64, r))
        add('push %s' % REGS[r], 'push %s' % reg(64, r))
        add('pop %s' % REGS[r], 'pop %s' % reg(64, r))
    gen_m('jmp', 'jmp', 64, small)
    gen_m('call', 'call', 64, small)
    for i in IMMS:
        add('push i:%d' % i, 'push %d' % i)
    add('ret', 'ret')
    add('ud2', 'ud2')
    # External symbols: the field is left zero (the relocation is checked by AssemblerTest).
    add('callExternal s:ext', 'call ext')
    add('jmpExternal s:ext', '{disp32} jmp ext')
    for c in CONDS:
        add('jccExternal cc:%s s:ext' % c, '{disp32} j%s ext' % c.lower())
    for r in range(16):
        add('movabs %s s:ext' % REGS[r], 'movabs %s, offset ext' % reg(64, r))
    add('nop', 'nop')
    add('int3', 'int3')
    # SSE2 / SSE4.1
    gen_rr('movsd', 'movsd', 0, 0, ALL_PAIRS, 'x', 'x')
    gen_rm('movsd', 'movsd', 0, 64, full, 'x')
    gen_mr('movsd', 'movsd', 64, 0, full, 'x')
    gen_rr('movapd', 'movapd', 0, 0, SOME_PAIRS, 'x', 'x')
    gen_rr('movq', 'movq', 0, 64, ALL_PAIRS, 'x', 'r')
    gen_rr('movq', 'movq', 64, 0, ALL_PAIRS, 'r', 'x')
    for op, msize in [('addsd', 64), ('subsd', 64), ('mulsd', 64), ('divsd', 64), ('sqrtsd', 64),
                      ('minsd', 64), ('maxsd', 64), ('ucomisd', 64), ('comisd', 64),
                      ('xorpd', 128), ('andpd', 128), ('andnpd', 128), ('orpd', 128)]:
        gen_rr(op, op, 0, 0, ALL_PAIRS if op in ('addsd', 'ucomisd') else SOME_PAIRS, 'x', 'x')
        gen_rm(op, op, 0, msize, small, 'x')
    gen_rr('pxor', 'pxor', 0, 0, SOME_PAIRS, 'x', 'x')
    for suf, size in [('q', 64), ('l', 32)]:
        gen_rr('cvtsi2sd' + suf, 'cvtsi2sd', 0, size, SOME_PAIRS, 'x', 'r')
        gen_rm('cvtsi2sd' + suf, 'cvtsi2sd', 0, size, small, 'x')
        gen_rr('cvttsd2si' + suf, 'cvttsd2si', size, 0, SOME_PAIRS, 'r', 'x')
        gen_rm('cvttsd2si' + suf, 'cvttsd2si', size, 64, small)
        gen_rr('cvtsd2si' + suf, 'cvtsd2si', size, 0, SOME_PAIRS, 'r', 'x')
        gen_rm('cvtsd2si' + suf, 'cvtsd2si', size, 64, small)
    gen_rr('movmskpd', 'movmskpd', 32, 0, SOME_PAIRS, 'r', 'x')
    for k, (a, b) in enumerate(SOME_PAIRS):
        mode = k % 16
        add('roundsd XMM%d XMM%d i:%d' % (a, b, mode), 'roundsd xmm%d, xmm%d, %d' % (a, b, mode))
    gen_rm('roundsd', 'roundsd', 0, 64, small, 'x', tail=[0, 1, 2, 3, 4, 8, 9, 11, 15])


# ------------------------------------------------------------------ programs with labels

def programs():
    """Small functions: (calls, as text). Labels are L:name; pool operands pool:d:HEX or
    pool:q:HEX or pool:x:LO,HI (constDouble by bits, constLong, const128)."""
    progs = []

    def nops(n):
        return ('nops:%d' % n, '.fill %d, 1, 0x90' % n) if n else ([], [])

    def prog(parts):
        calls, gas = [], []
        for c, g in parts:
            calls += c if isinstance(c, list) else [c]
            gas += g if isinstance(g, list) else [g]
        progs.append(('; '.join(calls), '; '.join(gas)))

    # Backward branches at distances around the rel8 limit, for jmp and every jcc.
    for cc in [None] + CONDS:
        m = 'jmp' if cc is None else 'j' + cc.lower()
        call = 'jmp L:a' if cc is None else 'jcc cc:%s L:a' % cc
        for n in [0, 1, 100, 125, 126, 127, 128, 129, 200, 1000]:
            prog([('bind L:a', '.La:'), nops(n), (call, '%s .La' % m), ('ret', 'ret')])
    # Forward branches: rel32 unless the short form is asked for.
    for cc in [None] + CONDS:
        m = 'jmp' if cc is None else 'j' + cc.lower()
        call = 'jmp L:a' if cc is None else 'jcc cc:%s L:a' % cc
        short = 'jmpShort L:a' if cc is None else 'jccShort cc:%s L:a' % cc
        for n in [0, 1, 127, 300]:
            prog([(call, '{disp32} %s .La' % m), nops(n), ('bind L:a', '.La:'), ('ret', 'ret')])
        for n in [0, 1, 50, 127]:
            prog([(short, '%s .La' % m), nops(n), ('bind L:a', '.La:'), ('ret', 'ret')])
    # call to labels both ways, and a loop.
    for n in [0, 5, 200]:
        prog([('call L:f', 'call .Lf'), nops(n), ('ret', 'ret'), ('bind L:f', '.Lf:'),
              ('movl RAX i:1', 'mov eax, 1'), ('ret', 'ret')])
        prog([('bind L:f', '.Lf:'), ('movl RAX i:1', 'mov eax, 1'), ('ret', 'ret'), nops(n),
              ('call L:f', 'call .Lf'), ('ret', 'ret')])
    prog([('xorl RAX RAX', 'xor eax, eax'), ('movl RCX i:10', 'mov ecx, 10'),
          ('bind L:loop', '.Lloop:'), ('addq RAX RCX', 'add rax, rcx'), ('decq RCX', 'dec rcx'),
          ('jcc cc:NE L:loop', 'jne .Lloop'), ('testq RAX RAX', 'test rax, rax'),
          ('jcc cc:S L:neg', '{disp32} js .Lneg'), ('ret', 'ret'), ('bind L:neg', '.Lneg:'),
          ('negq RAX', 'neg rax'), ('ret', 'ret')])
    # RIP-relative operands to labels, forward and backward, with an immediate after.
    prog([('leaq RAX rip:L:d', 'lea rax, [rip + .Ld]'), ('ret', 'ret'), ('bind L:d', '.Ld:'),
          ('int3', 'int3')])
    prog([('bind L:d', '.Ld:'), ('int3', 'int3'), ('movq RAX rip:L:d', 'mov rax, qword ptr [rip + .Ld]'),
          ('ret', 'ret')])
    prog([('roundsd XMM1 rip:L:d i:3', 'roundsd xmm1, qword ptr [rip + .Ld], 3'),
          ('cmpl rip:L:d i:1000', 'cmp dword ptr [rip + .Ld], 1000'),
          ('movb rip:L:d i:7', 'mov byte ptr [rip + .Ld], 7'), ('ret', 'ret'), ('bind L:d', '.Ld:'),
          ('int3', 'int3')])
    # A byte offset from a label (Mem.rip(label, offset)), either side of it.
    for off in [8, -3, 1000]:
        prog([('bind L:d', '.Ld:'), ('int3', 'int3'),
              ('movsd XMM0 rip:L:d:%d' % off, 'movsd xmm0, qword ptr [rip + .Ld %+d]' % off),
              ('leaq R12 rip:L:e:%d' % off, 'lea r12, [rip + .Le %+d]' % off),
              ('ret', 'ret'), ('bind L:e', '.Le:'), ('int3', 'int3')])
    # Constant pools: 16-byte entries first (16-aligned), then 8-byte ones, int3 padding,
    # equal values shared.
    def pool(entries16, entries8):
        g = []
        if entries16:
            g += ['.p2align 4, 0xcc'] + ['.Lx%d: .quad %d, %d' % (i, lo, hi)
                                         for i, (lo, hi) in enumerate(entries16)]
        if entries8:
            g += ['.p2align 3, 0xcc'] + ['.Lq%d: .quad %d' % (i, v) for i, v in enumerate(entries8)]
        return g
    one = 0x3ff0000000000000
    two = 0x4000000000000000
    sign = -0x8000000000000000
    prog([('movsd XMM0 pool:d:%d' % one, 'movsd xmm0, qword ptr [rip + .Lq0]'), ('ret', 'ret'),
          ([], pool([], [one]))])
    prog([('movsd XMM0 pool:d:%d' % one, 'movsd xmm0, qword ptr [rip + .Lq0]'),
          ('addsd XMM0 pool:d:%d' % two, 'addsd xmm0, qword ptr [rip + .Lq1]'),
          ('mulsd XMM0 pool:d:%d' % one, 'mulsd xmm0, qword ptr [rip + .Lq0]'),
          ('addq RAX pool:q:12345', 'add rax, qword ptr [rip + .Lq2]'),
          ('xorpd XMM0 pool:x:%d,0' % sign, 'xorpd xmm0, xmmword ptr [rip + .Lx0]'),
          ('andpd XMM1 pool:x:%d,%d' % (0x7fffffffffffffff, 0x7fffffffffffffff),
           'andpd xmm1, xmmword ptr [rip + .Lx1]'),
          ('xorpd XMM2 pool:x:%d,0' % sign, 'xorpd xmm2, xmmword ptr [rip + .Lx0]'),
          ('ret', 'ret'), ([], pool([(sign, 0), (0x7fffffffffffffff, 0x7fffffffffffffff)],
                                    [one, two, 12345]))])
    for n in range(0, 17):
        prog([nops(n), ('ucomisd XMM3 pool:d:%d' % two, 'ucomisd xmm3, qword ptr [rip + .Lq0]'),
              ('andnpd XMM3 pool:x:1,2', 'andnpd xmm3, xmmword ptr [rip + .Lx0]'), ('ret', 'ret'),
              ([], pool([(1, 2)], [two]))])
    return progs


# ------------------------------------------------------------------ assembling

def assemble(texts):
    """Assembles each text after its own symbol; returns the bytes of each."""
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, 'c.s')
        with open(src, 'w') as f:
            f.write('.intel_syntax noprefix\n.text\n')
            for i, t in enumerate(texts):
                f.write('c%d:\n' % i)
                for line in t.split('; '):
                    f.write(line + '\n')
            f.write('c_end:\n')
        obj = os.path.join(d, 'c.o')
        r = subprocess.run(['as', '--64', '-o', obj, src], capture_output=True, text=True)
        if r.returncode != 0:
            lines = open(src).read().split('\n')
            for m in list(re.finditer(r':(\d+): (.*)', r.stderr))[:20]:
                print('as: %s: %s' % (m.group(2), lines[int(m.group(1)) - 1]), file=sys.stderr)
            sys.exit(1)
        syms = {}
        for line in subprocess.run(['nm', obj], capture_output=True, text=True,
                                   check=True).stdout.splitlines():
            f = line.split()
            if len(f) == 3:  # undefined (external) symbols have no address
                syms[f[2]] = int(f[0], 16)
        binf = os.path.join(d, 'c.bin')
        subprocess.run(['objcopy', '-O', 'binary', '--only-section=.text', obj, binf], check=True)
        data = open(binf, 'rb').read()
        out = []
        for i in range(len(texts)):
            end = syms['c%d' % (i + 1)] if i + 1 < len(texts) else syms['c_end']
            out.append(data[syms['c%d' % i]:end])
        return out


def write(path, rows, header, each=False):
    texts = [g for _, g in rows]
    blobs = [assemble([t])[0] for t in texts] if each else assemble(texts)
    with open(path, 'w') as f:
        f.write(header)
        for i, ((call, gas), b) in enumerate(zip(rows, blobs)):
            f.write('%d\t%s\t%s\t%s\n' % (i, call, gas, b.hex()))
    print('%s: %d cases' % (os.path.basename(path), len(rows)))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE  # another directory: for --check
    generate()
    version = subprocess.run(['as', '--version'], capture_output=True, text=True,
                             check=True).stdout.splitlines()[0]
    head = '# Generated by regen.py from %s; do not edit. Columns: id, call, as text, bytes.\n' % version
    write(os.path.join(out, 'golden.txt'), cases, head)
    # Each program is assembled alone: it reuses label names, and its pool alignment counts
    # from its own start.
    write(os.path.join(out, 'golden-programs.txt'), programs(), head, each=True)


if __name__ == '__main__':
    main()
