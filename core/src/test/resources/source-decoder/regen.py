#!/usr/bin/env python3
# Regenerates the expected behaviour of SourceDecoder from CPython 3.13 itself.
# Run with CPython 3.13:  PYENV_VERSION=3.13.0 python3 regen.py
#
# files.tsv: each case is a small source file that is really run with `python3 case.py`
#   (CPython reads scripts with its file tokenizer, whose decoding rules differ from
#   compile()'s). Fields: name, the file as hex, then either
#     ok    ascii(s)  -- the program ran and printed ascii() of its string s
#     error type msg filename lineno offset end_lineno end_offset text
#   The temporary directory is cut from paths, so the file is called case.py.
# codecs.tsv: name, the codec Python's codecs.lookup() finds for it ("-" if none or if it
#   is not a text encoding).
# tables.tsv: codec, then 256 fields: the code point each byte decodes to, or -1.
# samples.tsv: codec, hex bytes, hex of the UTF-8 of the text they decode to.
# Strings use backslash escapes (\\ \t \n \r \f \uXXXX); a field that is exactly \N is None.
import codecs
import os
import subprocess
import sys
import tempfile

assert sys.version_info[:2] == (3, 13), "expected output must come from CPython 3.13"

HERE = os.path.dirname(os.path.abspath(__file__))
BOM = b"\xef\xbb\xbf"
E9 = b"\xe9"

