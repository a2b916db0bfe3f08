"""json's streaming encoder (JSONEncoder.iterencode, json.dump)."""

INFINITY = float('inf')


class Chunks:
    # The streaming encoder: yields the pieces CPython's pure-Python encoder yields (a
    # separator glued to the scalar after it, containers opened and closed on their own).

    def __init__(self, markers, default, encoder, indent, key_separator, item_separator,
                 sort_keys, skipkeys, allow_nan):
        self.markers = markers
        self.default = default
        self.encoder = encoder
        self.indent = indent
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.allow_nan = allow_nan

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
        return text

    def scalar(self, o):
        # the text of a str, None, bool, int or float; None for anything else
        if isinstance(o, str):
            return self.encoder(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.floatstr(o)
        return None

    def mark(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[key] = o

    def unmark(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.array(o, level)
        elif isinstance(o, dict):
            yield from self.object(o, level)
        else:
            self.mark(o)
            yield from self.value(self.default(o), level)
            self.unmark(o)

    def nested(self, o, level):
        if isinstance(o, (list, tuple)):
            return self.array(o, level)
        if isinstance(o, dict):
            return self.object(o, level)
        return self.value(o, level)

    def array(self, seq, level):
        if not seq:
            yield '[]'
            return
        self.mark(seq)
        head = '['
        separator = self.item_separator
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            separator += newline
            head += newline
        first = True
        for item in seq:
            if first:
                first = False
                prefix = head
            else:
                prefix = separator
            text = self.scalar(item)
            if text is not None:
                yield prefix + text
            else:
                yield prefix
                yield from self.nested(item, level)
        if self.indent is not None:
            yield '\n' + self.indent * (level - 1)
        yield ']'
        self.unmark(seq)

    def key(self, k):
        if isinstance(k, str):
            return k
        text = self.scalar(k)  # the other scalars are keys by their JSON text
        if text is not None:
            return text
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {k.__class__.__name__}')

    def object(self, d, level):
        if not d:
            yield '{}'
            return
        self.mark(d)
        yield '{'
        separator = self.item_separator
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            separator += newline
            yield newline
        items = sorted(d.items()) if self.sort_keys else d.items()
        first = True
        for k, v in items:
            k = self.key(k)
            if k is None:
                continue
            if first:
                first = False
            else:
                yield separator
            yield self.encoder(k)
            yield self.key_separator
            text = self.scalar(v)
            if text is not None:
                yield text
            else:
                yield from self.nested(v, level)
        if self.indent is not None:
            yield '\n' + self.indent * (level - 1)
        yield '}'
        self.unmark(d)
