"""Warnings for pyjit: warn(), the filters and their actions, showwarning/formatwarning,
catch_warnings. The interpreter's own warnings (DeprecationWarning from the runtime,
SyntaxWarning from compile()) go through warn_explicit here once this module is imported,
so that its filters apply to them too.

Filters are (action, message, category, module, lineno) as CPython keeps them; message and
module are compiled regular expressions when the re module is there (matched from the
start, the message case-insensitively), else kept as text and matched as a prefix.
"""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings', 'deprecated']

_ACTIONS = ('error', 'ignore', 'always', 'all', 'default', 'module', 'once')

filters = []
defaultaction = 'default'
onceregistry = {}
_filters_version = 1


def _default_filters():
    return [('default', None, DeprecationWarning, '__main__', 0),
            ('ignore', None, DeprecationWarning, None, 0),
            ('ignore', None, PendingDeprecationWarning, None, 0),
            ('ignore', None, ImportWarning, None, 0),
            ('ignore', None, ResourceWarning, None, 0)]


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _compile(pattern, ignore_case):
    if not pattern:
        return None
    try:
        import re
    except ImportError:
        return _TextPattern(pattern, ignore_case)
    return re.compile(pattern, re.I if ignore_case else 0)


class _TextPattern:
    # the stand-in for a compiled pattern where there is no re module: a literal prefix
    def __init__(self, pattern, ignore_case):
        self.pattern = pattern
        self._ignore_case = ignore_case

    def match(self, text):
        literal = self.pattern[:-1] if self.pattern.endswith('$') else self.pattern
        if self._ignore_case:
            literal, text = literal.lower(), text.lower()
        if self.pattern.endswith('$'):
            return text == literal
        return text.startswith(literal)

    def __repr__(self):
        return f're.compile({self.pattern!r})'


