"""urllib.parse for pyjit: splitting URLs into their parts and joining them back
(urlsplit/urlparse/urlunsplit/urlunparse/urljoin/urldefrag, with the result types and
their username/password/hostname/port), percent-encoding (quote, quote_plus,
quote_from_bytes, unquote, unquote_plus, unquote_to_bytes) and query strings (urlencode,
parse_qs, parse_qsl), for str and bytes, as CPython 3.13's.
"""

from collections import namedtuple

__all__ = ["urlparse", "urlunparse",
           "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https',
                 'shttp', 'mms', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp', 'svn',
                 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms',
               'https', 'shttp', 'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss',
               'itms-services']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp',
               'rtsps', 'rtspu', 'sip', 'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais', 'imap', 'snews',
                    'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher', 'rtsp',
              'rtsps', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais', 'https',
                 'shttp', 'snews', 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.')

_C0_OR_SPACE = ''.join(map(chr, range(0x21)))
_REMOVED = ('\t', '\r', '\n')
MAX_CACHE_SIZE = 20


def clear_cache():
    pass


# ----------------------------------------------------------------------------- str/bytes

def _same(obj):
    return obj


def _to_bytes(obj):
    return obj.encode('ascii', 'strict')


def _coerce_args(*args):
    """The arguments as str, and how to turn a str result back into the caller's type."""
    text = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != text:
            raise TypeError("Cannot mix str and non-str arguments")
    if text:
        return args + (_same,)
    return tuple(x.decode('ascii', 'strict') if x else '' for x in args) + (_to_bytes,)


# ----------------------------------------------------------------------------- results

class _NetlocParts:
    """username, password, hostname and port read from a result's netloc."""

    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        # an IPv6 zone id keeps its case
        host, percent, zone = host.partition('%' if isinstance(host, str) else b'%')
        return host.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is None:
            return None
        if port.isdigit() and port.isascii():
            port = int(port)
        else:
            raise ValueError(f"Port could not be cast to integer value as {port!r}")
        if not 0 <= port <= 65535:
            raise ValueError("Port out of range 0-65535")
        return port

    @property
    def _userinfo(self):
        text = isinstance(self.netloc, str)
        userinfo, at, _ = self.netloc.rpartition('@' if text else b'@')
        if not at:
            return None, None
        user, colon, password = userinfo.partition(':' if text else b':')
        return user, (password if colon else None)

    @property
    def _hostinfo(self):
        text = isinstance(self.netloc, str)
        _, _, hostinfo = self.netloc.rpartition('@' if text else b'@')
        _, bracket, inside = hostinfo.partition('[' if text else b'[')
        if bracket:
            host, _, rest = inside.partition(']' if text else b']')
            _, _, port = rest.partition(':' if text else b':')
        else:
            host, _, port = hostinfo.partition(':' if text else b':')
        return host, (port or None)


_DefragBase = namedtuple('DefragResult', 'url fragment')
_SplitBase = namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseBase = namedtuple('ParseResult', 'scheme netloc path params query fragment')


def _encoded(result, cls, encoding, errors):
    return cls(*(x.encode(encoding, errors) for x in result))


def _decoded(result, cls, encoding, errors):
    return cls(*(x.decode(encoding, errors) for x in result))


class DefragResult(_DefragBase):
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url

    def encode(self, encoding='ascii', errors='strict'):
        return _encoded(self, DefragResultBytes, encoding, errors)


class SplitResult(_SplitBase, _NetlocParts):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)

    def encode(self, encoding='ascii', errors='strict'):
        return _encoded(self, SplitResultBytes, encoding, errors)


class ParseResult(_ParseBase, _NetlocParts):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)

    def encode(self, encoding='ascii', errors='strict'):
        return _encoded(self, ParseResultBytes, encoding, errors)


class DefragResultBytes(_DefragBase):
    __slots__ = ()

    def geturl(self):
        return self.url + b'#' + self.fragment if self.fragment else self.url

    def decode(self, encoding='ascii', errors='strict'):
        return _decoded(self, DefragResult, encoding, errors)


class SplitResultBytes(_SplitBase, _NetlocParts):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)

    def decode(self, encoding='ascii', errors='strict'):
        return _decoded(self, SplitResult, encoding, errors)


class ParseResultBytes(_ParseBase, _NetlocParts):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)

    def decode(self, encoding='ascii', errors='strict'):
        return _decoded(self, ParseResult, encoding, errors)


