# difflib.SequenceMatcher against CPython's blocks on many generated sequences: strings
# over small alphabets (long ones exercise autojunk's popular elements), with and
# without a junk predicate, and lists of lines.
import difflib

state = 2024


def draw(n):
    # a linear congruential generator: the same inputs on every interpreter
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


def text(alphabet, size):
    return "".join(alphabet[draw(len(alphabet))] for _ in range(size))


for case in range(250):
    alphabet = "abcdef "[: 1 + draw(7)]
    long_case = case % 12 == 0
    na = 200 + draw(250) if long_case else draw(25)
    nb = 200 + draw(250) if long_case else draw(25)
    a, b = text(alphabet, na), text(alphabet, nb)
    junk = (None, lambda ch: ch == " ", lambda ch: ch in "ab")[draw(3)]
    m = difflib.SequenceMatcher(junk, a, b, autojunk=draw(2) == 1)
    blocks = m.get_matching_blocks()
    print(case, [tuple(x) for x in blocks])
    print("  ", m.get_opcodes())
    print("  ", list(m.get_grouped_opcodes(draw(4))))
    print("  ", round(m.ratio(), 12), round(m.quick_ratio(), 12), round(m.real_quick_ratio(), 12))
    lo, hi = draw(na + 1), draw(na + 1)
    print("  ", m.find_longest_match(min(lo, hi), max(lo, hi), 0, nb), m.find_longest_match())
    print("  ", sorted(m.bpopular), sorted(m.bjunk))

# sequences of lines, as Differ and unified_diff use them
words = ["def f(x):\n", "    return x\n", "\n", "# note\n", "pass\n", "x = 1\n", "y = 2\n"]
for case in range(40):
    a = [words[draw(len(words))] for _ in range(draw(12))]
    b = [words[draw(len(words))] for _ in range(draw(12))]
    m = difflib.SequenceMatcher(difflib.IS_LINE_JUNK if case % 2 else None, a, b)
    print("lines", case, m.get_opcodes(), round(m.ratio(), 12))

# the matcher is reused: set_seq1 keeps b's index, set_seq2 rebuilds it
m = difflib.SequenceMatcher()
m.set_seq2("abcd")
for x in ("abcd", "bcde", "", "dcba"):
    m.set_seq1(x)
    print(repr(x), m.ratio(), m.get_opcodes())
m.set_seqs("", "")
print(m.ratio(), m.get_matching_blocks(), list(m.get_grouped_opcodes()))
m = difflib.SequenceMatcher(None, (1, 2, 3, 4), [2, 3, 5])
print(m.get_matching_blocks(), m.a, m.b)
print(difflib.Match(1, 2, 3), difflib.Match(1, 2, 3).size)
print(difflib.SequenceMatcher[int])

# get_close_matches: the best scores first, ties by the larger string
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheels", "whee", "shell", "heel"], n=2))
print(difflib.get_close_matches("abc", ["abd", "abe", "abf", "xyz"], n=5, cutoff=0.0))
print(difflib.get_close_matches("zzz", ["abc"]))
for bad in ((0, 0.5), (3, 1.5), (3, -0.1)):
    try:
        difflib.get_close_matches("a", ["a"], *bad)
    except ValueError as e:
        print("ValueError:", e)
# a sequence of unhashable elements cannot be indexed
difflib.SequenceMatcher(None, [[1]], [[1]])