FILES = [
    # name, bytes
    ("plain ascii", b's = "abc"\nprint(ascii(s))\n'),
    ("plain utf-8", 's = "café €😀"\nprint(ascii(s))\n'.encode()),
    ("empty", b""),
    ("bom", BOM + 's = "café"\nprint(ascii(s))\n'.encode()),
    ("bom only", BOM),
    ("bom then utf-8 declaration", BOM + b"# coding: utf-8\n" + 's = "é"\nprint(ascii(s))\n'.encode()),
    ("bom then UTF_8 declaration", BOM + b"# -*- coding: UTF_8 -*-\n" + 's = "é"\nprint(ascii(s))\n'.encode()),
    ("bom then utf8 declaration", BOM + b"# coding: utf8\ns = 'x'\nprint(ascii(s))\n"),
    ("bom then latin-1 declaration", BOM + b"# coding: latin-1\ns = '\xe9'\nprint(ascii(s))\n"),
    ("bom then latin-1 on line 2", BOM + b"\n# coding: latin-1\ns = 'x'\nprint(ascii(s))\n"),
    ("bom then cp1252 declaration", BOM + b"# coding: cp1252\ns = 'x'\nprint(ascii(s))\n"),
    ("bom with bad byte in string", BOM + b"s = 'caf\xe9'\nprint(ascii(s))\n"),
    ("bom and nul on line 1", BOM + b"x = 1 \0\n"),
    ("utf-8 declared bad byte in string", b"# coding: utf-8\ns = 'caf\xe9'\nprint(ascii(s))\n"),
    ("bom with bad byte in comment", BOM + b"# caf\xe9\ns = 'x'\nprint(ascii(s))\n"),
    ("latin-1 line 1", b"# -*- coding: latin-1 -*-\ns = '\xe9\xff'\nprint(ascii(s))\n"),
    ("latin-1 line 2", b"#!/usr/bin/env python3\n# -*- coding: latin-1 -*-\ns = '\xe9'\nprint(ascii(s))\n"),
    ("latin-1 after blank line", b"\n# coding: latin-1\ns = '\xe9'\nprint(ascii(s))\n"),
    ("latin-1 after whitespace line", b" \t \n# coding: latin-1\ns = '\xe9'\nprint(ascii(s))\n"),
    ("latin-1 on line 3 ignored", b"\n\n# coding: latin-1\ns = '\xe9'\nprint(ascii(s))\n"),
    ("declaration after code ignored", b"x = 1\n# coding: latin-1\ns = '\xe9'\nprint(ascii(s))\n"),
    ("declaration after code on same line ignored", b"x = 1  # coding: latin-1\ns = '\xe9'\nprint(ascii(s))\n"),
    ("declaration indented", b"    # coding: latin-1\ns = '\xe9'\nprint(ascii(s))\n"),
    ("declaration after form feed", b"\f# coding: latin-1\ns = '\xe9'\nprint(ascii(s))\n"),
    ("vim style", b"# vim: set fileencoding=latin-1 :\ns = '\xe9'\nprint(ascii(s))\n"),
    ("emacs style no spaces", b"#coding=latin-1\ns = '\xe9'\nprint(ascii(s))\n"),
    ("tab after colon", b"# coding:\t latin-1\ns = '\xe9'\nprint(ascii(s))\n"),
    ("encoding word", b"# encoding: latin-1\ns = '\xe9'\nprint(ascii(s))\n"),
    ("first coding without colon", b"# codingX: latin-1 coding: cp1252\ns = '\x80'\nprint(ascii(s))\n"),
    ("empty name then another", b"# coding: ; coding=latin-1\ns = '\xe9'\nprint(ascii(s))\n"),
    ("empty name only", b"# coding: \ns = '\xe9'\nprint(ascii(s))\n"),
    ("space before colon", b"# coding : latin-1\ns = '\xe9'\nprint(ascii(s))\n"),
    ("Coding capitalised", b"# Coding: latin-1\ns = '\xe9'\nprint(ascii(s))\n"),
    ("name stops at other chars", b"# coding=latin-1;foo\ns = '\xe9'\nprint(ascii(s))\n"),
    ("name with non-ascii after", b"# coding: latin-1\xe9\ns = '\xe9'\nprint(ascii(s))\n"),
    ("bad byte on declaration line before spec", b"# \xe9 coding: latin-1\ns = '\xe9'\nprint(ascii(s))\n"),
    ("bad byte on line 1 before line-2 declaration", b"# caf\xe9\n# coding: latin-1\ns = 'x'\nprint(ascii(s))\n"),
    ("LATIN_1", b"# coding: LATIN_1\ns = '\xe9'\nprint(ascii(s))\n"),
    ("latin1", b"# coding: latin1\ns = '\xe9'\nprint(ascii(s))\n"),
    ("iso-8859-1", b"# coding: iso-8859-1\ns = '\xe9'\nprint(ascii(s))\n"),
    ("iso_latin_1", b"# coding: iso_latin_1\ns = '\xe9'\nprint(ascii(s))\n"),
    ("latin-1-unix", b"# coding: latin-1-unix\ns = '\xe9'\nprint(ascii(s))\n"),
    ("l1", b"# coding: l1\ns = '\xe9'\nprint(ascii(s))\n"),
    ("iso-8859-15", b"# coding: iso-8859-15\ns = '\xa4'\nprint(ascii(s))\n"),
    ("latin9", b"# coding: latin9\ns = '\xa4'\nprint(ascii(s))\n"),
    ("cp1252", b"# coding: cp1252\ns = '\x80\x93'\nprint(ascii(s))\n"),
    ("windows-1252", b"# coding: windows-1252\ns = '\x80'\nprint(ascii(s))\n"),
    ("cp1252 undefined byte", b"# coding: cp1252\ns = '\x81'\nprint(ascii(s))\n"),
    ("cp1251", b"# coding: cp1251\ns = '\xcf\xf0\xe8'\nprint(ascii(s))\n"),
    ("koi8-r", b"# coding: koi8-r\ns = '\xf0\xd2\xc9'\nprint(ascii(s))\n"),
    ("ascii ok", b"# coding: ascii\ns = 'abc'\nprint(ascii(s))\n"),
    ("ascii bad byte", b"# coding: ascii\ns = '\xe9'\nprint(ascii(s))\n"),
    ("us-ascii", b"# coding: us-ascii\ns = 'abc'\nprint(ascii(s))\n"),
    ("utf-8 declared", "# coding: utf-8\ns = 'é'\nprint(ascii(s))\n".encode()),
    ("UTF-8 declared", "# coding: UTF-8\ns = 'é'\nprint(ascii(s))\n".encode()),
    ("utf_8 declared", "# coding: utf_8\ns = 'é'\nprint(ascii(s))\n".encode()),
    ("utf-8-sig declared", "# coding: utf-8-sig\ns = 'é'\nprint(ascii(s))\n".encode()),
    ("utf8 declared", "# coding: utf8\ns = 'é'\nprint(ascii(s))\n".encode()),
    ("utf8 declared bad byte", b"# coding: utf8\ns = '\xe9'\nprint(ascii(s))\n"),
    ("UTF8 declared bad byte", b"# coding: UTF8\ns = '\xe9'\nprint(ascii(s))\n"),
    ("utf-8 declared bad byte in comment", b"# coding: utf-8\n# caf\xe9\ns = 'x'\nprint(ascii(s))\n"),
    ("shift_jis", b"# coding: shift_jis\ns = '" + "日本".encode("shift_jis") + b"'\nprint(ascii(s))\n"),
    ("euc-jp", b"# coding: euc-jp\ns = '" + "日本".encode("euc-jp") + b"'\nprint(ascii(s))\n"),
    ("gbk", b"# coding: gbk\ns = '" + "中文".encode("gbk") + b"'\nprint(ascii(s))\n"),
    ("big5", b"# coding: big5\ns = '" + "中文".encode("big5") + b"'\nprint(ascii(s))\n"),
    ("unknown encoding", b"# coding: xyz\ns = 'x'\nprint(ascii(s))\n"),
    ("unknown encoding line 2", b"#!python\n# coding: nonesuch-42\ns = 'x'\nprint(ascii(s))\n"),
    ("not a text encoding", b"# coding: rot13\ns = 'x'\nprint(ascii(s))\n"),
    ("hex codec", b"# coding: hex\ns = 'x'\nprint(ascii(s))\n"),
    ("utf-16 declared", b"# coding: utf-16\ns = 'x'\nprint(ascii(s))\n"),
    ("no declaration bad byte line 1", b"# caf\xe9\ns = 'x'\nprint(ascii(s))\n"),
    ("no declaration bad byte in string", b"x = 1\ns = 'caf\xe9'\nprint(ascii(s))\n"),
    ("no declaration truncated sequence", b"x = 1\n# \xe2\x82x\n"),
    ("no declaration surrogate", b"x = 1\n# \xed\xa0\x80\n"),
    ("no declaration overlong", b"x = 1\n# \xc0\x80\n"),
    ("no declaration overlong 3", b"x = 1\n# \xe0\x80\x80\n"),
    ("no declaration above max", b"x = 1\n# \xf4\x90\x80\x80\n"),
    ("no declaration f5", b"x = 1\n# \xf5\x80\x80\x80\n"),
    ("no declaration lone continuation", b"x = 1\n# \x80\n"),
    ("no declaration truncated at eof", b"x = 1\n# \xe2\x82"),
    ("no declaration crlf lines", b"x = 1\r\ny = 2\r\n# \xe9\r\n"),
    ("no declaration cr lines", b"x = 1\ry = 2\r# \xe9\r"),
    ("bad byte after syntax error", b"x = = 1\ny = 2\n# caf\xe9\n"),
    ("utf-16 file with bom", "s = 'x'\n".encode("utf-16")),
    ("broken bom", b"\xef\xbbs = 'x'\n"),
    ("nul", b"x = 1\ny = 2 \0 + 3\n"),
    ("nul at start", b"\0x = 1\n"),
    ("nul at start of line 2", b"x = 1\n\0"),
    ("nul in comment", b"x = 1  # a\0b\n"),
    ("nul in string", b"s = 'a\0b'\n"),
    ("nul before bad byte", b"x = 1 # a\0b\xe9\n"),
    ("bad byte before nul", b"x = 1 # \xe9a\0b\n"),
    ("bad byte line 1 nul line 2", b"# \xe9\n\0\n"),
    ("nul line 1 bad byte line 2", b"#\0\n# \xe9\n"),
    ("nul in latin-1 file", b"# coding: latin-1\ns = '\xe9'\0\n"),
    ("nul before declaration", b"\0# coding: latin-1\ns = '\xe9'\n"),
    ("nul with bom", BOM + b"x = 1\n\0\n"),
    ("nul after syntax error", b"x = = 1\ny = 2\n# ab\0c\n"),
    ("nul after crlf", b"x = 1\r\ny = 2\r\n\0\r\n"),
    ("nul after cr", b"x = 1\ry = 2\rz\0\r"),
    ("nul in triple-quoted string", b'x = """\nab\0c"""\n'),
]

