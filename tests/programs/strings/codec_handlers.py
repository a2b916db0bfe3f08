# Encodings programs meet: single-byte code pages, utf-8-sig, and every error handler, with the
# runs of unencodable characters CPython reports in one error.
for s in ['€uro', 'naïve', 'Ā', 'ш', '\u4e00\uac00\ud7a3', '\x00\x85\ue000\U0010ffff\u0378', '😀', 'a\ud800b']:
    for enc in ['cp1252', 'cp1251', 'cp437', 'koi8-r', 'mac-roman', 'latin-1', 'ascii', 'utf-8', 'utf-8-sig']:
        out = []
        for err in ['strict', 'replace', 'ignore', 'namereplace', 'xmlcharrefreplace', 'backslashreplace', 'surrogatepass']:
            try:
                b = s.encode(enc, err)
                out.append(b)
                try:
                    out.append(b.decode(enc, err))
                except UnicodeDecodeError as e:
                    out.append(('DE', str(e)))
            except UnicodeEncodeError as e:
                out.append(('EE', str(e), e.start, e.end, e.encoding))
        print(ascii(s), enc, out)
for b in [b'\x81\x8d', b'\xef\xbb\xbf', b'\xef\xbb', b'\xed\xa0\x80x', b'\xed\xa0', b'\xed\xb0\x80\xed\xa0\x80']:
    for enc in ['cp1252', 'utf-8', 'utf-8-sig']:
        for err in ['strict', 'replace', 'surrogatepass', 'backslashreplace']:
            try:
                print(b, enc, err, ascii(b.decode(enc, err)))
            except UnicodeDecodeError as e:
                print(b, enc, err, 'DE', e, e.start, e.end)
