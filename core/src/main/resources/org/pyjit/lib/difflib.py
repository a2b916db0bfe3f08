"""difflib for pyjit: sequence matching and text deltas.

Contract: the same matching blocks, opcodes, ratios and delta lines as CPython 3.13's
difflib for every input. SequenceMatcher finds the longest common block that contains no
junk, then recurses on the two sides (Ratcliff/Obershelp "gestalt" matching); the block
chosen among equally long ones (lowest index in a, then lowest in b) and the extension of
blocks over junk and "popular" elements must be exactly CPython's, because unittest's
assertion messages and every diff printed depend on them. HtmlDiff renders the same
side-by-side table as CPython's, from ndiff's delta.
"""

from types import GenericAlias

__all__ = ['SequenceMatcher', 'Match', 'Differ', 'ndiff', 'restore', 'unified_diff',
           'context_diff', 'diff_bytes', 'get_close_matches', 'IS_LINE_JUNK',
           'IS_CHARACTER_JUNK', 'HtmlDiff']


class Match(tuple):
    """A matching block (a, b, size): a[a:a+size] == b[b:b+size]. The namedtuple's
    API, written out so that importing difflib does not load collections."""

    __slots__ = ()
    _fields = ('a', 'b', 'size')
    _field_defaults = {}

    def __new__(cls, a, b, size):
        return tuple.__new__(cls, (a, b, size))

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != 3:
            raise TypeError(f'Expected 3 arguments, got {len(values)}')
        return tuple.__new__(cls, values)

    def _replace(self, **changes):
        values = self._asdict()
        for key in changes:
            if key not in values:
                raise TypeError(f'Got unexpected field names: {list(changes)!r}')
        values.update(changes)
        return self._make(values.values())

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    def __repr__(self):
        return 'Match(a=%r, b=%r, size=%r)' % tuple(self)

    a = property(lambda self: self[0], doc='Alias for field number 0')
    b = property(lambda self: self[1], doc='Alias for field number 1')
    size = property(lambda self: self[2], doc='Alias for field number 2')


def _ratio_of(matches, total):
    # Two empty sequences are identical.
    return 2.0 * matches / total if total else 1.0


