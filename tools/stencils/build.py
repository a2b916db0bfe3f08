#!/usr/bin/env python3
"""Builds the stencil table from the C templates (docs/internals/stencils.md).

    build.py C_ROOT OUT_FILE [--clang clang-19] [--listing FILE]

For each C_ROOT/stencils/<NAME>.c: clang -S with C_ROOT/stencils/FLAGS, a block-level pass over the
assembly (thread jumps, drop unreachable blocks and alignment, put the block that jumps to
_JIT_CONTINUE last and invert the conditional jumps around it, so that the jump is the last
instruction and the emitter can elide it), clang -c, then our own ELF reader takes .text, the
read-only data sections and their RELA relocations. Unknown relocation kinds, writable data
and any section we do not understand fail the build.

The output is a text table, committed, whose first lines give the digest of every input
(clang's version line, this script, FLAGS and the sources); StencilTableDigestTest recomputes
it in Java so a stale table fails the tests without clang.
"""
import hashlib
import os
import re
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

# RELA kinds we accept, by number (System V x86-64 psABI), and the name the table uses.
RELOC_KINDS = {
    1: "ABS64",       # R_X86_64_64
    2: "PC32",        # R_X86_64_PC32
    4: "PC32",        # R_X86_64_PLT32: a direct call/jmp; no PLT since every target is patched
    9: "GOTPC32",     # R_X86_64_GOTPCREL
    10: "ABS32",      # R_X86_64_32 (zero-extended)
    11: "ABS32S",     # R_X86_64_32S (sign-extended)
    41: "GOTPC32",    # R_X86_64_GOTPCRELX
    42: "GOTPC32",    # R_X86_64_REX_GOTPCRELX
}

JCC_INVERSE = {}
for a, b in [("je", "jne"), ("jz", "jnz"), ("jl", "jge"), ("jle", "jg"), ("jb", "jae"),
             ("jbe", "ja"), ("js", "jns"), ("jo", "jno"), ("jp", "jnp"), ("jc", "jnc"),
             ("jnae", "jnb"), ("jnge", "jnl"), ("jng", "jnle"), ("jna", "jnbe"),
             ("jpe", "jpo")]:
    JCC_INVERSE[a] = b
    JCC_INVERSE[b] = a

CONTINUE = "_JIT_CONTINUE"
JUMP_TARGET = "_JIT_JUMP_TARGET"


class BuildError(Exception):
    pass


def input_files(c_root):
    """Every file under C_ROOT (the stencils and the uops.h they include), by relative path
    with '/' separators, sorted."""
    out = []
    for d, _, files in os.walk(c_root):
        for f in files:
            out.append(os.path.relpath(os.path.join(d, f), c_root).replace(os.sep, "/"))
    return sorted(out)


def digest(clang_version, c_root):
    """sha256 over clang's version line, this script and every input file, each as
    name NUL content NUL. StencilTableDigestTest computes exactly the same bytes."""
    h = hashlib.sha256()
    h.update(b"clang\0" + clang_version.encode() + b"\0")
    with open(os.path.join(HERE, "build.py"), "rb") as f:
        h.update(b"build.py\0" + f.read() + b"\0")
    for name in input_files(c_root):
        with open(os.path.join(c_root, name), "rb") as f:
            h.update(name.encode() + b"\0" + f.read() + b"\0")
    return h.hexdigest()


# ---- assembly pass ----------------------------------------------------------------------

class Block:
    def __init__(self, label):
        self.label = label
        self.insns = []

    def last(self, k=1):
        return self.insns[-k] if len(self.insns) >= k else None


def mnemonic(insn):
    return insn.split(None, 1)[0]


def target(insn):
    parts = insn.split(None, 1)
    return parts[1].split("#")[0].strip() if len(parts) > 1 else None


def is_jcc(insn):
    return mnemonic(insn) in JCC_INVERSE


def is_jmp(insn):
    return mnemonic(insn) == "jmp"


def ends_flow(insn):
    return insn is not None and (is_jmp(insn) or mnemonic(insn) in ("retq", "ret", "ud2"))


