# Greedy, lazy and possessive quantifiers; counted repeats; empty iterations; long
# subjects (no recursion over the subject).
import re


def spans(pattern, subject):
    return [m.span() for m in re.finditer(pattern, subject)]


print(spans(r"a*", "baaa"), spans(r"a*?", "baa"), spans(r"a+?", "aaa"))
print(spans(r"a??", "aa"), spans(r"a?", "aa"), spans(r"a{2,3}", "aaaaaaa"))
print(spans(r"a{2,3}?", "aaaaa"), spans(r"a{3}", "aaaaaaa"), spans(r"a{0}", "aa"))
print(spans(r"(?:ab){2,}", "abababab ab abab"), spans(r"(?:ab){,2}", "ababab"))
print(re.match(r".*foo", "xfooyfoo").span(), re.match(r".*?foo", "xfooyfoo").span())
print(re.match(r"<.*>", "<a><b>").group(), re.match(r"<.*?>", "<a><b>").group())
print(re.match(r"(\w+?)(\d*)$", "abc123").groups())
print(re.match(r"(x+x+)+y", "x" * 12 + "y").span())
print(re.match(r"(?:a|b)*c", "ab" * 50000 + "c").span())
print(re.match(r"(a|b)*c", "ab" * 50000 + "c").span())
print(re.match(r"(?:(a)|(b))*?c", "ab" * 20000 + "c").groups())
print(re.fullmatch(r"(?:a+b?)*", "aab" * 30000) is not None)
print(len(re.findall(r"\w+", "word " * 100000)))
print(re.search(r"x{3,}?y", "xxxxxxy").span(), re.search(r"x{2}?y", "xxxy").span())
print(re.match(r"(a{2})*", "aaaaa").span(), re.match(r"(a{2})*?$", "aaaa").groups())
print(re.match(r"(?:a*)*b", "aab").span(), re.match(r"(?:a*?)+?b", "aab").span())
print(re.match(r"(?:()|a)*", "aa").span(), re.match(r"(?:a|())*", "aa").groups())
print(re.match(r"a{,}", "aaa").span(), re.match(r"a{1,1}b", "ab").span())
print(re.match("a{4294967294}", "a"))
try:
    re.compile("a{4294967295}")
except OverflowError as e:
    print("OverflowError:", e)
try:
    re.compile("a{5,3}")
except re.error as e:
    print("error:", e)
print(re.sub(r"a*", "-", "baac"), re.sub(r"a*?", "-", "ba"), re.split(r"a*", "bac"))