class SequenceMatcher:
    """Compares two sequences of hashable elements."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        # b is the side that is indexed, so it is usually the one kept fixed.
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        b = self.b
        where = {}
        for pos, item in enumerate(b):
            spots = where.get(item)
            if spots is None:
                where[item] = [pos]
            else:
                spots.append(pos)
        junk = set()
        if self.isjunk is not None:
            test = self.isjunk
            for item in list(where):
                if test(item):
                    junk.add(item)
            for item in junk:
                del where[item]
        popular = set()
        count = len(b)
        if self.autojunk and count >= 200:
            limit = count // 100 + 1
            for item, spots in list(where.items()):
                if len(spots) > limit:
                    popular.add(item)
            for item in popular:
                del where[item]
        self.b2j = where
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        a, b, where, junk = self.a, self.b, self.b2j, self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_n = alo, blo, 0
        # run[j] = length of the common run ending at a[i-1] and b[j]
        run = {}
        none = ()
        for i in range(alo, ahi):
            prev = run.get
            run = {}
            for j in where.get(a[i], none):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                n = prev(j - 1, 0) + 1
                run[j] = n
                if n > best_n:
                    best_i, best_j, best_n = i - n + 1, j - n + 1, n
        # Grow the block over equal elements that were left out of the index: first the
        # popular ones (not junk), then the junk ones, on both sides.
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo
                   and (b[best_j - 1] in junk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i -= 1
                best_j -= 1
                best_n += 1
            while (best_i + best_n < ahi and best_j + best_n < bhi
                   and (b[best_j + best_n] in junk) == want_junk
                   and a[best_i + best_n] == b[best_j + best_n]):
                best_n += 1
        return Match(best_i, best_j, best_n)

    def get_matching_blocks(self):
        if self.matching_blocks is not None:
            return self.matching_blocks
        na, nb = len(self.a), len(self.b)
        pending = [(0, na, 0, nb)]
        found = []
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, n = m = self.find_longest_match(alo, ahi, blo, bhi)
            if n:
                found.append(m)
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + n < ahi and j + n < bhi:
                    pending.append((i + n, ahi, j + n, bhi))
        found.sort()
        # Adjacent blocks can come from different recursion branches: join them.
        joined = []
        ci = cj = cn = 0
        for i, j, n in found:
            if ci + cn == i and cj + cn == j:
                cn += n
            else:
                if cn:
                    joined.append(Match(ci, cj, cn))
                ci, cj, cn = i, j, n
        if cn:
            joined.append(Match(ci, cj, cn))
        joined.append(Match(na, nb, 0))
        self.matching_blocks = joined
        return joined

    def get_opcodes(self):
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        ops = []
        for ai, bj, n in self.get_matching_blocks():
            if i < ai:
                tag = 'replace' if j < bj else 'delete'
            elif j < bj:
                tag = 'insert'
            else:
                tag = None
            if tag:
                ops.append((tag, i, ai, j, bj))
            i, j = ai + n, bj + n
            if n:
                ops.append(('equal', ai, i, bj, j))
        self.opcodes = ops
        return ops

    def get_grouped_opcodes(self, n=3):
        ops = list(self.get_opcodes())
        if not ops:
            ops = [('equal', 0, 1, 0, 1)]
        tag, i1, i2, j1, j2 = ops[0]
        if tag == 'equal':
            ops[0] = (tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        tag, i1, i2, j1, j2 = ops[-1]
        if tag == 'equal':
            ops[-1] = (tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n))
        group = []
        for tag, i1, i2, j1, j2 in ops:
            # A long equal stretch closes the group with n lines of context and opens
            # the next one with n more.
            if tag == 'equal' and i2 - i1 > 2 * n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        same = 0
        for block in self.get_matching_blocks():
            same += block[-1]
        return _ratio_of(same, len(self.a) + len(self.b))

    def quick_ratio(self):
        # An upper bound of ratio(): common elements counted as multisets.
        if self.fullbcount is None:
            counts = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
            self.fullbcount = counts
        counts = self.fullbcount
        left = {}
        same = 0
        for item in self.a:
            if item in left:
                have = left[item]
            else:
                have = counts.get(item, 0)
            left[item] = have - 1
            if have > 0:
                same += 1
        return _ratio_of(same, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        na, nb = len(self.a), len(self.b)
        return _ratio_of(min(na, nb), na + nb)

    __class_getitem__ = classmethod(GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    m = SequenceMatcher()
    m.set_seq2(word)
    for candidate in possibilities:
        m.set_seq1(candidate)
        if (m.real_quick_ratio() >= cutoff and m.quick_ratio() >= cutoff
                and m.ratio() >= cutoff):
            scored.append((m.ratio(), candidate))
    import heapq
    return [candidate for _, candidate in heapq.nlargest(n, scored)]


def _hint_with_tabs(line, marks):
    # Where the line has whitespace under an unchanged position, keep that character
    # (a tab stays a tab) so the marks line up under the text when printed.
    out = []
    for ch, mark in zip(line, marks):
        out.append(ch if mark == ' ' and ch.isspace() else mark)
    return ''.join(out)


class Differ:
    """Line-by-line deltas of two lists of lines, with '?' lines marking the changed
    characters of lines that are similar."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        m = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in m.get_opcodes():
            if tag == 'replace':
                lines = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                lines = self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                lines = self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                lines = self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))
            yield from lines

    def _dump(self, tag, x, lo, hi):
        for k in range(lo, hi):
            yield '%s %s' % (tag, x[k])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        assert alo < ahi and blo < bhi
        # The shorter side comes first.
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Pair the two most similar lines (ratio above 0.74, the first pair met in
        # b-major order wins ties), diff around them recursively and mark the pair's
        # characters. Without such a pair, an identical pair is the anchor; without
        # either, a plain replace.
        best, threshold = 0.74, 0.75
        chars = SequenceMatcher(self.charjunk)
        same_i = same_j = None
        best_i = best_j = None
        for j in range(blo, bhi):
            bline = b[j]
            chars.set_seq2(bline)
            for i in range(alo, ahi):
                aline = a[i]
                if aline == bline:
                    if same_i is None:
                        same_i, same_j = i, j
                    continue
                chars.set_seq1(aline)
                if (chars.real_quick_ratio() > best and chars.quick_ratio() > best
                        and chars.ratio() > best):
                    best, best_i, best_j = chars.ratio(), i, j
        if best < threshold:
            if same_i is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)  # nothing alike
                return
            best_i, best_j = same_i, same_j
            identical = True
        else:
            identical = False

        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)  # lines before
        aline, bline = a[best_i], b[best_j]
        if identical:
            yield '  ' + aline
        else:
            amarks = []
            bmarks = []
            chars.set_seqs(aline, bline)
            for tag, i1, i2, j1, j2 in chars.get_opcodes():
                if tag == 'replace':
                    amarks.append('^' * (i2 - i1))
                    bmarks.append('^' * (j2 - j1))
                elif tag == 'delete':
                    amarks.append('-' * (i2 - i1))
                elif tag == 'insert':
                    bmarks.append('+' * (j2 - j1))
                elif tag == 'equal':
                    amarks.append(' ' * (i2 - i1))
                    bmarks.append(' ' * (j2 - j1))
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._qformat(aline, bline, ''.join(amarks), ''.join(bmarks))
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        atags = _hint_with_tabs(aline, atags).rstrip()
        btags = _hint_with_tabs(bline, btags).rstrip()
        yield '- ' + aline
        if atags:
            yield '? ' + atags + '\n'
        yield '+ ' + bline
        if btags:
            yield '? ' + btags + '\n'


