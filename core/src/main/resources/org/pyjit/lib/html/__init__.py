"""html for pyjit: escape, and unescape with HTML5's rules for character references
(named ones from html.entities, the longest known prefix of an unterminated name,
numeric ones with the replacements HTML5 makes for invalid code points).
html.parser is not here (docs/stdlib/common.md).
"""

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace('\'', "&#x27;")
    return s


def _dropped(code):
    """Whether HTML5 drops the numeric reference &#code; (a control or noncharacter)."""
    return (0x1 <= code <= 0x8 or code == 0xb or 0xe <= code <= 0x1f
            or 0x7f <= code <= 0x9f or 0xfdd0 <= code <= 0xfdef
            or (code & 0xfffe) == 0xfffe)


def _numeric(ref):
    digits = ref[1:].rstrip(';')
    code = int(digits[1:], 16) if digits[:1] in ('x', 'X') else int(digits)
    from html.entities import _invalid_charrefs
    if code in _invalid_charrefs:
        return _invalid_charrefs[code]
    if 0xd800 <= code <= 0xdfff or code > 0x10ffff:
        return '\ufffd'
    if _dropped(code):
        return ''
    return chr(code)


def _named(ref):
    from html.entities import html5
    text = html5.get(ref)
    if text is not None:
        return text
    # an unterminated reference: the longest known name it starts with (of 2+ characters)
    for end in range(len(ref) - 1, 1, -1):
        text = html5.get(ref[:end])
        if text is not None:
            return text + ref[end:]
    return '&' + ref


def _replace(m):
    ref = m.group(1)
    return _numeric(ref) if ref[0] == '#' else _named(ref)


_charref = None


def unescape(s):
    global _charref
    if '&' not in s:
        return s
    if _charref is None:
        import re
        _charref = re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')
    return _charref.sub(_replace, s)
