# difflib's text deltas: ndiff with its "?" hint lines (tabs kept), Differ with junk
# predicates, unified_diff and context_diff (headers, dates, n, lineterm), restore,
# diff_bytes, the junk predicates and the type errors.
import difflib


def show(lines):
    print("".join(lines), end="")
    print("-" * 20)


one = "one\ntwo\nthree\n".splitlines(keepends=True)
other = "ore\ntree\nemu\n".splitlines(keepends=True)
show(difflib.ndiff(one, other))
show(difflib.Differ().compare(["\tabcDefghiJkl\n"], ["\tabcdefGhijkl\n"]))
a = ["the quick brown fox\n", "jumps over\n", "the lazy dog\n", "and more\n", "end\n"]
b = ["the quick brown cat\n", "jumps over\n", "a lazy dog\n", "and even more\n", "finish\n", "end\n"]
show(difflib.ndiff(a, b))
show(difflib.ndiff(a, b, linejunk=difflib.IS_LINE_JUNK, charjunk=None))
show(difflib.ndiff(["same\n", "x\n"], ["same\n", "x\n"]))
show(difflib.ndiff(["1\n", "2\n", "3\n"], ["a\n", "b\n"]))
show(difflib.ndiff(["abcdefgh\n", "zzz\n"], ["zzz\n", "abcdefgh\n"]))
show(difflib.ndiff(["    indented line here\n"], ["\tindented line here!\n"]))

# a replace of dissimilar lines with an identical pair inside it
show(difflib.ndiff(["a\n", "common\n", "b\n"], ["x\n", "y\n", "common\n", "z\n"]))

delta = list(difflib.ndiff(a, b))
print(list(difflib.restore(delta, 1)) == a, list(difflib.restore(delta, 2)) == b)
try:
    list(difflib.restore(delta, 3))
except ValueError as e:
    print("ValueError:", e)

old = ["line %d\n" % i for i in range(1, 21)]
new = old[:]
new[2] = "line three\n"
new.insert(10, "inserted\n")
del new[16]
new.append("tail\n")
show(difflib.unified_diff(old, new))
show(difflib.unified_diff(old, new, "old.txt", "new.txt", "2024-01-01", "2024-01-02", n=1))
show(difflib.unified_diff(old, new, n=0))
show(difflib.unified_diff([x.rstrip() for x in old[:5]], [x.rstrip() for x in new[:5]],
                          "a", "b", lineterm=""))
show(difflib.context_diff(old, new))
show(difflib.context_diff(old, new, "old.txt", "new.txt", "Mon", "Tue", n=2))
show(difflib.context_diff(old, new, n=0))
show(difflib.context_diff(["a\n"], [], "x", "y"))
show(difflib.unified_diff([], ["a\n", "b\n"], "x", "y"))
show(difflib.unified_diff(["same\n"], ["same\n"]))
for chunk in difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"\xffb\n"], [b"a\n", b"c\n"],
                                b"f1", b"f2"):
    print(chunk)

print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #  \n"), difflib.IS_LINE_JUNK("x\n"),
      difflib.IS_LINE_JUNK("# a\n"), difflib.IS_LINE_JUNK(""))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("\t"),
      difflib.IS_CHARACTER_JUNK("\n"), difflib.IS_CHARACTER_JUNK("x"))

for call in (lambda: list(difflib.unified_diff([b"a"], ["b"])),
             lambda: list(difflib.context_diff(["a"], [1])),
             lambda: list(difflib.unified_diff(["a"], ["b"], fromfile=b"x")),
             lambda: list(difflib.diff_bytes(difflib.unified_diff, ["a"], [b"b"]))):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
list(difflib.context_diff(["a\n"], ["b\n"], tofiledate=3))
