# String literals of every kind, and f-strings with nested quotes (PEP 701).
import datetime
import math

user = {"name": "Ada", "langs": ["en", "fr"], 'id': 7}
width, precision = 12, 3
now = datetime.datetime(2024, 5, 17, 8, 30)

plain = 'single' "double" '''triple single''' """triple double"""
raw = r"C:\path\to\file" + R'\d+\.\d*'
raw_bytes = rb"\x00" + Rb'\n'
data = b"bytes \x00\xff" + B'more' + bR"\raw"
escapes = "tab\tnew\nline \\ quote\" apostrophe\' bell\a \u00e9 \U0001F600 \N{BULLET} \101 \x41"
joined = ("implicit "
          'concatenation '
          f"with {len(user)} f-part")
unicode_text = "naïve café — 東京 🐍"

basic = f"{user['name']} speaks {len(user['langs'])} languages"
nested = f"{user["name"]}: {", ".join(user["langs"])}"
deep = f"{f"{f"{user['id']:>{width}}"}"}"
spec = f"{math.pi:{width}.{precision}f}|{math.e:<{width}}|{42:#x}|{-3:+05d}"
debug = f"{user['id']=} {width = } {math.tau=:.2f} {user!r:>40}"
conversions = f"{'x'!r} {'y'!s} {'é'!a}"
dates = f"{now:%Y-%m-%d %H:%M} and {now:{'%d/%m'}}"
exprs = f"{[x * 2 for x in range(3)]} {({'a': 1})['a']} {(lambda q: q + 1)(2)} {3 if width else 4}"
braces = f"{{literal}} {{{width}}} }}{{"
multi = f"""
    name:    {user["name"]!r}
    nested:  {f'{width:{"^"}{10}}'}
    comment: {width  # a comment inside a replacement field
              * 2}
"""
rf = rf"\d{width}\s+{user['id']}" + fr'{precision}\n' + Rf"{'x'}" + fR"\t"
backslash_in_expr = f"{'\n'.join(['a', 'b'])}"
quote_reuse = f'{'single inside single'}' + f"{"double inside double"}"
triple_nested = f"""{f'''{f"{1 + 1}"}'''}"""
walrus_in_f = f"{(n := 10)} {n * 2}"
format_spec_call = f"{3.14159:.{int('2')}f}"
empty_parts = f"" f'' f"{''}"
bytes_concat = b"a" b'b' rb"c"


def report(rows):
    head = f"{'key':<10}|{'value':>{width}}"
    lines = [head, "-" * len(head)]
    lines += [f"{k:<10}|{v!s:>{width}}" for k, v in rows]
    return "\n".join(lines)


print(report([("alpha", 1), ("beta", 2.5), ("gamma", None)]))
print(basic, nested, deep, spec, debug, conversions, dates, exprs, braces, sep="\n")
print(multi, rf, backslash_in_expr, quote_reuse, triple_nested, walrus_in_f)
print(format_spec_call, empty_parts, bytes_concat, plain, raw, raw_bytes, data, escapes, joined)