def split_function(lines):
    """Returns (prologue lines, blocks, epilogue lines) of the single function _JIT_ENTRY."""
    starts = [i for i, l in enumerate(lines) if l.split("#", 1)[0].strip() == "_JIT_ENTRY:"]
    if len(starts) != 1:
        raise BuildError("no single _JIT_ENTRY")
    start = starts[0]
    end = next(i for i in range(start, len(lines)) if lines[i].startswith(".Lfunc_end"))
    blocks = [Block(".Lentry")]
    synth = 0
    for raw in lines[start + 1:end]:
        if raw.strip().startswith("# %bb."):
            synth += 1
            blocks.append(Block(".Lsyn%d" % synth))
            continue
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            blocks.append(Block(line[:-1]))
            continue
        if line.startswith(".p2align") or line.startswith(".align"):
            continue
        if line.startswith("."):
            raise BuildError("unexpected directive inside the function: " + line)
        blocks[-1].insns.append(line)
    return lines[:start + 1], blocks, lines[end:]


def clean(blocks):
    labels = {b.label for b in blocks}
    for insn in (i for b in blocks for i in b.insns):
        for tok in re.findall(r"\.L[A-Za-z0-9_]+", insn):
            if tok in labels and not (is_jcc(insn) or is_jmp(insn)):
                raise BuildError("a label used as data: " + insn)
    # 1. explicit fallthroughs
    for i, b in enumerate(blocks):
        if not ends_flow(b.last()):
            if i + 1 == len(blocks):
                raise BuildError("the function falls off its end")
            b.insns.append("jmp\t" + blocks[i + 1].label)
    # 2. thread jumps through blocks that are a single jmp
    alias = {b.label: target(b.insns[0]) for b in blocks if len(b.insns) == 1 and is_jmp(b.insns[0])}

    def resolve(t):
        seen = set()
        while t in alias and t not in seen:
            seen.add(t)
            t = alias[t]
        return t

    for b in blocks:
        b.insns = [("%s\t%s" % (mnemonic(i), resolve(target(i)))) if (is_jcc(i) or is_jmp(i)) else i
                   for i in b.insns]
    # 3. conditional tail to the continuation at a block end: jCC _JIT_CONTINUE; jmp X
    for b in blocks:
        if len(b.insns) >= 2 and is_jcc(b.last(2)) and target(b.last(2)) == CONTINUE and is_jmp(b.last()):
            other = target(b.last())
            b.insns[-2:] = ["%s\t%s" % (JCC_INVERSE[mnemonic(b.last(2))], other), "jmp\t" + CONTINUE]
    # 4. unreachable blocks
    by_label = {b.label: b for b in blocks}
    live, work = set(), [blocks[0].label]
    while work:
        l = work.pop()
        if l in live or l not in by_label:
            continue
        live.add(l)
        work.extend(target(i) for i in by_label[l].insns if is_jcc(i) or is_jmp(i))
    blocks = [b for b in blocks if b.label in live]
    # 5. the block ending in jmp _JIT_CONTINUE goes last (the first such block if several);
    #    a loop's back edge that falls out when done lays out its jump back instead
    if any(is_jmp(b.last()) and target(b.last()) == JUMP_TARGET for b in blocks) and any(
            target(i) == CONTINUE for b in blocks for i in b.insns if is_jcc(i) or is_jmp(i)):
        blocks = cold_continue(blocks)
    else:
        tails = [b for b in blocks[1:] if target(b.last()) == CONTINUE and is_jmp(b.last())]
        if tails and not (is_jmp(blocks[-1].last()) and target(blocks[-1].last()) == CONTINUE):
            blocks.remove(tails[0])
            blocks.append(tails[0])
    # 6. back to fallthroughs: drop a jmp to the next block, invert jCC next; jmp X
    for i, b in enumerate(blocks[:-1]):
        nxt = blocks[i + 1].label
        if is_jmp(b.last()) and target(b.last()) == nxt:
            b.insns.pop()
            if b.insns and is_jcc(b.last()) and target(b.last()) == nxt:
                b.insns.pop()
        elif len(b.insns) >= 2 and is_jcc(b.last(2)) and target(b.last(2)) == nxt and is_jmp(b.last()):
            b.insns[-2:] = ["%s\t%s" % (JCC_INVERSE[mnemonic(b.last(2))], target(b.last()))]
    return blocks


