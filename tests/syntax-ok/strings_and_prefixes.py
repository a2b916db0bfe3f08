a = 'single' "double" '''triple''' """triple double"""
b = r'raw\n' R"RAW"
bb = br'bytes' Rb"x" rB'y' BR"z"
c = u'unicode' U"U"
d = b'\x00\xff'
e = 'implicit' 'concatenation' \
    'across lines'
f = ('paren'
     'concat')
g = '\N{GREEK SMALL LETTER ALPHA}'
h = '\u00e9\U0001F600\x41\101'
