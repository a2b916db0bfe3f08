#!/usr/bin/env python3
# Regenerates cases.tsv, the expected output of SyntaxErrorFormat, from CPython 3.13 itself:
# each case builds a SyntaxError (or subclass) with chosen attributes and records what the
# traceback module prints for it, which is what `python3 file.py` prints for an uncaught
# one. Run with CPython 3.13:  PYENV_VERSION=3.13.0 python3 regen.py
#
# cases.tsv: one case per line, tab-separated fields
#   type msg filename lineno offset end_lineno end_offset text expected
# Strings use backslash escapes (\\ \t \n \r \f \uXXXX); a field that is exactly \N is None.
import os
import sys
import traceback

assert sys.version_info[:2] == (3, 13), "expected output must come from CPython 3.13"

N = None
CASES = [
    # type, msg, filename, lineno, offset, end_lineno, end_offset, text
    ("SyntaxError", "invalid syntax", "t.py", 1, 5, 1, 6, "x = = 1\n"),
    ("SyntaxError", "invalid syntax", "t.py", 1, 7, 1, 8, "x = 1 2\n"),
    ("SyntaxError", "range", "t.py", 3, 1, 3, 8, "foo(a)=3\n"),
    ("SyntaxError", "range indented", "t.py", 3, 9, 3, 15, "        foo(a) = 3\n"),
    ("SyntaxError", "no newline at end", "t.py", 1, 3, 1, 4, "a b"),
    ("SyntaxError", "many newlines", "t.py", 1, 3, 1, 4, "a b\n\n\n"),
    ("SyntaxError", "multi-line", "t.py", 2, 5, 4, 2, "x = (1 +\n"),
    ("SyntaxError", "multi-line end before", "t.py", 2, 5, 1, 2, "x = (1 +\n"),
    ("SyntaxError", "end_lineno None", "t.py", 2, 3, N, N, "abcdef\n"),
    ("SyntaxError", "end_lineno None with end", "t.py", 2, 3, N, 4, "abcdef\n"),
    ("SyntaxError", "end_offset None", "t.py", 2, 3, 2, N, "abcdef\n"),
    ("SyntaxError", "end_offset 0", "t.py", 2, 3, 2, 0, "abcdef\n"),
    ("SyntaxError", "end_offset -1", "t.py", 2, 3, 2, -1, "abcdef\n"),
    ("SyntaxError", "end before start", "t.py", 2, 4, 2, 2, "abcdef\n"),
    ("SyntaxError", "end equals start", "t.py", 2, 4, 2, 4, "abcdef\n"),
    ("SyntaxError", "at newline", "t.py", 1, 7, 1, 8, "abcdef\n"),
    ("SyntaxError", "past newline", "t.py", 1, 8, 1, 9, "abcdef\n"),
    ("SyntaxError", "far past", "t.py", 1, 40, 1, 45, "abcdef\n"),
    ("SyntaxError", "far past no newline", "t.py", 1, 40, 1, 45, "abcdef"),
    ("SyntaxError", "end far past", "t.py", 1, 2, 1, 99, "abcdef\n"),
    ("SyntaxError", "end at len", "t.py", 1, 2, 1, 7, "abcdef\n"),
    ("SyntaxError", "end at len+1", "t.py", 1, 2, 1, 8, "abcdef\n"),
    ("SyntaxError", "offset None", "t.py", 1, N, 1, N, "  abc\n"),
    ("SyntaxError", "offset 0", "t.py", 1, 0, 1, 0, "  abc\n"),
    ("SyntaxError", "offset -1", "t.py", 1, -1, 1, -1, "abc\n"),
    ("SyntaxError", "offset 1", "t.py", 1, 1, 1, 2, "abc\n"),
    ("SyntaxError", "offset inside indent", "t.py", 1, 2, 1, 3, "    abc\n"),
    ("SyntaxError", "range from indent", "t.py", 1, 2, 1, 7, "    abc\n"),
    ("SyntaxError", "offset at first char", "t.py", 1, 5, 1, 6, "    abc\n"),
    ("SyntaxError", "text None", "t.py", 4, 2, 4, 3, N),
    ("SyntaxError", "text empty", "t.py", 4, 2, 4, 3, ""),
    ("SyntaxError", "text empty far", "t.py", 4, 7, 4, 9, ""),
    ("SyntaxError", "text newline only", "t.py", 4, 1, 4, 2, "\n"),
    ("SyntaxError", "text newline offset 3", "t.py", 4, 3, 4, 4, "\n"),
    ("SyntaxError", "only spaces", "t.py", 4, 3, 4, 4, "     \n"),
    ("SyntaxError", "trailing spaces kept", "t.py", 1, 3, 1, 4, "a b   \n"),
    ("SyntaxError", "carriage return kept", "t.py", 1, 3, 1, 4, "a b\r\n"),
    ("SyntaxError", "tab indent", "t.py", 2, 6, 2, 7, "\ty = = 1\n"),
    ("SyntaxError", "tab in middle", "t.py", 2, 7, 2, 8, "  a\tb = = 1\n"),
    ("SyntaxError", "spaces then tab", "t.py", 2, 9, 2, 10, "    \tx = = 1\n"),
    ("SyntaxError", "tab then spaces", "t.py", 2, 9, 2, 10, "\t    x = = 1\n"),
    ("SyntaxError", "form feed", "t.py", 2, 10, 2, 11, "\f    y = = 1\n"),
    ("SyntaxError", "form feed middle", "t.py", 2, 6, 2, 7, "  a\fb = 1\n"),
    ("SyntaxError", "vertical tab", "t.py", 2, 5, 2, 6, "\va b c\n"),
    ("SyntaxError", "ideographic space", "t.py", 1, 5, 1, 6, "a\u3000b c d\n"),
    ("SyntaxError", "nbsp", "t.py", 1, 5, 1, 6, "a\u00a0b c d\n"),
    ("SyntaxError", "wide chars", "t.py", 1, 12, 1, 13, "s = \"\u4e2d\u6587\u5b57\" +* 3\n"),
    ("SyntaxError", "wide chars range", "t.py", 1, 5, 1, 10, "s = \"\u4e2d\u6587\u5b57\" +* 3\n"),
    ("SyntaxError", "astral", "t.py", 1, 10, 1, 11, "s = \"\U0001f600\" +* 3\n"),
    ("SyntaxError", "astral range", "t.py", 1, 5, 1, 8, "s = \"\U0001f600\U0001f601\" +\n"),
    ("SyntaxError", "combining", "t.py", 1, 8, 1, 9, "e\u0301 = 1 2\n"),
    ("SyntaxError", "latin", "t.py", 1, 7, 1, 8, "caf\u00e9 = = 2\n"),
    ("SyntaxError", "euro", "t.py", 1, 5, 1, 6, "x = \u20ac\n"),
    ("SyntaxError", "replacement char", "t.py", 3, 5, 3, 9, "s = \"caf\ufffd\"\n"),
    ("SyntaxError", "null text truncated", "t.py", 2, 0, 2, 0, "y = 2 "),
    ("SyntaxError", "null at start", "t.py", 1, 0, 1, 0, ""),
    ("SyntaxError", "lineno None", "t.py", N, 2, N, 3, "abc\n"),
    ("SyntaxError", "lineno None no text", "t.py", N, N, N, N, N),
    ("SyntaxError", "everything None", N, N, N, N, N, N),
    ("SyntaxError", "filename None", N, 3, 2, 3, 3, "abc\n"),
    ("SyntaxError", "filename empty", "", 3, 2, 3, 3, "abc\n"),
    ("SyntaxError", "lineno 0", "t.py", 0, -1, N, N, N),
    ("SyntaxError", "", "t.py", 1, 1, 1, 2, "abc\n"),
    ("SyntaxError", N, "t.py", 1, 1, 1, 2, "abc\n"),
    ("SyntaxError", "big line", "t.py", 123456, 1, 123456, 2, "abc\n"),
    ("SyntaxError", "spaces in path", "dir with space/t \u00e9.py", 1, 1, 1, 2, "abc\n"),
    ("IndentationError", "unexpected indent", "t.py", 2, 5, 2, 6, "    y = 2\n"),
    ("IndentationError", "expected an indented block after 'if' statement on line 1", "t.py", 2, 1, 2, 2, "y = 2\n"),
    ("IndentationError", "unindent does not match any outer indentation level", "t.py", 3, 3, 3, -1, "  z = 3\n"),
    ("TabError", "inconsistent use of tabs and spaces in indentation", "t.py", 3, 0, 3, -1, "        y = 2\n"),
    ("SyntaxError", "'(' was never closed", "t.py", 1, 5, 1, 6, "x = (1,\n"),
    ("SyntaxError", "unterminated string literal (detected at line 1)", "t.py", 1, 5, 1, 5, "x = 'abc\n"),
    ("SyntaxError", "invalid character '\u20ac' (U+20AC)", "t.py", 1, 5, 1, 6, "x = \u20ac\n"),
    ("SyntaxError", "msg with\nnewline", "t.py", 1, 1, 1, 2, "abc\n"),
    ("SyntaxError", "offset is len", "t.py", 1, 3, 1, 4, "abc"),
    ("SyntaxError", "offset len+1 no newline", "t.py", 1, 4, 1, 5, "abc"),
    ("SyntaxError", "offset len+2 no newline", "t.py", 1, 5, 1, 6, "abc"),
]


def esc(v):
    if v is None:
        return "\\N"
    if isinstance(v, int):
        return str(v)
    out = []
    for c in v:
        if c == "\\":
            out.append("\\\\")
        elif c == "\t":
            out.append("\\t")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\f":
            out.append("\\f")
        elif ord(c) < 0x20 or 0x7F <= ord(c) <= 0xA0 or c in "\u2028\u2029\u3000":
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    return "".join(out)


def render(type_name, msg, filename, lineno, offset, end_lineno, end_offset, text):
    cls = {"SyntaxError": SyntaxError, "IndentationError": IndentationError,
           "TabError": TabError}[type_name]
    e = cls("placeholder")
    e.msg, e.filename, e.lineno, e.offset = msg, filename, lineno, offset
    e.end_lineno, e.end_offset, e.text = end_lineno, end_offset, text
    return "".join(traceback.format_exception(e))


here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "cases.tsv"), "w", encoding="utf-8", newline="\n") as f:
    for case in CASES:
        f.write("\t".join(esc(v) for v in case + (render(*case),)) + "\n")
print(f"wrote {len(CASES)} cases")
