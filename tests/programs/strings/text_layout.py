# Text layout by hand: wrapping, justification, centered titles, tables of Unicode text,
# str.format_map reports and %-formatting with * widths.
TEXT = """The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs!
Sphinx of black quartz, judge my vow.\tHow vexingly quick daft zebras jump.

Ünïcödé wörds, naïve café owners, and Straße signs: all of them count as letters.
"""

def words(text):
    return text.split()

def wrap(text, width):
    lines, line = [], []
    for w in words(text):
        if line and len(" ".join(line + [w])) > width:
            lines.append(line)
            line = []
        line.append(w)
    if line:
        lines.append(line)
    return lines

def justify(line, width):
    if len(line) == 1:
        return line[0].ljust(width)
    gaps = len(line) - 1
    spaces = width - sum(len(w) for w in line)
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(line[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + line[-1]

for width in (20, 33, 47):
    print(f"+{'-' * width}+")
    print(f"|{'width %d' % width:^{width}}|")
    print(f"+{'=' * width}+")
    rows = wrap(TEXT, width)
    for i, row in enumerate(rows):
        text = justify(row, width) if i < len(rows) - 1 else " ".join(row).ljust(width)
        print(f"|{text}|")
    print(f"+{'-' * width}+")

paragraphs = [p for p in TEXT.split("\n\n") if p.strip()]
print(len(paragraphs), [len(words(p)) for p in paragraphs])
print(repr(TEXT.expandtabs(8).splitlines()[1]))
print([line.strip().title()[:20] for line in TEXT.splitlines() if line])
counts = {}
for w in words(TEXT.lower()):
    w = w.strip(".,!:;")
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(top)
letters = sorted({c for c in TEXT.casefold() if c.isalpha() and not c.isascii()})
print(letters, "".join(letters).upper(), len("".join(letters).upper()))
table = [("café", 3.5, 2), ("naïve", 12.25, 10), ("Straße", 0.5, 100), ("jugs", 1234.5, 1)]
w0 = max(len(r[0]) for r in table)
fmt = "%-*s | %*.*f | %0*d"
for name, price, qty in table:
    print(fmt % (w0, name, 9, 2, price, 4, qty))
report = "{name:>{w}}: {price:8.2f} x {qty:<4d} = {total:>10,.2f}"
for name, price, qty in table:
    print(report.format_map({"name": name, "price": price, "qty": qty, "total": price * qty, "w": w0 + 2}))
print("{:=^40}".format(" total "), "{:>10,.2f}".format(sum(p * q for _, p, q in table)))
print("%(a)s-%(b)05.1f-%(a)r" % {"a": "ß", "b": 2.25}, "%c%c" % ("ß", 0x1F40D), "%-6s|" % "ﬁ", "%6.2s|" % "ﬁﬂ")
print("ǅ".ljust(3, "·") + "|", "x".center(6, "—"), "Straße".upper().center(12, "*"), "ﬁ".upper().rjust(4, "_"))
