# IGNORECASE as sre does it: lowercased comparison plus the characters sharing an
# uppercase form (s and long s, i and dotless i, k and the Kelvin sign...), ASCII-only
# folding under re.ASCII and for bytes.
import re


def show(pattern, subject, flags=re.I):
    print(repr(pattern), repr(subject), re.findall(pattern, subject, flags))


show("s", "sSſ")
show("S", "sSſ")
show("ſ", "sSſ")
show("[s]", "sSſ")
show("[S]", "sSſ")
show("k", "kK\u212a")
show("\u212a", "kK\u212a")
show("[k]", "kK\u212a")
show("[\u212a]", "kK\u212a")
show("i", "iIıİ")
show("ı", "iIıİ")
show("İ", "iIıİ")
show("ß", "ßẞSS")
show("ẞ", "ßẞ")
show("µ", "µμΜ")
show("σ", "σςΣ")
show("[α-ω]+", "ΑΒΓ αβγ")
show("[a-z]+", "ABC xyz ſK")
show("[A-Z]+", "abc XYZ ſ\u212a")
show("[^a-z]+", "ABC xyz 12")
show("ǆ", "ǄǅǆDž")
show("ﬀ", "ﬀFF")
show("\u0345", "\u0345\u03b9\u0399\u1fbe")
show("k", "kK\u212a", re.I | re.A)
show("s", "sSſ", re.I | re.A)
show("é", "éÉ", re.I | re.A)
show("é", "éÉ")
show(r"(?i:a)b", "ABAbab", 0)
show(r"a(?-i:b)", "ABAbab")
print(re.findall(rb"k", b"kK\xe9\xc9", re.I), re.findall(rb"\xe9", b"\xe9\xc9", re.I))
print(re.findall(rb"[a-c]+", b"ABCabc", re.I), re.findall(rb"(?i)B", b"bB"))
print(re.match(r"(a)\1", "aA", re.I), re.match(r"(ſ)\1", "ſs", re.I))
print(re.match(r"(?i)(K)\1", "K\u212a"))
print(re.sub("cat", "dog", "Cat CAT cat", flags=re.I))
