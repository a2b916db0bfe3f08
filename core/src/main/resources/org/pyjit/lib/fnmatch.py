"""fnmatch for pyjit: shell-style wildcards (*, ?, [seq], [!seq]) matched through regular
expressions, with translate() giving CPython 3.13's text (a fixed part between two stars
becomes an atomic lazy group, so that patterns with many stars cannot backtrack
exponentially).
"""

import os
import re
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(32768, True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        text = translate(str(pat, 'ISO-8859-1'))
        return re.compile(text.encode('ISO-8859-1')).match
    return re.compile(translate(pat)).match


def filter(names, pat):
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is __import__('posixpath'):
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    return _compile_pattern(pat)(name) is not None


def translate(pat):
    star = object()
    return _join(_pieces(pat, star, '.'), star)


def _bracket(pat, start, end):
    """The class [pat[start:end]] in regex syntax ('' when it can match nothing)."""
    body = pat[start:end]
    if '-' in body:
        # split at the hyphens that make ranges; a hyphen right after '[' or '[!' is literal
        pieces = []
        first = start
        k = start + 2 if pat[start] == '!' else start + 1
        while True:
            k = pat.find('-', k, end)
            if k < 0:
                break
            pieces.append(pat[first:k])
            first = k + 1
            k += 3
        rest = pat[first:end]
        if rest:
            pieces.append(rest)
        else:
            pieces[-1] += '-'
        # a reversed range (z-a) matches nothing: fold it away with its neighbour
        for k in range(len(pieces) - 1, 0, -1):
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
        body = '-'.join(p.replace('\\', '\\\\').replace('-', '\\-') for p in pieces)
    else:
        body = body.replace('\\', '\\\\')
    # &&, ~~ and || would be set operations to a future re
    return re.sub(r'([&~|])', r'\\\1', body)


def _pieces(pat, star, any_char):
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] is not star:
                out.append(star)
        elif c == '?':
            out.append(any_char)
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
                continue
            body = _bracket(pat, i, j)
            i = j + 1
            if not body:
                out.append('(?!)')
            elif body == '!':
                out.append('.')
            else:
                if body[0] == '!':
                    body = '^' + body[1:]
                elif body[0] in '^[':
                    body = '\\' + body
                out.append('[' + body + ']')
        else:
            out.append(re.escape(c))
    return out


def _join(pieces, star):
    # text before the first star as it is; each "star, fixed text" pair before the last
    # star as an atomic lazy group; the last star as .*
    head = []
    i, n = 0, len(pieces)
    while i < n and pieces[i] is not star:
        head.append(pieces[i])
        i += 1
    while i < n:
        i += 1
        fixed = []
        while i < n and pieces[i] is not star:
            fixed.append(pieces[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            head.append('.*' + fixed)
        else:
            head.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(head) + ')\\Z'