def _as_bytes_result(result):
    kinds = {SplitResult: SplitResultBytes, ParseResult: ParseResultBytes,
             DefragResult: DefragResultBytes}
    return _encoded(result, kinds[type(result)], 'ascii', 'strict')


# ----------------------------------------------------------------------------- splitting

def _split_netloc(url, start=0):
    end = len(url)
    for c in '/?#':
        at = url.find(c, start)
        if at >= 0:
            end = min(end, at)
    return url[start:end], url[end:]


def _check_netloc(netloc):
    if not netloc or netloc.isascii():
        return
    try:
        import unicodedata
    except ImportError:
        return
    n = netloc
    for c in '@:#?':
        n = n.replace(c, '')
    normal = unicodedata.normalize('NFKC', n)
    if n == normal:
        return
    for c in '/?#@:':
        if c in normal:
            raise ValueError("netloc '" + netloc + "' contains invalid "
                             "characters under NFKC normalization")


def _check_bracketed_host(host):
    import re
    if host.startswith('v'):
        if not re.match(r"\Av[a-fA-F0-9]+\..+\Z", host):
            raise ValueError("IPvFuture address is invalid")
        return
    # an IPv6 address (optionally with an IPv4 tail and a zone id)
    addr = host.partition('%')[0]
    if not re.fullmatch(r'[0-9A-Fa-f:.]+', addr) or addr.count('::') > 1 \
            or ':' not in addr:
        raise ValueError(f"'{host}' does not appear to be an IPv4 or IPv6 address")