CODEC_NAMES = """
utf-8 utf_8 utf8 u8 utf utf8_ucs2 utf8_ucs4 cp65001 UTF-8 Utf_8
ascii 646 us_ascii us-ascii us ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 cp367 csascii
ibm367 iso646_us iso_646.irv_1991 iso_ir_6
iso8859-1 latin_1 latin1 latin l1 iso8859_1 iso_8859_1 iso-8859-1 iso_8859_1_1987 iso_ir_100
8859 cp819 csisolatin1 ibm819 Latin-1 LATIN__1 -latin-1-
iso8859-2 iso8859_2 iso_8859_2 latin2 l2 iso8859-3 iso8859_3 iso_8859_3 latin3 l3
iso8859-4 iso8859_4 iso_8859_4 latin4 l4 iso8859-5 iso8859_5 iso_8859_5 cyrillic
iso8859-6 iso8859_6 iso_8859_6 arabic iso8859-7 iso8859_7 iso_8859_7 greek greek8
iso8859-8 iso8859_8 iso_8859_8 hebrew iso8859-9 iso8859_9 iso_8859_9 latin5 l5
iso8859-11 iso8859_11 iso_8859_11 thai iso8859-13 iso8859_13 iso_8859_13 latin7 l7
iso8859-15 iso8859_15 iso_8859_15 latin9 l9 iso8859-16 iso8859_16 iso_8859_16 latin10 l10
cp1250 windows_1250 cp1251 windows_1251 cp1252 windows_1252 windows-1252 cp1253 windows_1253
cp1254 windows_1254 cp1255 windows_1255 cp1256 windows_1256 cp1257 windows_1257 cp1258
windows_1258
koi8-r koi8_r cskoi8r koi8-u koi8_u
mac-roman mac_roman macroman macintosh mac-cyrillic mac_cyrillic maccyrillic mac-greek
mac_greek macgreek mac-turkish mac_turkish macturkish mac-iceland mac_iceland maciceland
mac-latin2 mac_latin2 maclatin2 maccentraleurope mac_centeuro
cp437 437 ibm437 cp737 cp775 ibm775 cp850 850 ibm850 cp852 852 ibm852 cp855 855 ibm855
cp857 857 ibm857 cp858 858 ibm858 cp862 862 ibm862 cp866 866 ibm866 cp869 869 ibm869 cp_gr
cp874 tis-620 tis_620 tis620 tis_620_0 tis_620_2529_0 tis_620_2529_1 iso_ir_166
shift_jis csshiftjis shiftjis sjis s_jis cp932 932 ms932 mskanji ms_kanji
euc_jp eucjp ujis u_jis iso2022_jp csiso2022jp iso2022jp iso_2022_jp
euc_kr euckr korean ksc5601 ks_c_5601 ks_c_5601_1987 ksx1001 ks_x_1001 cp949 949 ms949 uhc
gb2312 chinese csiso58gb231280 euc_cn euccn eucgb2312_cn gb2312_1980 gb2312_80 iso_ir_58
gbk 936 cp936 ms936 gb18030 gb18030_2000 big5 big5_tw csbig5 cp950 950 ms950
big5hkscs big5_hkscs hkscs
xyz nonesuch rot13 hex base64 zlib utf-16 utf_32 mbcs latin-2-x iso8859_12 iso8859-10
""".split()

