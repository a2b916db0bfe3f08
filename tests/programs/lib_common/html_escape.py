# html: escape with and without quotes; unescape of named references (with and without ';',
# longest prefixes), decimal and hex references, invalid code points and their HTML5
# replacements; the entity tables' sizes and samples
import html
import html.entities

print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape('<"\'>&', quote=False), html.escape(''))
samples = ['&amp; &lt; &gt; &quot; &#39; &#x27;', '&amp &lt &gt', '&notit; &notin; &not',
           '&copy2024 &copy;2024', '&AMP; &Amp;', '&nosuch; &', '&&amp;&', 'no refs',
           '&#65;&#x41;&#X41;&#0065', '&#0; &#13; &#128; &#129; &#150; &#159;', '&#xD800; &#x110000;',
           '&#1; &#11; &#127; &#xFDD0; &#xFFFE; &#x1FFFF; &#x10FFFF;', '&#9731; &#x1F600;',
           '&NotNestedGreaterGreater; &nGt; &ThickSpace;', '&acirc;&#226;&acirc',
           '&' + 'a' * 40 + ';', '&#;', '&#x;', '&# 65;', '&ampamp;', '&lt;&lt', '&frac12; &frac12',
           '&\t;', 'a &\nb', '&zwj;&zwnj;', '&fjlig;', '&bne;', '&#99999999999999999999;']
for s in samples:
    print(repr(s), ascii(html.unescape(s)))
e = html.entities
print(len(e.name2codepoint), len(e.codepoint2name), len(e.entitydefs), len(e.html5))
print(e.name2codepoint['eacute'], e.codepoint2name[8364], e.entitydefs['amp'], e.entitydefs['euro'],
      ascii(e.html5['gt;']), ascii(e.html5['gt']), ascii(e.html5['NotEqualTilde;']))
print(sorted(k for k in e.html5 if not k.endswith(';'))[:10], e.__all__)
for bad in [None, 5]:
    try:
        html.escape(bad)
    except AttributeError as x:
        print('AttributeError', x)
try:
    html.unescape(b'&amp;')
except TypeError as x:
    print('TypeError', x)
