# len, encode lengths and code point properties of mixed text
texts = ["ascii", "café", "日本語", "😀👍🏽", "e\u0301", "\U0001F1FA\U0001F1F8", "a\u200db", "\x00"]
for t in texts:
    print(ascii(t), len(t), len(t.encode("utf-8")), len(t.encode("utf-16-le")) // 2,
          [hex(ord(c)) for c in t])
print(max("aé😀"), min("aé😀"), sorted("😀éa"))
