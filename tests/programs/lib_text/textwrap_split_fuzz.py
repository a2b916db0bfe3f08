# textwrap's word splitting and wrapping on 400 pseudo-random strings over an alphabet of
# the characters its rules look at (letters, digits, hyphens, punctuation, whitespace).
import textwrap

alphabet = "aab-c--d 1_.!'\",?&\t\né-Z9 x"
state = 2024


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n


wrappers = [textwrap.TextWrapper(width=w) for w in (1, 3, 7, 12)]
plain = textwrap.TextWrapper(width=6, break_on_hyphens=False)
for i in range(400):
    s = "".join(alphabet[rand(len(alphabet))] for _ in range(rand(24) + 1))
    out = [wrappers[0]._split(s)]
    for w in wrappers:
        out.append(w.wrap(s))
    out.append(plain.wrap(s))
    out.append(textwrap.wrap(s, 5, break_long_words=False, fix_sentence_endings=True))
    out.append(textwrap.dedent(s.replace("\t", " ")))
    print(i, repr(s), out)
