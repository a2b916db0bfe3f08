"""Wrapping and filling paragraphs of text (wrap, fill, shorten, TextWrapper), and
dedent/indent of blocks of lines."""

# pyjit's textwrap splits text into words by scanning it (no regular expressions), with
# the rules CPython's word-splitting pattern has: whitespace runs, em-dashes between words,
# and words broken after the hyphen of a hyphenated word.

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_WORD_PUNCT = '!"\'&.,?'


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return c.isalnum() or c == '_' or c in _WORD_PUNCT


def _dash_run_then_word(text, i, n):
    # whether text[i:] is two or more '-' followed by a word character
    j = i
    while j < n and text[j] == '-':
        j += 1
    return j - i >= 2 and j < n and _is_word(text[j])


def _hyphen_break(text, k, n):
    # whether a word may break after the hyphen at text[k]: a letter pair, or
    # letter-hyphen-letter, before it, and letter [hyphen] letter after it
    if k >= 2 and _is_letter(text[k - 1]) and _is_letter(text[k - 2]):
        pass
    elif k >= 3 and _is_letter(text[k - 1]) and text[k - 2] == '-' and _is_letter(text[k - 3]):
        pass
    else:
        return False
    if k + 2 >= n or not _is_letter(text[k + 1]):
        return False
    if _is_letter(text[k + 2]):
        return True
    return text[k + 2] == '-' and k + 3 < n and _is_letter(text[k + 3])


def _split_words(text):
    chunks = []
    n = len(text)
    p = 0
    ws = _whitespace
    while p < n:
        c = text[p]
        if c in ws:
            q = p + 1
            while q < n and text[q] in ws:
                q += 1
            chunks.append(text[p:q])
            p = q
            continue
        if c == '-' and p > 0 and _is_word_punct(text[p - 1]) and _dash_run_then_word(text, p, n):
            q = p
            while text[q] == '-':
                q += 1
            chunks.append(text[p:q])
            p = q
            continue
        k = p + 1
        while True:
            if k >= n or text[k] in ws:
                end = k
                break
            if text[k] == '-' and _hyphen_break(text, k, n):
                end = k + 1
                break
            if (text[k] == '-' and _is_word_punct(text[k - 1])
                    and _dash_run_then_word(text, k, n)):
                end = k
                break
            k += 1
        chunks.append(text[p:end])
        p = end
    return chunks


def _split_fast(text, hyphens):
    # the same chunks as _split_words / _split_spaces when the only whitespace is ' ' (the
    # usual case after _munge_whitespace): space runs found with str.split, and only
    # words holding a hyphen scanned character by character (a word's neighbours are
    # spaces, which no rule of the scan treats as letters or word characters)
    chunks = []
    spaces = 0
    first = True
    for part in text.split(' '):
        if first:
            first = False
        else:
            spaces += 1
        if part:
            if spaces:
                chunks.append(' ' * spaces)
                spaces = 0
            if hyphens and '-' in part:
                chunks.extend(_split_words(part))
            else:
                chunks.append(part)
    if spaces:
        chunks.append(' ' * spaces)
    return chunks


def _split_spaces(text):
    chunks = []
    n = len(text)
    p = 0
    ws = _whitespace
    while p < n:
        inside = text[p] in ws
        q = p + 1
        while q < n and (text[q] in ws) == inside:
            q += 1
        chunks.append(text[p:q])
        p = q
    return chunks


def _ends_sentence(chunk):
    n = len(chunk)
    if n >= 2 and chunk[-1] in '"\'':
        chunk = chunk[:-1]
        n -= 1
    return n >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Wraps paragraphs to a width. The options (also attributes): width, initial_indent,
    subsequent_indent, expand_tabs, replace_whitespace, fix_sentence_endings,
    break_long_words, drop_whitespace, break_on_hyphens, tabsize, max_lines and
    placeholder."""

    unicode_whitespace_trans = {ord(c): ord(' ') for c in _whitespace}

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if ('\t' not in text and '\n' not in text and '\r' not in text
                and '\x0b' not in text and '\x0c' not in text):
            return _split_fast(text, self.break_on_hyphens)
        if self.break_on_hyphens:
            return _split_words(text)
        return _split_spaces(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # a word longer than a whole line: split it (after a hyphen if there is one in
        # reach) or, when long words may not break, put it alone on a line
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if len(chunk) > space_left and self.break_on_hyphens:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()   # popped from the end
        drop = self.drop_whitespace
        while chunks:
            line = []
            size = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if drop and lines and chunks[-1].strip() == '':
                del chunks[-1]
            while chunks:
                n = len(chunks[-1])
                if size + n > width:
                    break
                line.append(chunks.pop())
                size += n
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, size, width)
                size = sum(map(len, line))
            if drop and line and line[-1].strip() == '':
                size -= len(line[-1])
                del line[-1]
            if not line:
                continue
            last_allowed = (self.max_lines is None or len(lines) + 1 < self.max_lines
                            or (not chunks or drop and len(chunks) == 1
                                and not chunks[0].strip()) and size <= width)
            if last_allowed:
                lines.append(indent + ''.join(line))
                continue
            # the last line allowed, with more text to come: end it with the placeholder
            while line:
                if line[-1].strip() and size + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(indent + ''.join(line))
                    break
                size -= len(line[-1])
                del line[-1]
            else:
                if lines:
                    previous = lines[-1].rstrip()
                    if len(previous) + len(self.placeholder) <= self.width:
                        lines[-1] = previous + self.placeholder
                        break
                mark = self.placeholder.lstrip()
                lines.append(indent + mark)
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The paragraph text as a list of lines of at most width characters."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The paragraph text wrapped, as one string of lines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """text wrapped to width: a list of lines (options as TextWrapper's)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """text wrapped to width: one string (options as TextWrapper's)."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """text with its whitespace collapsed, cut at a word to fit width with the
    placeholder at the end when it does not fit whole."""
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(' '.join(text.strip().split()))


def dedent(text):
    """text without the leading spaces and tabs all its non-blank lines share; lines of
    only spaces and tabs become empty."""
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        body = line.lstrip(' \t')
        if not body:
            if line:
                lines[i] = ''
            continue
        lead = line[:len(line) - len(body)]
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            for j, (x, y) in enumerate(zip(margin, lead)):
                if x != y:
                    margin = margin[:j]
                    break
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """text with prefix before each line for which predicate(line) is true (by default,
    lines that are not only whitespace)."""
    out = []
    for line in text.splitlines(True):
        if (not line.isspace()) if predicate is None else predicate(line):
            out.append(prefix)
        out.append(line)
    return ''.join(out)
