"""shlex for pyjit: a lexer for shell-like syntax (the shlex class, in POSIX or classic
mode, with punctuation_chars, comments, source inclusion), split, join and quote, as
CPython 3.13's.
"""

import os
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_ASCII_WORD = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
_LATIN1_WORD = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')

# the states of read_token besides a quote or escape character being inside
_IDLE = ' '
_WORD = 'a'
_PUNCT = 'c'


class shlex:
    """Splits a stream of characters into tokens."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is None:
            self.instream = sys.stdin
            self.infile = None
        else:
            self.instream = instream
            self.infile = infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else '')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = _IDLE
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self._pushback_chars = deque()
            # these join words when punctuation is split off, unless they are punctuation
            self.wordchars += '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        if self.debug >= 1:
            print('shlex: pushing token %r' % (tok,))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        saved = (self.infile, self.instream, self.lineno)
        self.filestack.appendleft(saved)
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1
        if self.debug:
            if newfile is not None:
                print('shlex: pushing to file ' + str(self.infile))
            else:
                print('shlex: pushing to stream ' + str(self.instream))

    def pop_source(self):
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        if self.debug:
            print('shlex: popping to %s, line %d' % (self.instream, self.lineno))
        self.state = _IDLE

    def get_token(self):
        if self.pushback:
            tok = self.pushback.popleft()
            if self.debug >= 1:
                print('shlex: popping token %r' % (tok,))
            return tok
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    newfile, newstream = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        if self.debug >= 1:
            if raw != self.eof:
                print("shlex: token=" + repr(raw))
            else:
                print("shlex: token=EOF")
        return raw

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        quoted = False
        resume = _IDLE  # the state an escape returns to
        while True:
            c = self._next_char()
            if c == '\n':
                self.lineno += 1
            state = self.state
            # "emit" ends the token when there is one (an empty quoted word counts in POSIX
            # mode); otherwise the scan goes on
            emit = False
            if state is None:
                self.token = ''
                break
            if state == _IDLE:
                if not c:
                    self.state = None
                    break
                if c in self.whitespace:
                    emit = True
                elif c in self.commenters:
                    self._skip_comment()
                elif self.posix and c in self.escape:
                    resume = _WORD
                    self.state = c
                elif c in self.wordchars:
                    self.token = c
                    self.state = _WORD
                elif c in self._punctuation_chars:
                    self.token = c
                    self.state = _PUNCT
                elif c in self.quotes:
                    if not self.posix:
                        self.token = c
                    self.state = c
                elif self.whitespace_split:
                    self.token = c
                    self.state = _WORD
                else:
                    self.token = c
                    emit = True
            elif state in self.quotes:
                quoted = True
                if not c:
                    raise ValueError("No closing quotation")
                if c == state:
                    if not self.posix:
                        self.token += c
                        self.state = _IDLE
                        break
                    self.state = _WORD
                elif self.posix and c in self.escape and state in self.escapedquotes:
                    resume = state
                    self.state = c
                else:
                    self.token += c
            elif state in self.escape:
                if not c:
                    raise ValueError("No escaped character")
                # inside quotes only the quote and the escape itself can be escaped
                if resume in self.quotes and c != state and c != resume:
                    self.token += state
                self.token += c
                self.state = resume
            elif state in (_WORD, _PUNCT):
                if not c:
                    self.state = None
                    break
                if c in self.whitespace:
                    self.state = _IDLE
                    emit = True
                elif c in self.commenters:
                    self._skip_comment()
                    if self.posix:
                        self.state = _IDLE
                        emit = True
                elif state == _PUNCT:
                    if c in self._punctuation_chars:
                        self.token += c
                    else:
                        if c not in self.whitespace:
                            self._pushback_chars.append(c)
                        self.state = _IDLE
                        break
                elif self.posix and c in self.quotes:
                    self.state = c
                elif self.posix and c in self.escape:
                    resume = _WORD
                    self.state = c
                elif (c in self.wordchars or c in self.quotes
                      or (self.whitespace_split and c not in self._punctuation_chars)):
                    self.token += c
                else:
                    if self._punctuation_chars:
                        self._pushback_chars.append(c)
                    else:
                        self.pushback.appendleft(c)
                    self.state = _IDLE
                    emit = True
            if emit and (self.token or (self.posix and quoted)):
                break
        result = self.token
        self.token = ''
        if result == '' and self.posix and not quoted:
            result = None
        if self.debug > 1:
            print("shlex: raw token=" + (repr(result) if result else "EOF"))
        return result

    def sourcehook(self, newfile):
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        base = self.infile
        if isinstance(base, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(base), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    if s is None:
        raise ValueError("s argument must not be None")
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


def join(split_command):
    return ' '.join(map(quote, split_command))


def _unsafe(s):
    global _unsafe
    import re
    _unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search
    return _unsafe(s)


def quote(s):
    if not s:
        return "''"
    if _unsafe(s) is None:
        return s
    # close the single quotes, add a double-quoted single quote, open them again
    inner = s.replace("'", "'\"'\"'")
    return "'%s'" % inner
