# difflib.HtmlDiff: side-by-side tables (full and with context, numlines, no
# differences, empty inputs), wrapcolumn continuation rows, tabs and HTML escapes,
# make_file's page and charset, and the anchors numbered across tables.
import difflib

old = """def area(r):
\treturn 3.14 * r * r
# <old> & unused
print(area(2))
x = 1
y = 2
z = 3
w = 4
end
""".splitlines(keepends=True)
new = """def area(radius):
\treturn 3.14159 * radius ** 2
print(area(2))
x = 1
y = 2
z = 3
w = 5
extra line added at the end with quite a lot of text in it, enough to wrap
end
""".splitlines(keepends=True)

d = difflib.HtmlDiff()
print(d.make_table(old, new, "old.py", "new.py"))
print(d.make_table(old, new, context=True, numlines=1))
print(d.make_table(old, new, context=True, numlines=0))
print(d.make_table(old, old, context=True))
print(d.make_table(old, old))
print(d.make_table([], [], "a", "b"))
print(d.make_table([], [], context=True))
w = difflib.HtmlDiff(tabsize=4, wrapcolumn=20)
print(w.make_table(old, new))
page = difflib.HtmlDiff().make_file(["caf\u00e9 \u2603\n"], ["cafe \u2603!\n"], "x", "y",
                                    charset="us-ascii")
print(page)
print(difflib.HtmlDiff._default_prefix)
for row in difflib._mdiff(old[:4], new[:4]):
    print(row)
for row in difflib._mdiff(old, new, context=1):
    print(row)
