"""csv for pyjit: readers and writers of delimited text (from _csv), the Dialect classes and
their registry, DictReader/DictWriter, and the Sniffer's guesses of a sample's format.
"""

import re
import types
from _csv import (Error, __version__, writer, reader, register_dialect,
                  unregister_dialect, get_dialect, list_dialects, field_size_limit,
                  QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE,
                  QUOTE_STRINGS, QUOTE_NOTNULL)
from _csv import Dialect as _Dialect
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC",
           "QUOTE_NONE",
           "QUOTE_STRINGS", "QUOTE_NOTNULL",
           "Error", "Dialect", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "DictReader", "DictWriter",
           "unix_dialect"]


class Dialect:
    """A named set of format parameters; subclasses set the class attributes."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e)) from None


class excel(Dialect):
    """Excel's CSV: commas, double quotes doubled inside quoted fields, CRLF."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """Excel's tab-separated text."""
    delimiter = '\t'


register_dialect('excel-tab', excel_tab)


class unix_dialect(Dialect):
    """Every field quoted, LF line ends."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


def _listed(names):
    # an iterator of names is read once, into a list
    if names is not None and iter(names) is names:
        return list(names)
    return names


class DictReader:
    """Rows as dicts keyed by the field names (given, or read from the first row)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = _listed(fieldnames)
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        result = dict(zip(names, row))
        if len(names) < len(row):
            result[self.restkey] = row[len(names):]
        else:
            for key in names[len(row):]:
                result[key] = self.restval
        return result

    __class_getitem__ = classmethod(types.GenericAlias)


class DictWriter:
    """Writes dicts as rows in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = _listed(fieldnames)
        self.restval = restval
        self.extrasaction = extrasaction
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            unknown = rowdict.keys() - self.fieldnames
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join(repr(k) for k in unknown))
        restval = self.restval
        return (rowdict.get(name, restval) for name in self.fieldnames)

    def writerow(self, rowdict):
        row = self._dict_to_list(rowdict)
        return self.writer.writerow(row)

    def writerows(self, rowdicts):
        rows = (self._dict_to_list(d) for d in rowdicts)
        return self.writer.writerows(rows)

    __class_getitem__ = classmethod(types.GenericAlias)


# ----------------------------------------------------------------------------- Sniffer

# A quoted field with what surrounds it, from the most telling context to the least:
# delimiter before and after, start of line before, end of line after, alone on its line.
_QUOTED_CONTEXTS = (
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
)


def _tally(counts, key):
    counts[key] = counts.get(key, 0) + 1


def _spaced(line, delim):
    return line.count(delim) == line.count(delim + " ")


class Sniffer:
    """Guesses a sample's dialect (sniff) and whether it starts with a header (has_header)."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        guess = self._guess_quote_and_delimiter(sample, delimiters)
        quotechar, doublequote, delimiter, skipinitialspace = guess
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        found = []
        for source in _QUOTED_CONTEXTS:
            pattern = re.compile(source, re.DOTALL | re.MULTILINE)
            found = list(pattern.finditer(data))
            if found:
                break
        if not found:
            return ('', False, None, 0)
        has_delim = 'delim' in pattern.groupindex
        quotes, delims, spaced = {}, {}, 0
        for m in found:
            if m.group('quote'):
                _tally(quotes, m.group('quote'))
            if not has_delim:
                continue
            d = m.group('delim')
            if d and (delimiters is None or d in delimiters):
                _tally(delims, d)
            if m.group('space'):
                spaced += 1
        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaced
            if delim == '\n':
                delim = ''
        else:
            delim, skipinitialspace = '', 0
        d, q = re.escape(delim), quotechar
        doubled = re.compile(r"((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)"
                             % (d, q, d, q, d, q, d), re.MULTILINE)
        return (quotechar, bool(doubled.search(data)), delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        # The delimiter is the character whose count per line is the most consistent:
        # for each character, the most common count (its mode) must hold on nearly all
        # lines. Lines are taken ten at a time until one character stands out.
        lines = [line for line in data.split('\n') if line]
        candidates = [chr(c) for c in range(127)]
        chunk = min(10, len(lines))
        histograms = {}
        modes = {}
        chosen = {}
        rounds = 0
        start, end = 0, chunk
        while start < len(lines):
            rounds += 1
            for line in lines[start:end]:
                for ch in candidates:
                    hist = histograms.setdefault(ch, {})
                    _tally(hist, line.count(ch))
            for ch, hist in histograms.items():
                pairs = list(hist.items())
                if len(pairs) == 1 and pairs[0][0] == 0:
                    continue
                if len(pairs) > 1:
                    best = max(pairs, key=lambda p: p[1])
                    pairs.remove(best)
                    modes[ch] = (best[0], best[1] - sum(p[1] for p in pairs))
                else:
                    modes[ch] = pairs[0]
            seen = float(min(chunk * rounds, len(lines)))
            consistency = 1.0
            while not chosen and consistency >= 0.9:
                for ch, (count, lines_with) in modes.items():
                    if count > 0 and lines_with > 0 and lines_with / seen >= consistency \
                            and (delimiters is None or ch in delimiters):
                        chosen[ch] = (count, lines_with)
                consistency -= 0.01
            if len(chosen) == 1:
                delim = next(iter(chosen))
                return (delim, _spaced(lines[0], delim))
            start = end
            end += chunk
        if not chosen:
            return ('', 0)
        if len(chosen) > 1:
            for d in self.preferred:
                if d in chosen:
                    return (d, _spaced(lines[0], d))
        delim = sorted((v, k) for k, v in chosen.items())[-1][1]
        return (delim, _spaced(lines[0], delim))

    def has_header(self, sample):
        # A header differs from the rows below it: where a column holds numbers, or values
        # of one length, a header cell that is not a number or has another length votes for
        # a header, one that fits votes against.
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        kinds = dict.fromkeys(range(width))
        checked = 0
        for row in rows:
            if checked > 20:
                break
            checked += 1
            if len(row) != width:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if isinstance(kind, int):
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
