# Patterns built from a small grammar by a fixed pseudo-random sequence (a linear
# congruential generator written here: no random module), each run on several subjects;
# prints every match's span and groups, so any difference from sre's semantics shows.
import re

state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


ATOMS = ["a", "b", "c", ".", "[ab]", "[^a]", "\\w", "\\d", "x", "(?:ab)", "\\b", "$", "^"]
QUANTS = ["", "", "", "*", "+", "?", "*?", "+?", "??", "{2}", "{1,2}", "{0,2}?", "*+", "?+",
          "{,3}"]
groups = 0


def atom(depth):
    global groups
    k = rnd(10)
    if depth < 3 and k == 0:
        groups += 1
        return "(" + expr(depth + 1) + ")" + QUANTS[rnd(len(QUANTS))]
    if depth < 3 and k == 1:
        return "(?:" + expr(depth + 1) + ")" + QUANTS[rnd(len(QUANTS))]
    if depth < 3 and k == 2:
        return "(?=" + expr(depth + 1) + ")"
    if depth < 3 and k == 3 and groups:
        return "\\" + str(rnd(groups) + 1)
    if depth < 3 and k == 4:
        return "(?>" + expr(depth + 1) + ")" + QUANTS[rnd(len(QUANTS))]
    if depth < 3 and k == 6:
        return "(?<=" + ATOMS[rnd(5)] + ATOMS[rnd(5)] + ")"
    if depth < 3 and k == 7:
        return "(?<!" + ATOMS[rnd(5)] + ")"
    if depth < 3 and k == 5 and groups:
        return "(?(" + str(rnd(groups) + 1) + ")a|b)"
    a = ATOMS[rnd(len(ATOMS))]
    if a in ("\\b", "$", "^"):
        return a
    return a + QUANTS[rnd(len(QUANTS))]


def seq(depth):
    return "".join(atom(depth) for _ in range(1 + rnd(3)))


def expr(depth):
    s = seq(depth)
    while rnd(4) == 0:
        s += "|" + seq(depth)
    return s


SUBJECTS = ["", "a", "ab", "abc", "aab", "abab", "ba", "cab", "xaxb", "a1b2", "abcabc",
            "aaa", "bbb", "ab ab"]

for i in range(300):
    groups = 0
    pattern = expr(0)
    try:
        p = re.compile(pattern)
    except re.error as e:
        print(i, repr(pattern), "error:", e)
        continue
    except OverflowError as e:
        print(i, repr(pattern), "overflow:", e)
        continue
    results = []
    for s in SUBJECTS:
        ms = [(m.span(), m.groups(), m.lastindex) for m in p.finditer(s)]
        fm = p.fullmatch(s)
        results.append((ms, fm and fm.regs))
    print(i, repr(pattern), results)