def urlsplit(url, scheme='', allow_fragments=True):
    url, scheme, coerce = _coerce_args(url, scheme)
    url = url.lstrip(_C0_OR_SPACE)
    scheme = scheme.strip(_C0_OR_SPACE)
    for c in _REMOVED:
        url = url.replace(c, '')
        scheme = scheme.replace(c, '')
    netloc = query = fragment = ''
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha() \
            and all(c in scheme_chars for c in url[:colon]):
        scheme, url = url[:colon].lower(), url[colon + 1:]
    if url[:2] == '//':
        netloc, url = _split_netloc(url, 2)
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc:
            bracketed = netloc.partition('[')[2]
            _check_bracketed_host(bracketed.partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _check_netloc(netloc)
    result = SplitResult(scheme, netloc, url, query, fragment)
    return result if coerce is _same else _as_bytes_result(result)


def _split_params(path):
    if '/' in path:
        semi = path.find(';', path.rfind('/'))
        if semi < 0:
            return path, ''
    else:
        semi = path.find(';')
    return path[:semi], path[semi + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    url, scheme, coerce = _coerce_args(url, scheme)
    scheme, netloc, path, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ''
    if scheme in uses_params and ';' in path:
        path, params = _split_params(path)
    result = ParseResult(scheme, netloc, path, params, query, fragment)
    return result if coerce is _same else _as_bytes_result(result)


def urlunsplit(components):
    scheme, netloc, url, query, fragment, coerce = _coerce_args(*components)
    if netloc:
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + netloc + url
    elif url[:2] == '//' or (scheme and scheme in uses_netloc and (not url or url[:1] == '/')):
        url = '//' + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url += '?' + query
    if fragment:
        url += '#' + fragment
    return coerce(url)


def urlunparse(components):
    scheme, netloc, url, params, query, fragment, coerce = _coerce_args(*components)
    if params:
        url = "%s;%s" % (url, params)
    return coerce(urlunsplit((scheme, netloc, url, query, fragment)))


def urljoin(base, url, allow_fragments=True):
    if not base:
        return url
    if not url:
        return base
    base, url, coerce = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme not in uses_relative or scheme != bscheme:
        return coerce(url)
    if scheme in uses_netloc:
        if netloc:
            return coerce(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if not path and not params:
        return coerce(urlunparse((scheme, netloc, bpath, bparams, query or bquery, fragment)))
    if path[:1] == '/':
        segments = path.split('/')
    else:
        directory = bpath.split('/')
        if directory[-1] != '':
            del directory[-1]
        segments = directory + path.split('/')
        # empty inner segments would double slashes in the result
        segments[1:-1] = [s for s in segments[1:-1] if s]
    resolved = []
    for seg in segments:
        if seg == '..':
            if resolved:
                resolved.pop()
        elif seg != '.':
            resolved.append(seg)
    if segments[-1] in ('.', '..'):
        resolved.append('')
    return coerce(urlunparse((scheme, netloc, '/'.join(resolved) or '/', params, query,
                              fragment)))


def urldefrag(url):
    url, coerce = _coerce_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        result = DefragResult(urlunparse((s, n, p, a, q, '')), frag)
    else:
        result = DefragResult(url, '')
    return result if coerce is _same else _as_bytes_result(result)


# ----------------------------------------------------------------------------- quoting

bytes_types = (bytes, bytearray)
_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')
_ALWAYS_SAFE_BYTES = bytes(_ALWAYS_SAFE)
_HEX = '0123456789ABCDEFabcdef'
_quoters = {}


def _quoter(safe):
    table = _quoters.get(safe)
    if table is None:
        ok = _ALWAYS_SAFE.union(safe)
        table = [chr(b) if b in ok else '%{:02X}'.format(b) for b in range(256)]
        _quoters[safe] = table
    return table


def quote_from_bytes(bs, safe='/'):
    if not isinstance(bs, bytes_types):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes(c for c in safe if c < 128)
    if not bs.rstrip(_ALWAYS_SAFE_BYTES + safe):  # nothing to escape
        return bs.decode()
    table = _quoter(safe)
    return ''.join([table[b] for b in bs])


def quote(string, safe='/', encoding=None, errors=None):
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    if (isinstance(string, str) and ' ' not in string) or \
            (isinstance(string, bytes) and b' ' not in string):
        return quote(string, safe=safe, encoding=encoding, errors=errors)
    space = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + space, encoding, errors).replace(' ', '+')


def _unquote_bytes(string):
    if not string:
        string.split  # a TypeError for what has no split (None, ints)
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    pieces = string.split(b'%')
    if len(pieces) == 1:
        return string
    out = bytearray(pieces[0])
    for piece in pieces[1:]:
        code = piece[:2]
        if len(code) == 2 and chr(code[0]) in _HEX and chr(code[1]) in _HEX:
            out.append(int(code, 16))
            out += piece[2:]
        else:
            out += b'%'
            out += piece
    return out


def unquote_to_bytes(string):
    return bytes(_unquote_bytes(string))


def unquote(string, encoding='utf-8', errors='replace'):
    if isinstance(string, bytes):
        return _unquote_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    encoding = encoding or 'utf-8'
    errors = errors or 'replace'
    # only runs of ASCII can hold escapes; the rest is kept as it is
    out = []
    run_start = None
    for i, c in enumerate(string):
        if c < '\x80':
            if run_start is None:
                run_start = i
        elif run_start is not None:
            out.append(_unquote_bytes(string[run_start:i]).decode(encoding, errors))
            run_start = None
            out.append(c)
        else:
            out.append(c)
    if run_start is not None:
        out.append(_unquote_bytes(string[run_start:]).decode(encoding, errors))
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    return unquote(string.replace('+', ' '), encoding, errors)


# ----------------------------------------------------------------------------- queries

def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
             errors='replace', max_num_fields=None, separator='&'):
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding,
                                 errors=errors, max_num_fields=max_num_fields,
                                 separator=separator):
        result.setdefault(name, []).append(value)
    return result


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
              errors='replace', max_num_fields=None, separator='&'):
    if not (separator and isinstance(separator, (str, bytes))):
        raise ValueError("Separator must be of type string or bytes.")
    if isinstance(qs, str):
        if not isinstance(separator, str):
            separator = str(separator, 'ascii')
        eq = '='

        def unquote_part(s):
            return unquote_plus(s, encoding, errors)
    else:
        if not qs:
            return []
        qs = bytes(memoryview(qs))
        if isinstance(separator, str):
            separator = bytes(separator, 'ascii')
        eq = b'='

        def unquote_part(s):
            return unquote_to_bytes(s.replace(b'+', b'\x20'))
    if not qs:
        return []
    if max_num_fields is not None and max_num_fields < 1 + qs.count(separator):
        raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        name, has_eq, value = field.partition(eq)
        if not has_eq and strict_parsing:
            raise ValueError("bad query field: %r" % (field,))
        if value or keep_blank_values:
            pairs.append((unquote_part(name), unquote_part(value)))
    return pairs


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) > 0 and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence or mapping object") from err

    def q(x):
        if isinstance(x, bytes):
            return quote_via(x, safe)
        return quote_via(str(x), safe, encoding, errors)

    parts = []
    for k, v in query:
        k = q(k)
        if not doseq or isinstance(v, (str, bytes)):
            parts.append(k + '=' + q(v))
            continue
        try:
            len(v)
        except TypeError:
            parts.append(k + '=' + q(v))
        else:
            for item in v:
                parts.append(k + '=' + q(item))
    return '&'.join(parts)


def unwrap(url):
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url
