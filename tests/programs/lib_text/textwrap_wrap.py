# textwrap: wrap/fill/shorten with every TextWrapper option, CPython's word splitting
# (hyphens, em-dashes, punctuation), long words, max_lines and placeholders, dedent, indent.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs! How vexingly quick daft zebras jump? A well-known, long-winded "
        "self-explanatory phrase--with em-dashes--and a very-very-long-hyphenated-word "
        "plus supercalifragilisticexpialidocious and http://example.com/a-b-c/d_e.")
for width in (1, 2, 5, 10, 12, 20, 33, 50, 79, 200):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 30, break_on_hyphens=False))
print(textwrap.fill(text, 25, break_long_words=False))
print(textwrap.fill(text, 25, break_long_words=False, break_on_hyphens=False))
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="    "))
print(textwrap.fill(text, 40, initial_indent="-> ", subsequent_indent=""))

w = textwrap.TextWrapper(width=20)
for s in ["a-b", "ab-cd", "abc-def-ghi", "a-bc-def", "x--y", "word--word", "w---w",
          "--leading", "trailing--", "1-2-3", "ab-1c", "one-two three-four-five",
          "don't stop-me now!", "e.g.-like", "foo_bar-baz_qux", "Hello--world--again",
          "é-ü-ñ-ö-words", "ab-c-d", "-a-", "- -", "mid-sentence--dash, ok-yes",
          "12--34", "a.--b", "x!--y", "über-groß-straße"]:
    print(repr(s), w._split(s), textwrap.TextWrapper(break_on_hyphens=False)._split(s))

sample = "Hello\tthere,\tworld!\nNew\x0bline\x0cand\rmore  spaces   here."
print(textwrap.wrap(sample, 15))
print(textwrap.wrap(sample, 15, expand_tabs=False))
print(textwrap.wrap(sample, 15, replace_whitespace=False))
print(textwrap.wrap(sample, 15, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap(sample, 15, tabsize=2))
print(textwrap.wrap(sample, 15, tabsize=0))
print(textwrap.wrap("   lead and trail   ", 8))
print(textwrap.wrap("   lead and trail   ", 8, drop_whitespace=False))
print(textwrap.wrap("a     b", 3, drop_whitespace=False))
print(textwrap.wrap("", 10), textwrap.wrap("    ", 10), textwrap.wrap("  ", 10, drop_whitespace=False))

fse = "This is a sentence. And another one! Is it? \"Quoted.\" Mr. Smith e.g. this. End."
print(textwrap.fill(fse, 30, fix_sentence_endings=True))
print(textwrap.wrap(fse, 200, fix_sentence_endings=True))
print(textwrap.wrap("A. B. x.' y.\" z!", 200, fix_sentence_endings=True))

for n in (1, 2, 3, 5):
    print(n, textwrap.wrap(text, 30, max_lines=n))
    print(n, textwrap.wrap(text, 30, max_lines=n, placeholder="..."))
print(textwrap.wrap("one two three four", 9, max_lines=2, placeholder=" [..]"))
print(textwrap.wrap("aaaaaaaaaa bbbbbbbbbb", 10, max_lines=1, placeholder="[+]"))
print(textwrap.wrap("short", 10, max_lines=1))
print(textwrap.wrap("one two   ", 7, max_lines=1))
print(textwrap.wrap("Hello world ok", 11, max_lines=2, initial_indent="> ", subsequent_indent=">> ", placeholder=" ~"))

for width in (5, 10, 11, 12, 13, 20, 40):
    print(width, repr(textwrap.shorten("Hello  world!  How   are\tyou   today?", width)))
print(repr(textwrap.shorten("Hello world", 11, placeholder="...")))
print(repr(textwrap.shorten("  many   spaces  ", 50)))
print(repr(textwrap.shorten("Averyveryverylongword and more", 10)))
print(repr(textwrap.shorten("abc def", 6, placeholder="..")))

for bad in [dict(width=0), dict(width=-3), dict(width=5, max_lines=2, placeholder="         [...]"),
            dict(width=10, max_lines=1, initial_indent="12345678", placeholder=" [...]"),
            dict(width=10, max_lines=3, subsequent_indent="1234567", placeholder=" [...]")]:
    try:
        print(textwrap.wrap("some words here", **bad))
    except ValueError as e:
        print("ValueError", e)
try:
    textwrap.shorten("abc", 3)
except ValueError as e:
    print("ValueError", e)
print(textwrap.wrap("", 0) if False else "skip")

blocks = ["    a\n    b\n", "  a\n    b\n  c", "\ta\n\tb", "\ta\n    b", "  a\n\n  b\n   \n",
          "   \n  x\n \t \n", "no indent\n  here", "  \n", "", "    same\n    same",
          "  a\r\n  b\r\n", " \ta\n \tb\n \t", "  x\n\t\n  y", "    a\n  b\n      c\n"]
for b in blocks:
    print(repr(b), "->", repr(textwrap.dedent(b)))
print(repr(textwrap.indent("a\nb\n\n  \nc", "> ")))
print(repr(textwrap.indent("a\nb\n\nc\r\nd", "+", lambda line: True)))
print(repr(textwrap.indent("one\ntwo\nthree", "#", lambda line: "t" in line)))
print(repr(textwrap.indent("", "x")), repr(textwrap.indent("\n", "x")))
print(textwrap.__all__)
tw = textwrap.TextWrapper(width=15, initial_indent="  ")
tw.width = 12
print(tw.fill("attributes can change between calls to fill"))
textwrap.TextWrapper(width=0).wrap("")