def cold_continue(blocks):
    """The layout of a stencil whose hot path ends in the unconditional jmp _JIT_JUMP_TARGET
    and whose continuation is the rare way out (a loop's back edge): every jump to the
    continuation goes to one final block (the jmp the emitter elides), a conditional pair
    jCC X; jmp <continuation> becomes jNCC <continuation>; jmp X, and each block is followed
    by the block its final jmp goes to, so the hot path falls through to its jump back."""
    cont = Block(".Lcont")
    cont.insns.append("jmp\t" + CONTINUE)
    for b in blocks:
        b.insns = [("%s\t%s" % (mnemonic(i), cont.label)) if (is_jcc(i) or is_jmp(i)) and target(i) == CONTINUE
                   else i for i in b.insns]
        if len(b.insns) >= 2 and is_jcc(b.last(2)) and is_jmp(b.last()) and target(b.last()) == cont.label:
            b.insns[-2:] = ["%s\t%s" % (JCC_INVERSE[mnemonic(b.last(2))], cont.label), "jmp\t" + target(b.last(2))]
    by_label = {b.label: b for b in blocks}
    placed, order = set(), []
    for start in blocks:
        b = start
        while b is not None and b.label not in placed:
            placed.add(b.label)
            order.append(b)
            b = by_label.get(target(b.last())) if is_jmp(b.last()) else None
    return order + [cont]


def rewrite_asm(text):
    lines = text.splitlines()
    head, blocks, tail = split_function(lines)
    blocks = clean(blocks)
    out = list(head)
    for b in blocks:
        out.append(b.label + ":")
        out.extend("\t" + i for i in b.insns)
    out.extend(tail)
    return "\n".join(out) + "\n"


# ---- ELF reader -------------------------------------------------------------------------