SAMPLE = "Aé€日本語テキスト한국어中文字符Ωжข"

HOOK = r'''
import sys
def esc(v):
    if v is None:
        return "\\N"
    if isinstance(v, int):
        return str(v)
    out = []
    for c in v:
        if c == "\\": out.append("\\\\")
        elif c == "\t": out.append("\\t")
        elif c == "\n": out.append("\\n")
        elif c == "\r": out.append("\\r")
        elif c == "\f": out.append("\\f")
        elif ord(c) < 0x20 or 0x7F <= ord(c) <= 0xA0 or 0xD800 <= ord(c) <= 0xDFFF or c in "\u2028\u2029\ufeff":
            out.append("\\u%04x" % ord(c))
        else: out.append(c)
    return "".join(out)
def hook(t, v, tb):
    if isinstance(v, SyntaxError):
        print("@@SE@@\t" + "\t".join(esc(x) for x in (t.__name__, v.msg, v.filename, v.lineno,
              v.offset, v.end_lineno, v.end_offset, v.text)), file=sys.stderr)
    else:
        sys.__excepthook__(t, v, tb)
sys.excepthook = hook
'''


def esc(v):
    return ("\\N" if v is None else v)


def run_files():
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        hookdir = os.path.join(tmp, "hook")
        os.mkdir(hookdir)
        with open(os.path.join(hookdir, "sitecustomize.py"), "w") as f:
            f.write(HOOK)
        work = os.path.join(tmp, "w")
        os.mkdir(work)
        case = os.path.join(work, "case.py")
        env = dict(os.environ, PYTHONPATH=hookdir, PYTHONIOENCODING="utf-8")
        for name, data in FILES:
            with open(case, "wb") as f:
                f.write(data)
            r = subprocess.run([sys.executable, "case.py"], cwd=work, env=env,
                               capture_output=True, text=True, encoding="utf-8")
            se = [l for l in r.stderr.splitlines() if l.startswith("@@SE@@\t")]
            if r.returncode == 0:
                result = ["ok", r.stdout.strip()]
            elif se:
                result = ["error"] + [f.replace(work + "/", "") for f in se[0].split("\t")[1:]]
            else:
                raise SystemExit(f"{name}: unexpected result {r.returncode}: {r.stderr}")
            rows.append("\t".join([name, data.hex()] + result))
    return rows