def _match(pattern, text):
    # a filter's message or module: None matches anything, a str itself (as the default
    # filters' '__main__'), a compiled pattern from the start
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def _add_filter(item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    if action not in _ACTIONS:
        raise ValueError(f"invalid action: {action!r}")
    if not isinstance(message, str):
        raise TypeError('message must be a string')
    if not _is_warning_class(category):
        raise TypeError('category must be a Warning subclass')
    if not isinstance(module, str):
        raise TypeError('module must be a string')
    if not isinstance(lineno, int):
        raise TypeError('lineno must be an int')
    if lineno < 0:
        raise ValueError('lineno must be an int >= 0')
    if action == 'all':
        action = 'always'
    _add_filter((action, _compile(message, True), category, _compile(module, False), lineno),
                append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in _ACTIONS:
        raise ValueError(f"invalid action: {action!r}")
    if not isinstance(lineno, int):
        raise TypeError('lineno must be an int')
    if lineno < 0:
        raise ValueError('lineno must be an int >= 0')
    if action == 'all':
        action = 'always'
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    filters[:] = []
    _filters_mutated()


class WarningMessage:
    """One warning as catch_warnings(record=True) records it."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = None if not category else category.__name__

    def __str__(self):
        return (f'{{message : {self.message!r}, category : {self._category_name!r}, '
                f'filename : {self.filename!r}, lineno : {self.lineno}, '
                f'line : {self.line!r}}}')


def formatwarning(message, category, filename, lineno, line=None):
    text = f'{filename}:{lineno}: {category.__name__}: {message}\n'
    if line is None:
        import linecache
        line = linecache.getline(filename, lineno)
    if line:
        text += f'  {line.strip()}\n'
    return text


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg(msg):
    fmt = formatwarning
    if fmt is not _formatwarning_orig:
        return fmt(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarning_orig(msg.message, msg.category, msg.filename, msg.lineno,
                               msg.line)


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_formatwarning_orig = formatwarning
_showwarning_orig = showwarning


def _showwarnmsg(msg):
    # a program's own showwarning (assigned to warnings.showwarning) wins
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _frame_skipped(frame, prefixes):
    return prefixes and frame.f_code.co_filename.startswith(prefixes)


def _is_warning_class(category):
    return isinstance(category, type) and issubclass(category, Warning)


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not _is_warning_class(category):
        raise TypeError("category must be a Warning subclass, not '{:s}'"
                        .format(type(category).__name__))
    if not isinstance(skip_file_prefixes, (tuple,)):
        raise TypeError('skip_file_prefixes must be a tuple of strs')
    if skip_file_prefixes:
        stacklevel = max(2, stacklevel)
    try:
        frame = sys._getframe(1)
        for _ in range(stacklevel - 1):
            frame = frame.f_back
            while frame is not None and _frame_skipped(frame, skip_file_prefixes):
                frame = frame.f_back
            if frame is None:
                raise ValueError
    except ValueError:
        globals_ = sys.__dict__
        filename = 'sys'
        lineno = 0
    else:
        globals_ = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals_.get('__name__', '<string>')
    registry = globals_.setdefault('__warningregistry__', {})
    warn_explicit(message, category, filename, lineno, module, registry, globals_, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    if _filters_version != registry.get('version', 0):
        registry.clear()  # the filters changed since this registry was filled
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_match(msg, text) and issubclass(category, cat) and _match(mod, module)
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        once_key = (text, category)
        if onceregistry.get(once_key):
            return
        onceregistry[once_key] = 1
    elif action == 'always':
        pass
    elif action == 'module':
        registry[key] = 1
        alt_key = (text, category, 0)
        if registry.get(alt_key):
            return
        registry[alt_key] = 1
    elif action == 'default':
        registry[key] = 1
    else:
        raise RuntimeError(f'Unrecognized action ({action!r}) in warnings.filters:\n '
                           f'{item}')
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class catch_warnings:
    """Saves the filters and showwarning on entry and restores them on exit; with
    record=True, collects the warnings as WarningMessage objects instead of showing them."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = module if module is not None else sys.modules['warnings']
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        shown = self._module
        if shown is not sys.modules['warnings']:
            args.append(f'module={shown!r}')
        return f"{type(self).__name__}({', '.join(args)})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError(f'Cannot enter {self!r} twice')
        self._entered = True
        m = self._module
        self._saved_filters = m.filters
        m.filters = m.filters[:]
        m._filters_mutated()
        self._saved_showwarning = m.showwarning
        self._saved_showwarnmsg = m._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            m._showwarnmsg_impl = log.append
            m.showwarning = m._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError(f'Cannot exit {self!r} without entering first')
        m = self._module
        m.filters = self._saved_filters
        m._filters_mutated()
        m.showwarning = self._saved_showwarning
        m._showwarnmsg_impl = self._saved_showwarnmsg


class deprecated:
    """A decorator marking a class or function deprecated (PEP 702): using it warns."""

    def __init__(self, message, /, *, category=DeprecationWarning, stacklevel=1):
        if not isinstance(message, str):
            raise TypeError(f'Expected an object of type str for \'message\', not '
                            f'{type(message).__name__!r}')
        self.message = message
        self.category = category
        self.stacklevel = stacklevel

    def __call__(self, arg):
        msg = self.message
        category = self.category
        depth = self.stacklevel + 1  # one more frame: the wrapper itself
        if category is None:
            arg.__deprecated__ = msg
            return arg
        if isinstance(arg, type):
            original_new = arg.__new__

            def __new__(cls, *args, **kwargs):
                if cls is arg:
                    warn(msg, category=category, stacklevel=depth)
                # object.__new__ refuses extra arguments, a class's own __new__ wants them
                if original_new is object.__new__:
                    return original_new(cls)
                return original_new(cls, *args, **kwargs)

            arg.__new__ = staticmethod(__new__)
            arg.__deprecated__ = msg
            return arg
        if callable(arg):
            def wrapper(*args, **kwargs):
                warn(msg, category=category, stacklevel=depth)
                return arg(*args, **kwargs)

            for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
                try:
                    setattr(wrapper, attr, getattr(arg, attr))
                except AttributeError:
                    pass
            wrapper.__wrapped__ = arg
            wrapper.__deprecated__ = arg.__deprecated__ = msg
            return wrapper
        raise TypeError('@deprecated decorator with non-None category must be applied to '
                        f'a class or callable, not {arg!r}')


class _BadOption(Exception):
    # a -W / PYTHONWARNINGS entry that cannot be read: reported and skipped
    pass


_ACTION_ORDER = ('default', 'always', 'ignore', 'module', 'once', 'error')


def _option_action(text):
    if not text:
        return 'default'
    if text == 'all':
        return 'always'
    for name in _ACTION_ORDER:
        if name.startswith(text):
            return name
    raise _BadOption(f'invalid action: {text!r}')


def _option_category(text):
    if not text:
        return Warning
    where, dot, name = text.rpartition('.')
    if dot:
        try:
            owner = __import__(where, None, None, [name])
        except ImportError:
            raise _BadOption(f'invalid module name: {where!r}') from None
    else:
        import builtins as owner
    found = getattr(owner, name, _BadOption)
    if found is _BadOption:
        raise _BadOption(f'unknown warning category: {text!r}')
    if not issubclass(found, Warning):
        raise _BadOption(f'invalid warning category: {text!r}')
    return found


def _option_filter(option):
    # action:message:category:module:lineno, trailing fields optional, each stripped
    fields = option.split(':')
    if len(fields) > 5:
        raise _BadOption(f'too many fields (max 5): {option!r}')
    fields = [f.strip() for f in fields] + [''] * (5 - len(fields))
    action = _option_action(fields[0])
    category = _option_category(fields[2])
    message, module, line = fields[1], fields[3], fields[4]
    if message or module:
        import re
        message = re.escape(message) if message else ''
        module = re.escape(module) + r'\Z' if module else ''
    lineno = 0
    if line:
        try:
            lineno = int(line)
        except (ValueError, OverflowError):
            raise _BadOption(f'invalid lineno {line!r}') from None
        if lineno < 0:
            raise _BadOption(f'invalid lineno {lineno!r}')
    filterwarnings(action, message, category, module, lineno=lineno)


def _apply_options(options):
    for option in options:
        try:
            _option_filter(option)
        except _BadOption as problem:
            print('Invalid -W option ignored:', problem, file=sys.stderr)


filters[:] = _default_filters()
_apply_options(sys.warnoptions)
