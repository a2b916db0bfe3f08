#!/usr/bin/env python3
"""Annotates one method compiled by HotSpot's C2 with perf samples, without hsdis.

HotSpot prints a compiled method's machine code as hex when hsdis is not installed
(-XX:CompileCommand=print,CLASS::METHOD); this script rebuilds the code bytes of one such
listing, disassembles them with objdump at their run-time addresses, keeps HotSpot's
relocation comments ({static_call}, {runtime_call UncommonTrapBlob}, oops, ...) above the
instructions they belong to, and prints each instruction's sample count from perf.

    java ... -XX:+UnlockDiagnosticVMOptions -XX:CompileCommand=quiet \\
        -XX:CompileCommand=print,org.pyjit.interp.Interpreter::loop ... > print.txt
    (the same run under: perf record -e cpu-clock -o perf.data -- java ...)
    perf script -i perf.data -F ip > ips.txt
    tools/perf/annotate-nmethod.py print.txt ips.txt          # lists the C2 compiles
    tools/perf/annotate-nmethod.py print.txt ips.txt N > N.s  # annotates the N-th one

The samples and the listing must come from the same process (the code's addresses differ
between runs). docs/internals/interpreter.md ("Calls and attribute access in steady
state") shows what it found on the interpreter's loop.
"""
import collections
import re
import subprocess
import sys
import tempfile

HEX = re.compile(r'^\s+0x([0-9a-f]+): ((?:[0-9a-f]{2,8}\s*\|?\s*)+)$')
COMMENT = re.compile(r'^\s+0x([0-9a-f]+): (;.*)$')
RANGE = re.compile(r'\[0x([0-9a-f]+),0x([0-9a-f]+)\]')


def compiles(lines):
    return [i for i, l in enumerate(lines) if l.startswith('Compiled method (c2)')]


def code_of(lines, first, last):
    """The main code's start address, its bytes, and the comments at each address."""
    start, data, comments = None, bytearray(), collections.defaultdict(list)
    for line in lines[first:last]:
        if start is None and 'main code' in line:
            start = int(RANGE.search(line).group(1), 16)
            continue
        m = HEX.match(line)
        if m and start is not None:
            at = int(m.group(1), 16) - start
            if at < len(data):
                continue  # a repeated line
            data += b'\x90' * (at - len(data)) + bytes.fromhex(
                m.group(2).replace('|', '').replace(' ', ''))
            continue
        m = COMMENT.match(line)
        if m:
            comments[int(m.group(1), 16)].append(m.group(2)[:160])
    return start, bytes(data), comments


def main():
    lines = open(sys.argv[1]).read().split('\n')
    ips = collections.Counter()
    for line in open(sys.argv[2]):
        try:
            ips[int(line.strip(), 16)] += 1
        except ValueError:
            pass
    heads = compiles(lines)
    if len(sys.argv) < 4:
        for n, i in enumerate(heads):
            start, data, _ = code_of(lines, i, heads[n + 1] if n + 1 < len(heads) else len(lines))
            hits = sum(c for a, c in ips.items() if start <= a < start + len(data))
            print(n, lines[i].strip(), '-', len(data), 'bytes,', hits, 'samples')
        return
    n = int(sys.argv[3])
    start, data, comments = code_of(lines, heads[n],
                                    heads[n + 1] if n + 1 < len(heads) else len(lines))
    with tempfile.NamedTemporaryFile(suffix='.bin') as f:
        f.write(data)
        f.flush()
        listing = subprocess.run(['objdump', '-D', '-b', 'binary', '-mi386:x86-64',
                                  '--adjust-vma=0x%x' % start, f.name],
                                 capture_output=True, text=True, check=True).stdout
    total = sum(c for a, c in ips.items() if start <= a < start + len(data))
    print('# %s: %d bytes at 0x%x, %d samples' % (lines[heads[n]].strip(), len(data), start, total))
    for line in listing.split('\n'):
        m = re.match(r'^\s+([0-9a-f]+):', line)
        if not m:
            continue
        at = int(m.group(1), 16)
        for c in comments.get(at, []):
            print('                 ' + c)
        hits = ips.get(at, 0)
        print(('%6d ' % hits if hits else '       ') + line)


if __name__ == '__main__':
    main()
