# repr picks the quote character and escapes what is needed
for s in ("plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "nl\n", "\x00\x1f\x7f\x80\x9f\xa0",
          "\u00ad", "\u0378", "\ud800" if False else "\U000e0001", "\u2028", "\ufeff", "é😀", "\t", ""):
    print(repr(s), ascii(s), len(repr(s)))
print(repr("'" * 3), repr('"' * 3), repr("'\""))
print(str("it's"), repr(repr("x")), repr(str(repr("'"))))