def codec_rows():
    rows = []
    for n in CODEC_NAMES:
        try:
            info = codecs.lookup(n)
            found = info.name if getattr(info, "_is_text_encoding", True) else "-"
        except LookupError:
            found = "-"
        rows.append(f"{n}\t{found}")
    return rows


def table_rows(names):
    rows = []
    for n in names:
        cells = []
        for b in range(256):
            try:
                cells.append(str(ord(bytes([b]).decode(n))))
            except UnicodeDecodeError:
                cells.append("-1")
        rows.append("\t".join([n] + cells))
    return rows


def sample_rows(names):
    rows = []
    for n in names:
        text = "".join(c for c in SAMPLE if can_encode(c, n))
        rows.append("\t".join([n, text.encode(n).hex(), text.encode("utf-8").hex()]))
    return rows


def can_encode(c, n):
    try:
        c.encode(n)
        return True
    except UnicodeEncodeError:
        return False


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


def main():
    write("files.tsv", run_files())
    write("codecs.tsv", codec_rows())
    known = sorted({codecs.lookup(n).name for n in CODEC_NAMES
                    if n not in ("xyz", "nonesuch", "rot13", "hex", "base64", "zlib", "mbcs",
                                 "latin-2-x", "iso8859_12")
                    and can_lookup(n)})
    single = [n for n in known if is_single_byte(n)]
    write("tables.tsv", table_rows(single))
    write("samples.tsv", sample_rows([n for n in known if n not in single
                                      and not n.startswith("utf")]))
    print(f"wrote {len(FILES)} files, {len(CODEC_NAMES)} names, {len(single)} tables")


def can_lookup(n):
    try:
        codecs.lookup(n)
        return True
    except LookupError:
        return False


def is_single_byte(n):
    try:
        return all(len(bytes([b]).decode(n)) == 1 for b in range(128)) and n not in (
            "utf-8", "utf-16", "utf-32") and not n.startswith(("utf", "shift", "euc", "gb",
            "big5", "cp932", "cp949", "cp950", "iso2022"))
    except UnicodeDecodeError:
        return False


main()