class Elf:
    """The parts of an ELF64 little-endian relocatable object a stencil needs."""

    def __init__(self, data):
        if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
            raise BuildError("not an ELF64 little-endian object")
        (e_type, e_machine, _, _, _, e_shoff, _, _, _, _, e_shentsize, e_shnum,
         e_shstrndx) = struct.unpack_from("<HHIQQQIHHHHHH", data, 16)
        if e_type != 1 or e_machine != 62:
            raise BuildError("not an x86-64 relocatable object")
        self.data = data
        self.sections = []
        for i in range(e_shnum):
            (name, stype, flags, addr, off, size, link, info, align,
             entsize) = struct.unpack_from("<IIQQQQIIQQ", data, e_shoff + i * e_shentsize)
            self.sections.append(dict(name_off=name, type=stype, flags=flags, offset=off,
                                      size=size, link=link, info=info, align=align,
                                      entsize=entsize, index=i))
        shstr = self.sections[e_shstrndx]
        for s in self.sections:
            s["name"] = self.cstr(shstr["offset"] + s["name_off"])

    def cstr(self, off):
        return self.data[off:self.data.index(b"\0", off)].decode()

    def contents(self, s):
        return self.data[s["offset"]:s["offset"] + s["size"]] if s["type"] != 8 else bytes(s["size"])

    def symbols(self):
        symtab = next(s for s in self.sections if s["type"] == 2)
        strtab = self.sections[symtab["link"]]
        out = []
        for k in range(symtab["size"] // 24):
            name, info, other, shndx, value, size = struct.unpack_from(
                "<IBBHQQ", self.data, symtab["offset"] + 24 * k)
            out.append(dict(name=self.cstr(strtab["offset"] + name), type=info & 15,
                            bind=info >> 4, shndx=shndx, value=value))
        return out

    def relocations(self, rela):
        out = []
        for k in range(rela["size"] // 24):
            off, info, addend = struct.unpack_from("<QQq", self.data, rela["offset"] + 24 * k)
            out.append((off, info >> 32, info & 0xffffffff, addend))
        return out


SHF_WRITE, SHF_ALLOC, SHF_EXEC = 1, 2, 4


def read_stencil(name, obj):
    elf = Elf(obj)
    syms = elf.symbols()
    text = None
    data_sections = {}  # section index -> offset in the stencil's data
    data = bytearray()
    for s in elf.sections:
        if not s["flags"] & SHF_ALLOC:
            continue
        if s["name"] == ".text":
            text = s
        elif s["flags"] & (SHF_WRITE | SHF_EXEC):
            if s["size"]:
                raise BuildError("%s: section %s is writable or a second code section" % (name, s["name"]))
        elif s["name"].startswith(".rodata"):
            align = max(1, s["align"])
            while len(data) % align:
                data.append(0)
            data_sections[s["index"]] = len(data)
            data += elf.contents(s)
        elif s["size"]:
            raise BuildError("%s: unexpected section %s" % (name, s["name"]))
    if text is None:
        raise BuildError(name + ": no .text")
    entry = [y for y in syms if y["name"] == "_JIT_ENTRY"]
    if len(entry) != 1 or entry[0]["shndx"] != text["index"] or entry[0]["value"] != 0:
        raise BuildError(name + ": _JIT_ENTRY must start .text")
    code = elf.contents(text)
    holes = []
    for rela in (s for s in elf.sections if s["type"] == 4):
        target_sec = rela["info"]
        if target_sec != text["index"]:
            if rela["size"] and target_sec in data_sections:
                raise BuildError(name + ": relocations in read-only data are not supported")
            if rela["size"]:
                raise BuildError("%s: relocations for %s" % (name, elf.sections[target_sec]["name"]))
            continue
        for off, symi, rtype, addend in elf.relocations(rela):
            if rtype not in RELOC_KINDS:
                raise BuildError("%s: unknown relocation kind %d at %#x" % (name, rtype, off))
            sym = syms[symi]
            if sym["type"] == 3 or (sym["shndx"] != 0 and sym["name"] == ""):  # STT_SECTION
                if sym["shndx"] not in data_sections:
                    raise BuildError("%s: relocation against section %d" % (name, sym["shndx"]))
                symbol, addend = ".data", addend + data_sections[sym["shndx"]] + sym["value"]
            elif sym["shndx"] != 0:
                if sym["shndx"] in data_sections:
                    symbol, addend = ".data", addend + data_sections[sym["shndx"]] + sym["value"]
                else:
                    raise BuildError("%s: relocation against defined symbol %s" % (name, sym["name"]))
            else:
                symbol = sym["name"]
            holes.append((off, RELOC_KINDS[rtype], symbol, addend))
    holes.sort()
    tail = -1
    if len(code) >= 5 and code[-5] == 0xE9 and (len(code) - 4, "PC32", CONTINUE, -4) in holes:
        tail = len(code) - 5
    return code, bytes(data), holes, tail


# ---- driver -----------------------------------------------------------------------------

def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if p.returncode:
        raise BuildError("%s failed:\n%s" % (" ".join(cmd), p.stderr))
    return p.stdout


CACHE_REGS = 3
PER_CACHE_COUNT = ("_CACHE_LOAD", "_EXIT_STUB", "_EXIT_STUB_LINKABLE")
# Where a cacheable operand may live, by its class in VARIANTS: "x" the frame ("m") or an
# integer register c0..c2 ("0".."2"); "f" the frame or an xmm register f0..f2 ("a".."c").
LOCATIONS = {"x": "m012", "f": "mabc", "-": "m"}


def read_variants(src_dir):
    """stencils/VARIANTS: stencil name -> pattern of 'x' / 'f' (cacheable) / '-' per slot operand."""
    out = {}
    with open(os.path.join(src_dir, "VARIANTS")) as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                name, pattern = line.split()
                if set(pattern) - set(LOCATIONS):
                    raise BuildError("VARIANTS: bad pattern %s of %s" % (pattern, name))
                out[name] = pattern
    return out


def builds(names, variants):
    """(table name, source name, extra -D flags) for every stencil and variant, in order."""
    out = []
    for name in names:
        if name in PER_CACHE_COUNT:
            # NAME#gf: g integer and f float slots cached (the plain name for none)
            if name != "_CACHE_LOAD":
                out.append((name, name, []))
            for g in range(CACHE_REGS + 1):
                for f in range(CACHE_REGS + 1):
                    if g or f:
                        out.append(("%s#%d%d" % (name, g, f), name,
                                    ["-DNCACHE=%d" % g, "-DNFCACHE=%d" % f]))
            continue
        out.append((name, name, []))
        pattern = variants.get(name)
        if not pattern:
            continue
        choices = [LOCATIONS[c] for c in pattern]
        combos = [""]
        for ch in choices:
            combos = [c + x for c in combos for x in ch]
        for combo in combos:
            if set(combo) == {"m"}:
                continue
            # Two operands in one register are one slot named twice (s1 = s1 + s1).
            flags = []
            for i, c in enumerate(combo):
                if c in "012":
                    flags.append("-DLOC_%s=%s" % ("ABC"[i], c))
                elif c in "abc":
                    flags.append("-DFLOC_%s=%d" % ("ABC"[i], ord(c) - ord("a")))
            out.append(("%s@%s" % (name, combo), name, flags))
    return out


def build_one(clang, flags, src_dir, tmp, table_name, source, extra, listing):
    asm = run([clang] + flags + extra + ["-S", "-o", "-", os.path.join(src_dir, source + ".c")])
    safe = table_name.replace("@", "_at_").replace("#", "_n")
    s_file = os.path.join(tmp, safe + ".s")
    with open(s_file, "w") as f:
        f.write(rewrite_asm(asm))
    o_file = os.path.join(tmp, safe + ".o")
    run([clang, "--target=x86_64-unknown-linux-gnu", "-c", "-o", o_file, s_file])
    with open(o_file, "rb") as f:
        code, data, holes, tail = read_stencil(table_name, f.read())
    lines = ["stencil %s %s %s %d" % (table_name, code.hex(), data.hex() or "-", tail)]
    for off, kind, sym, addend in holes:
        lines.append("hole %d %s %s %d" % (off, kind, sym, addend))
    lst = ""
    if listing:
        lst = "== %s (tail %d)\n" % (table_name, tail) + run(
            ["llvm-objdump-19", "-dr", "--no-show-raw-insn", o_file]).split("<_JIT_ENTRY>:", 1)[-1]
    return lines, lst


def main(argv):
    args = argv[1:]
    clang = "clang-19"
    listing = None
    if "--clang" in args:
        i = args.index("--clang")
        clang = args[i + 1]
        del args[i:i + 2]
    if "--listing" in args:
        i = args.index("--listing")
        listing = args[i + 1]
        del args[i:i + 2]
    c_root, out_file = args
    src_dir = os.path.join(c_root, "stencils")
    version = run([clang, "--version"]).splitlines()[0].strip()
    with open(os.path.join(src_dir, "FLAGS")) as f:
        flags = f.read().split()
    names = sorted(n[:-2] for n in os.listdir(src_dir) if n.endswith(".c"))
    variants = read_variants(src_dir)
    unknown = set(variants) - set(names)
    if unknown:
        raise BuildError("VARIANTS names unknown stencils: %s" % sorted(unknown))
    lines = ["# GENERATED by tools/stencils/regen.sh from core/src/main/c: do not edit.",
             "digest " + digest(version, c_root),
             "clang " + version]
    from concurrent.futures import ThreadPoolExecutor
    with tempfile.TemporaryDirectory() as tmp:
        jobs = builds(names, variants)
        with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
            results = list(pool.map(
                lambda j: build_one(clang, flags, src_dir, tmp, j[0], j[1], j[2], listing), jobs))
    for stencil_lines, _ in results:
        lines.extend(stencil_lines)
    with open(out_file, "w") as f:
        f.write("\n".join(lines) + "\n")
    if listing:
        with open(listing, "w") as f:
            f.write("".join(l for _, l in results))


if __name__ == "__main__":
    try:
        main(sys.argv)
    except BuildError as e:
        sys.stderr.write("stencils: %s\n" % e)
        sys.exit(1)
