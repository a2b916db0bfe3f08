# escape sequences in string literals
print(repr("\n\t\r\\\'\"\a\b\f\v\0"))
print("\x41\x42", "\101\102", "\u00e9", "\U0001F600", "\N{GREEK SMALL LETTER ALPHA}", "\N{EURO SIGN}")
print(len("\x00"), len("\77"), "\1234", "\08")
print(r"\n\t\x41", R"raw\\", r"a\"b", len(r"\n"))
print("line\
continued", "tab:\tend")
print("""triple "quotes" and 'single' \
joined""")
print('it\'s', "say \"hi\"", '"', "'")
print("\u0041\u0300", ascii("\u0041\u0300"), "\N{LATIN SMALL LETTER E WITH ACUTE}" == "é")
print(b"\x41\101\n", rb"\x41", br"\n")
