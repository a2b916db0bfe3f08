# small string algorithms
def is_palindrome(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]

def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha() and c.isascii():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)

def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)

print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("hello"))
print(caesar("Hello, World!", 3), caesar(caesar("Zebra", 5), -5))
print(rle("aaabccddddde"), rle(""), rle("x"))
words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(" ".join(w[::-1] for w in words[:4]), "-".join(w.capitalize() for w in words[:3]))
print(sorted(set("mississippi")), "".join(dict.fromkeys("mississippi")))