def IS_LINE_JUNK(line, pat=None):
    if pat is not None:
        return pat(line) is not None
    # blank, or blank but for one '#'
    text = line.strip()
    return text == '' or text == '#'


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    return ch in ws


def _format_range_unified(start, stop):
    first = start + 1
    count = stop - start
    if count == 1:
        return str(first)
    if count == 0:
        first -= 1
    return '%d,%d' % (first, count)


def _format_range_context(start, stop):
    first = start + 1
    count = stop - start
    if count == 0:
        first -= 1
    if count <= 1:
        return str(first)
    return '%d,%d' % (first, first + count - 1)


def _require_str(a, b, *texts):
    for seq in (a, b):
        if seq and not isinstance(seq[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)'
                            % (type(seq[0]).__name__, seq[0]))
    for text in texts:
        if not isinstance(text, str):
            raise TypeError('all arguments must be str, not: %r' % (text,))


def _headers(first, second, fromfile, tofile, fromfiledate, tofiledate, lineterm):
    fdate = '\t' + fromfiledate if fromfiledate else ''
    tdate = '\t' + tofiledate if tofiledate else ''
    return (first + ' ' + fromfile + fdate + lineterm,
            second + ' ' + tofile + tdate + lineterm)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    _require_str(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    headed = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not headed:
            headed = True
            yield from _headers('---', '+++', fromfile, tofile, fromfiledate,
                                tofiledate, lineterm)
        start, end = group[0], group[-1]
        yield '@@ -%s +%s @@%s' % (_format_range_unified(start[1], end[2]),
                                   _format_range_unified(start[3], end[4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_MARK = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    _require_str(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    headed = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not headed:
            headed = True
            yield from _headers('***', '---', fromfile, tofile, fromfiledate,
                                tofiledate, lineterm)
        start, end = group[0], group[-1]
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_format_range_context(start[1], end[2]), lineterm)
        if any(op[0] in ('replace', 'delete') for op in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_MARK[tag] + line
        yield '--- %s ----%s' % (_format_range_context(start[3], end[4]), lineterm)
        if any(op[0] in ('replace', 'insert') for op in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_MARK[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'', tofiledate=b'',
               n=3, lineterm=b'\n'):
    def as_text(x):
        try:
            return x.decode('ascii', 'surrogateescape')
        except AttributeError as e:
            raise TypeError('all arguments must be bytes, not %s (%r)'
                            % (type(x).__name__, x)) from e
    lines = dfunc([as_text(x) for x in a], [as_text(x) for x in b],
                  as_text(fromfile), as_text(tofile), as_text(fromfiledate),
                  as_text(tofiledate), n, as_text(lineterm))
    for line in lines:
        yield line.encode('ascii', errors='surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    differ = Differ(linejunk, charjunk)
    return differ.compare(a, b)



def _mdiff(fromlines, tolines, context=None, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Side-by-side rows of an ndiff delta, for HtmlDiff: (from, to, changed) where from
    and to are (line number, text) with the changes wrapped in '\0+', '\0-', '\0^' ...
    '\1' marks, ('', '\n') for a filler row, None for a side that has no line here; with
    a context, only the rows near changes, (None, None, None) between separate groups."""
    import re
    hint_runs = re.compile(r'(\++|\-+|\^+)')
    delta = ndiff(fromlines, tolines, linejunk, charjunk)
    numbers = [0, 0]

    def row_side(window, how, side):
        # takes this side's line (with its '?' line when how is '?') off the window
        numbers[side] += 1
        if how is None:
            return numbers[side], window.pop(0)[2:]
        if how == '?':
            text = window.pop(0)
            hints = window.pop(0)
            spans = [(m.group(1)[0], m.span()) for m in hint_runs.finditer(hints)]
            for mark, (lo, hi) in reversed(spans):
                text = text[:lo] + '\0' + mark + text[lo:hi] + '\1' + text[hi:]
            return numbers[side], text[2:]
        text = window.pop(0)[2:] or ' '
        return numbers[side], '\0' + how + text + '\1'

    def rows():
        window = []
        owed = 0     # filler rows owed: > 0 on the from side, < 0 on the to side
        while True:
            while len(window) < 4:
                window.append(next(delta, 'X'))
            shape = ''.join(line[0] for line in window)
            pair = None
            flush = 0
            if shape.startswith('X'):
                flush = owed
            elif shape.startswith('-?+?'):
                yield row_side(window, '?', 0), row_side(window, '?', 1), True
                continue
            elif shape.startswith('--++'):
                owed -= 1
                yield row_side(window, '-', 0), None, True
                continue
            elif shape.startswith(('--?+', '--+', '- ')):
                pair = (row_side(window, '-', 0), None)
                flush, owed = owed - 1, 0
            elif shape.startswith('-+?'):
                yield row_side(window, None, 0), row_side(window, '?', 1), True
                continue
            elif shape.startswith('-?+'):
                yield row_side(window, '?', 0), row_side(window, None, 1), True
                continue
            elif shape.startswith('-'):
                owed -= 1
                yield row_side(window, '-', 0), None, True
                continue
            elif shape.startswith('+--'):
                owed += 1
                yield None, row_side(window, '+', 1), True
                continue
            elif shape.startswith(('+ ', '+-')):
                pair = (None, row_side(window, '+', 1))
                flush, owed = owed + 1, 0
            elif shape.startswith('+'):
                owed += 1
                yield None, row_side(window, '+', 1), True
                continue
            elif shape.startswith(' '):
                yield row_side(window[:], None, 0), row_side(window, None, 1), False
                continue
            for _ in range(-flush):
                yield None, ('', '\n'), True
            for _ in range(flush):
                yield ('', '\n'), None, True
            if shape.startswith('X'):
                return
            yield pair[0], pair[1], True

    def paired():
        # one from line with one to line: a side's lines wait for the other side's
        left, right = [], []
        source = rows()
        while True:
            while not left or not right:
                try:
                    a, b, changed = next(source)
                except StopIteration:
                    return
                if a is not None:
                    left.append((a, changed))
                if b is not None:
                    right.append((b, changed))
            a, a_changed = left.pop(0)
            b, b_changed = right.pop(0)
            yield a, b, a_changed or b_changed

    pairs = paired()
    if context is None:
        yield from pairs
        return
    keep = context + 1
    while True:
        # remember the last `keep` rows until a change comes
        ring = [None] * keep
        seen = 0
        changed = False
        while changed is False:
            try:
                a, b, changed = next(pairs)
            except StopIteration:
                return
            ring[seen % keep] = (a, b, changed)
            seen += 1
        if seen > keep:
            yield None, None, None
            count = keep
        else:
            count = seen
            seen = 0
        for _ in range(count):
            yield ring[seen % keep]
            seen += 1
        # then rows until `context` unchanged rows have followed the last change
        left = context
        try:
            while left:
                a, b, changed = next(pairs)
                left = context if changed else left - 1
                yield a, b, changed
        except StopIteration:
            return


_file_template = '\n'.join([
    '',
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"',
    '          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    '',
    '<html>',
    '',
    '<head>',
    '    <meta http-equiv="Content-Type"',
    '          content="text/html; charset=%(charset)s" />',
    '    <title></title>',
    '    <style type="text/css">%(styles)s',
    '    </style>',
    '</head>',
    '',
    '<body>',
    '    %(table)s%(legend)s',
    '</body>',
    '',
    '</html>'])

_styles = '\n'.join([
    '',
    '        table.diff {font-family:Courier; border:medium;}',
    '        .diff_header {background-color:#e0e0e0}',
    '        td.diff_header {text-align:right}',
    '        .diff_next {background-color:#c0c0c0}',
    '        .diff_add {background-color:#aaffaa}',
    '        .diff_chg {background-color:#ffff77}',
    '        .diff_sub {background-color:#ffaaaa}'])

_table_template = '\n'.join([
    '',
    '    <table class="diff" id="difflib_chg_%(prefix)s_top"',
    '           cellspacing="0" cellpadding="0" rules="groups" >',
    '        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>',
    '        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>',
    '        %(header_row)s',
    '        <tbody>',
    '%(data_rows)s        </tbody>',
    '    </table>'])

_legend = '\n'.join([
    '',
    '    <table class="diff" summary="Legends">',
    '        <tr> <th colspan="2"> Legends </th> </tr>',
    '        <tr> <td> <table border="" summary="Colors">',
    '                      <tr><th> Colors </th> </tr>',
    '                      <tr><td class="diff_add">&nbsp;Added&nbsp;</td></tr>',
    '                      <tr><td class="diff_chg">Changed</td> </tr>',
    '                      <tr><td class="diff_sub">Deleted</td> </tr>',
    '                  </table></td>',
    '             <td> <table border="" summary="Links">',
    '                      <tr><th colspan="2"> Links </th> </tr>',
    '                      <tr><td>(f)irst change</td> </tr>',
    '                      <tr><td>(n)ext change</td> </tr>',
    '                      <tr><td>(t)op</td> </tr>',
    '                  </table></td> </tr>',
    '    </table>'])


class HtmlDiff(object):
    """Side-by-side HTML tables of two lists of lines, changes highlighted, with links
    from change to change (make_table, or make_file for a whole page)."""

    _file_template = _file_template
    _styles = _styles
    _table_template = _table_template
    _legend = _legend
    # numbers the tables made, so that the anchors of several tables in a page differ
    _default_prefix = 0

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None,
                 charjunk=IS_CHARACTER_JUNK):
        self._tabsize = tabsize
        self._wrapcolumn = wrapcolumn
        self._linejunk = linejunk
        self._charjunk = charjunk

    def make_file(self, fromlines, tolines, fromdesc='', todesc='', context=False,
                  numlines=5, *, charset='utf-8'):
        table = self.make_table(fromlines, tolines, fromdesc, todesc, context=context,
                                numlines=numlines)
        page = self._file_template % {'styles': self._styles, 'legend': self._legend,
                                      'table': table, 'charset': charset}
        # characters the charset cannot encode become character references
        return page.encode(charset, 'xmlcharrefreplace').decode(charset)

    def _tab_newline_replace(self, fromlines, tolines):
        size = self._tabsize

        def expand(line):
            # tabs become spaces (kept apart from real spaces as tabs, turned into
            # &nbsp; at the end), the line end goes
            line = line.replace(' ', '\0').expandtabs(size)
            return line.replace(' ', '\t').replace('\0', ' ').rstrip('\n')
        return [expand(x) for x in fromlines], [expand(x) for x in tolines]

    def _split_line(self, data_list, line_num, text):
        # a line longer than wrapcolumn continues on rows numbered '>'; a mark open at
        # the cut is closed and reopened
        if not line_num:
            data_list.append((line_num, text))
            return
        width = self._wrapcolumn
        total = len(text)
        if total <= width or total - 3 * text.count('\0') <= width:
            data_list.append((line_num, text))
            return
        pos = shown = 0
        mark = ''
        while shown < width and pos < total:
            ch = text[pos]
            if ch == '\0':
                mark = text[pos + 1]
                pos += 2
            elif ch == '\1':
                mark = ''
                pos += 1
            else:
                pos += 1
                shown += 1
        head, tail = text[:pos], text[pos:]
        if mark:
            head += '\1'
            tail = '\0' + mark + tail
        data_list.append((line_num, head))
        self._split_line(data_list, '>', tail)

    def _line_wrapper(self, diffs):
        for fromdata, todata, flag in diffs:
            if flag is None:
                yield fromdata, todata, flag
                continue
            left, right = [], []
            self._split_line(left, *fromdata)
            self._split_line(right, *todata)
            while left or right:
                a = left.pop(0) if left else ('', ' ')
                b = right.pop(0) if right else ('', ' ')
                yield a, b, flag

    def _collect_lines(self, diffs):
        froms, tos, flags = [], [], []
        for fromdata, todata, flag in diffs:
            try:
                froms.append(self._format_line(0, flag, *fromdata))
                tos.append(self._format_line(1, flag, *todata))
            except TypeError:
                # the separator row between context groups
                froms.append(None)
                tos.append(None)
            flags.append(flag)
        return froms, tos, flags

    def _format_line(self, side, flag, linenum, text):
        try:
            linenum = '%d' % linenum
            anchor = ' id="%s%s"' % (self._prefix[side], linenum)
        except TypeError:
            anchor = ''   # a filler row or a wrapped line's continuation
        for raw, escaped in (('&', '&amp;'), ('>', '&gt;'), ('<', '&lt;')):
            text = text.replace(raw, escaped)
        text = text.replace(' ', '&nbsp;').rstrip()
        return ('<td class="diff_header"%s>%s</td><td nowrap="nowrap">%s</td>'
                % (anchor, linenum, text))

    def _make_prefix(self):
        number = HtmlDiff._default_prefix
        HtmlDiff._default_prefix = number + 1
        self._prefix = ['from%d_' % number, 'to%d_' % number]

    def _convert_flags(self, fromlist, tolist, flaglist, context, numlines):
        # the (n)ext links: an anchor numlines rows above each change, a link to it on
        # the first row of the change before
        target = self._prefix[1]
        anchors = [''] * len(flaglist)
        links = [''] * len(flaglist)
        changes = 0
        inside = False
        last = 0
        for i, flag in enumerate(flaglist):
            if not flag:
                inside = False
                continue
            if inside:
                continue
            inside = True
            last = i
            anchors[max(0, i - numlines)] = ' id="difflib_chg_%s_%d"' % (target, changes)
            changes += 1
            links[last] = '<a href="#difflib_chg_%s_%d">n</a>' % (target, changes)
        if not flaglist:
            flaglist = [False]
            anchors = ['']
            links = ['']
            last = 0
            note = 'No Differences Found' if context else 'Empty File'
            fromlist = tolist = ['<td></td><td>&nbsp;%s&nbsp;</td>' % note]
        if not flaglist[0]:
            links[0] = '<a href="#difflib_chg_%s_0">f</a>' % target
        links[last] = '<a href="#difflib_chg_%s_top">t</a>' % target
        return fromlist, tolist, flaglist, links, anchors

    def make_table(self, fromlines, tolines, fromdesc='', todesc='', context=False,
                   numlines=5):
        self._make_prefix()
        fromlines, tolines = self._tab_newline_replace(fromlines, tolines)
        diffs = _mdiff(fromlines, tolines, numlines if context else None,
                       linejunk=self._linejunk, charjunk=self._charjunk)
        if self._wrapcolumn:
            diffs = self._line_wrapper(diffs)
        froms, tos, flags = self._collect_lines(diffs)
        froms, tos, flags, links, anchors = self._convert_flags(froms, tos, flags,
                                                                context, numlines)
        rows = []
        for i, flag in enumerate(flags):
            if flag is None:
                # a gap between context groups: a new tbody (none before the first)
                if i > 0:
                    rows.append('        </tbody>        \n        <tbody>\n')
                continue
            rows.append('            <tr><td class="diff_next"%s>%s</td>%s'
                        '<td class="diff_next">%s</td>%s</tr>\n'
                        % (anchors[i], links[i], froms[i], links[i], tos[i]))
        header = ''
        if fromdesc or todesc:
            gap = '<th class="diff_next"><br /></th>'
            title = '<th colspan="2" class="diff_header">%s</th>'
            header = '<thead><tr>' + gap + title % fromdesc + gap + title % todesc
            header += '</tr></thead>'
        table = self._table_template % {'data_rows': ''.join(rows), 'header_row': header,
                                        'prefix': self._prefix[1]}
        for mark, html in (('\0+', '<span class="diff_add">'),
                           ('\0-', '<span class="diff_sub">'),
                           ('\0^', '<span class="diff_chg">'), ('\1', '</span>'),
                           ('\t', '&nbsp;')):
            table = table.replace(mark, html)
        return table

def restore(delta, which):
    try:
        side = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    for line in delta:
        if line[:2] == '  ' or line[:2] == side:
            yield line[2:]
