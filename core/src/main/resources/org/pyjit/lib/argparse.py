"""Command-line parsing for pyjit: ArgumentParser with CPython 3.13's behaviour for the
common cases: positional and optional arguments, nargs, actions, types, choices, defaults,
mutually exclusive and titled groups, subparsers, prefix matching, '--', help and usage
text laid out as CPython lays it out (for a terminal of COLUMNS columns, else 80), and its
error messages with exit status 2.

Parsing walks the arguments once: each option string is resolved (exact, then by unique
prefix), its values taken as its nargs asks; each run of plain arguments between options
is shared among the positionals still waiting, each taking as many as it may while leaving
enough for the ones after it.
"""

import os as _os
import sys as _sys

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
           'FileType', 'HelpFormatter', 'ArgumentDefaultsHelpFormatter',
           'RawDescriptionHelpFormatter', 'RawTextHelpFormatter',
           'MetavarTypeHelpFormatter', 'Namespace', 'Action', 'ONE_OR_MORE', 'OPTIONAL',
           'PARSER', 'REMAINDER', 'SUPPRESS', 'ZERO_OR_MORE']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'
_NO_PRESET = object()  # "no entry", where None is a value
# the tables an argument group shares with the parser it belongs to
_SHARED_WITH_GROUPS = ('_registries', '_actions', '_option_string_actions', '_defaults',
                       '_has_negative_number_optionals', '_mutually_exclusive_groups')


def _collapse(text):
    return ' '.join(text.split())


def _wrap(text, width):
    # words filled greedily into lines of at most width (a longer word alone on its line)
    lines = []
    line = ''
    for word in text.split():
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += ' ' + word
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


class Namespace:
    """The attributes parse_args sets, one per destination."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        args = []
        star = {}
        for name, value in self.__dict__.items():
            if name.isidentifier():
                args.append(f'{name}={value!r}')
            else:
                star[name] = value
        if star:
            args.append(f'**{star!r}')
        return f"{type(self).__name__}({', '.join(args)})"

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    """An error about one argument: its name and the message."""

    def __init__(self, argument, message):
        self.argument_name = _action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return f'argument {self.argument_name}: {self.message}'


class ArgumentTypeError(Exception):
    """Raised by a type function to report a bad value with its own message."""


def _action_name(action):
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar if isinstance(action.metavar, str) else \
            '/'.join(action.metavar)
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return '{' + ','.join(action.choices) + '}'
    return None


# ------------------------------------------------------------------------ actions

class Action:
    """What an argument does with its values (the base of every action)."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None,
                 deprecated=False):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.deprecated = deprecated

    def _get_kwargs(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                 'required', 'help', 'metavar', 'deprecated']
        return [(attr, getattr(self, attr)) for attr in names]

    def __repr__(self):
        items = ', '.join(f'{k}={v!r}' for k, v in self._get_kwargs())
        return f'{type(self).__name__}({items})'

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None,
                 deprecated=False):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing to '
                             'store, actions such as store true or store const may be more '
                             'appropriate')
        if nargs != OPTIONAL and const is not None:
            raise ValueError(f'nargs must be {OPTIONAL!r} to supply const')
        super().__init__(option_strings, dest, nargs, const, default, type, choices,
                         required, help, metavar, deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None, deprecated=False):
        super().__init__(option_strings, dest, 0, const, default, required=required,
                         help=help, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        fixed = self.const
        setattr(namespace, self.dest, fixed)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None,
                 deprecated=False):
        super().__init__(option_strings, dest, True, default, required, help,
                         deprecated=deprecated)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None,
                 deprecated=False):
        super().__init__(option_strings, dest, False, default, required, help,
                         deprecated=deprecated)


def _copy_items(items):
    if items is None:
        return []
    return list(items)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None,
                 deprecated=False):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg strings are not '
                             'supplying the value to append, the append const action may be '
                             'more appropriate')
        if nargs != OPTIONAL and const is not None:
            raise ValueError(f'nargs must be {OPTIONAL!r} to supply const')
        super().__init__(option_strings, dest, nargs, const, default, type, choices,
                         required, help, metavar, deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None, deprecated=False):
        super().__init__(option_strings, dest, 0, const, default, required=required,
                         help=help, metavar=metavar, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None,
                 deprecated=False):
        super().__init__(option_strings, dest, 0, default=default, required=required,
                         help=help, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, 1 if count is None else count + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None,
                 deprecated=False):
        super().__init__(option_strings, dest, 0, default=default, help=help,
                         deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit", deprecated=False):
        super().__init__(option_strings, dest, 0, default=default, help=help,
                         deprecated=deprecated)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        text = version % {'prog': parser.prog}
        _sys.stdout.write(text + '\n')
        parser.exit()


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


class BooleanOptionalAction(Action):
    """--flag / --no-flag setting True / False."""

    def __init__(self, option_strings, dest, default=None, required=False, help=None,
                 deprecated=False):
        strings = []
        for option in option_strings:
            strings.append(option)
            if option.startswith('--'):
                strings.append('--no-' + option[2:])
        super().__init__(strings, dest, 0, default=default, required=required, help=help,
                         deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            negated = option_string[:5] == '--no-'
            setattr(namespace, self.dest, not negated)

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _SubParsersAction(Action):
    class _ChoicesPseudoAction(Action):
        def __init__(self, name, aliases, help):
            metavar = dest = name
            if aliases:
                metavar += ' (%s)' % ', '.join(aliases)
            super().__init__(option_strings=[], dest=dest, help=help, metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        self._deprecated = set()
        super().__init__(option_strings, dest, nargs=PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, *, deprecated=False, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = f'{self._prog_prefix} {name}'
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, f'conflicting subparser: {name}')
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, f'conflicting subparser alias: {alias}')
        if 'help' in kwargs:
            help = kwargs.pop('help')
            self._choices_actions.append(self._ChoicesPseudoAction(name, aliases, help))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name = values[0]
        rest = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        try:
            sub = self._name_parser_map[name]
        except KeyError:
            choices = ', '.join(map(repr, self._name_parser_map))
            raise ArgumentError(self, f'invalid choice: {name!r} (choose from {choices})')
        subnamespace, extras = sub.parse_known_args(rest, None)
        for attr, got in vars(subnamespace).items():
            setattr(namespace, attr, got)
        if extras:
            if not hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
                setattr(namespace, _UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(extras)


class FileType:
    """A type= factory opening the named file ('-' is standard input or output)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            mode = self._mode
            binary = 'b' in mode
            if 'r' in mode:
                return _sys.stdin.buffer if binary else _sys.stdin
            if any(c in mode for c in 'wax'):
                return _sys.stdout.buffer if binary else _sys.stdout
            raise ValueError(f'argument "-" with mode {self._mode}')
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError(f"can't open '{string}': {e}")

    def __repr__(self):
        shown = [repr(a) for a in (self._mode, self._bufsize) if a != -1]
        for label, val in (('encoding', self._encoding), ('errors', self._errors)):
            if val is not None:
                shown.append(f'{label}={val!r}')
        text = ', '.join(shown)
        return f'{type(self).__name__}({text})'


# ------------------------------------------------------------------------ formatting

class HelpFormatter:
    """Lays out usage and help text: sections, argument invocations, wrapped help."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            try:
                width = int(_os.environ['COLUMNS'])
            except (KeyError, ValueError):
                width = 80
            width -= 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width

    # the text of one argument's values in usage and help
    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join(map(str, action.choices))
        else:
            result = default_metavar

        def format(tuple_size):
            return result if isinstance(result, tuple) else (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        get = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % get(1)
        if nargs == OPTIONAL:
            return '[%s]' % get(1)
        if nargs == ZERO_OR_MORE:
            metavar = get(1)
            if len(metavar) == 2:
                return '[%s [%s ...]]' % metavar
            return '[%s ...]' % metavar
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % get(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % get(1)
        if nargs == SUPPRESS:
            return ''
        try:
            formats = ['%s' for _ in range(nargs)]
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(formats) % get(nargs)

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            return ' '.join(self._metavar_formatter(action, default)(1))
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        default = self._get_default_metavar_for_optional(action)
        args = self._format_args(action, default)
        return ', '.join(action.option_strings) + ' ' + args

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join(map(str, params['choices']))
        template = self._get_help_string(action)
        return template % params

    def _get_help_string(self, action):
        return action.help

    def _split_lines(self, text, width):
        return _wrap(text, width)

    def _fill_text(self, text, width, indent):
        return '\n'.join(indent + line for line in _wrap(text, width - len(indent)))

    def _iter_indented_subactions(self, action):
        try:
            get = action._get_subactions
        except AttributeError:
            return []
        return get()

    # usage
    def _part_of(self, action):
        if action.option_strings:
            if action.nargs == 0:
                part = action.format_usage()
            else:
                default = self._get_default_metavar_for_optional(action)
                part = '%s %s' % (action.option_strings[0], self._format_args(action, default))
            return part
        default = self._get_default_metavar_for_positional(action)
        return self._format_args(action, default)

    def _usage_parts(self, actions, groups):
        # each argument's usage text; a mutually exclusive group's members joined by '|'
        # and bracketed once (or parenthesized when the group is required)
        group_of = {}
        for group in groups:
            members = [a for a in group._group_actions if a in actions]
            if members and len(members) == len(group._group_actions):
                for a in members:
                    group_of[a] = group
        parts = []
        done = set()
        for action in actions:
            if action.help is SUPPRESS and action not in group_of:
                continue
            group = group_of.get(action)
            if group is not None:
                if id(group) in done:
                    continue
                done.add(id(group))
                texts = []
                for a in group._group_actions:
                    if a.help is SUPPRESS:
                        continue
                    t = self._part_of(a)
                    if a.option_strings is not None and not a.option_strings and \
                            t.startswith('[') and t.endswith(']') and len(group._group_actions) > 1:
                        t = t[1:-1]
                    texts.append(t)
                if not texts:
                    continue
                inner = ' | '.join(texts)
                if group.required:
                    parts.append(('(%s)' % inner if len(texts) > 1 else inner,
                                  bool(action.option_strings)))
                else:
                    parts.append(('[%s]' % inner, bool(action.option_strings)))
                continue
            text = self._part_of(action)
            if action.option_strings and not action.required:
                text = '[%s]' % text
            parts.append((text, bool(action.option_strings)))
        return parts

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % {'prog': self._prog}
        elif not actions:
            usage = self._prog
        else:
            parts = self._usage_parts(actions, groups)
            opt_parts = [t for t, is_opt in parts if is_opt]
            pos_parts = [t for t, is_opt in parts if not is_opt]
            usage = ' '.join([self._prog] + opt_parts + pos_parts)
            text_width = self._width
            if len(usage) > text_width - len(prefix):
                opt_parts = [p for t in opt_parts for p in _split_usage_part(t)]
                pos_parts = [p for t in pos_parts for p in _split_usage_part(t)]

                def wrap_parts(words, lead, first_lead=None):
                    # greedy fill; the first row may start after a prefix instead of the lead
                    rows, row = [], []
                    used = len(first_lead if first_lead is not None else lead)
                    for word in words:
                        if row and used + len(word) > text_width:
                            rows.append(lead + ' '.join(row))
                            row, used = [], len(lead)
                        row.append(word)
                        used += len(word) + 1
                    if row:
                        rows.append(lead + ' '.join(row))
                    if first_lead is not None:
                        rows[0] = rows[0][len(lead):]
                    return rows

                prog = self._prog
                if (len(prefix) + len(prog)) * 4 <= 3 * text_width:
                    lead = ' ' * (len(prefix) + len(prog) + 1)
                    if opt_parts:
                        lines = (wrap_parts([prog, *opt_parts], lead, prefix)
                                 + wrap_parts(pos_parts, lead))
                    elif pos_parts:
                        lines = wrap_parts([prog, *pos_parts], lead, prefix)
                    else:
                        lines = [prog]
                else:
                    lead = ' ' * len(prefix)
                    lines = wrap_parts(opt_parts + pos_parts, lead)
                    if len(lines) > 1:
                        lines = wrap_parts(opt_parts, lead) + wrap_parts(pos_parts, lead)
                    lines.insert(0, prog)
                usage = '\n'.join(lines)
        return '%s%s\n\n' % (prefix, usage)

    def format_usage_text(self, usage, actions, groups, prefix=None):
        return self._format_usage(usage, actions, groups, prefix)

    # the help of the arguments of a section
    def _help_position(self, actions):
        longest = 0
        for action in actions:
            if action.help is SUPPRESS:
                continue
            longest = max(longest, len(self._format_action_invocation(action)) + 2)
            for sub in self._iter_indented_subactions(action):
                longest = max(longest, len(self._format_action_invocation(sub)) + 4)
        return min(longest + 2, self._max_help_position)

    def _format_action(self, action, help_position, indent):
        help_width = max(self._width - help_position, 11)
        action_width = help_position - indent - 2
        header = self._format_action_invocation(action)
        if not action.help:
            text = ' ' * indent + header + '\n'
        elif len(header) <= action_width:
            text = ' ' * indent + header.ljust(action_width) + '  '
        else:
            text = ' ' * indent + header + '\n'
        parts = [text]
        if action.help and action.help.strip():
            lines = self._split_lines(self._expand_help(action), help_width)
            if lines:
                if text.endswith('  ') and not text.endswith('\n'):
                    parts.append(lines[0] + '\n')
                    rest = lines[1:]
                else:
                    rest = lines
                for line in rest:
                    parts.append(' ' * help_position + line + '\n')
            elif not text.endswith('\n'):
                parts[0] = text.rstrip() + '\n'
        elif not text.endswith('\n'):
            parts[0] = text.rstrip() + '\n'
        for sub in self._iter_indented_subactions(action):
            parts.append(self._format_action(sub, help_position, indent + 2))
        return ''.join(parts)

    def format_section(self, title, description, actions, help_position):
        out = []
        if title:
            out.append(title + ':\n')
        if description:
            out.append(self._fill_text(description, self._width, '  ') + '\n\n')
        for action in actions:
            if action.help is SUPPRESS:
                continue
            out.append(self._format_action(action, help_position, 2))
        return ''.join(out)


def _split_usage_part(text):
    # a part's words where usage wraps ('[-n COUNT]' stays whole; a group splits at ' | ')
    if text.startswith('[') and ' | ' not in text or text.startswith('(') and ' | ' not in text:
        return [text]
    if ' | ' in text and (text.startswith('[') or text.startswith('(')):
        return [text]
    return [text]


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written."""

    def _fill_text(self, text, width, indent):
        return ''.join([indent + row for row in text.splitlines(True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every help text as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds ' (default: X)' to the help of arguments with a default."""

    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                help += ' (default: %(default)s)'
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names values by their type's name."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ------------------------------------------------------------------------ containers

_ACTIONS = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
    'append': _AppendAction, 'append_const': _AppendConstAction, 'count': _CountAction,
    'help': _HelpAction, 'version': _VersionAction, 'parsers': _SubParsersAction,
    'extend': _ExtendAction,
}


class _ActionsContainer:
    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {'action': dict(_ACTIONS), 'type': {None: lambda x: x}}
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        table = self._registries[registry_name]
        return table.get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][:1] not in chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument, did you '
                                 'mean metavar?')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            preset = self._defaults.get(kwargs['dest'], _NO_PRESET)
            fallback = self.argument_default
            if preset is not _NO_PRESET:
                kwargs['default'] = preset
            elif fallback is not None:
                kwargs['default'] = fallback
        action_class = kwargs.pop('action', None)
        if isinstance(action_class, str) or action_class is None:
            cls = self._registry_get('action', action_class, action_class)
        else:
            cls = action_class
        if not callable(cls):
            raise ValueError(f'unknown action "{cls}"')
        action = cls(**kwargs)
        convert = self._registry_get('type', action.type, action.type)
        if not callable(convert):
            raise ValueError(f'{convert!r} is not callable')
        if convert is FileType:
            raise TypeError(f'{convert!r} is a FileType class object, instance of it must '
                            'be passed')
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        mutex = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(mutex)
        return mutex

    def _add_action(self, action):
        known = self._option_string_actions
        for flag in action.option_strings:
            if flag in known:
                if self.conflict_handler == 'resolve':
                    old = known[flag]
                    old.option_strings.remove(flag)
                    if not old.option_strings:
                        old.container._remove_action(old)
                else:
                    conflicting = ', '.join(s for s in action.option_strings
                                            if s in self._option_string_actions)
                    raise ArgumentError(action, f'conflicting option string: {conflicting}'
                                        if ',' not in conflicting else
                                        f'conflicting option strings: {conflicting}')
        self._actions.append(action)
        action.container = self
        for flag in action.option_strings:
            known[flag] = action
            if flag[:1] in self.prefix_chars and _looks_negative(flag):
                self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _get_positional_kwargs(self, dest=None, **kwargs):
        if dest is None:
            raise TypeError("_ActionsContainer._get_positional_kwargs() missing 1 required "
                            "positional argument: 'dest'")
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        if nargs == 0:
            raise ValueError('nargs for positionals must be != 0')
        # '?' and '*' may be left out; REMAINDER and SUPPRESS too
        kwargs['required'] = nargs not in (OPTIONAL, ZERO_OR_MORE, REMAINDER, SUPPRESS)
        kwargs.update(dest=dest, option_strings=[])
        return kwargs

    def _get_optional_kwargs(self, *args, **kwargs):
        marks = self.prefix_chars
        for flag in args:
            if flag[:1] not in marks:
                raise ValueError(f'invalid option string {flag!r}: must start with '
                                 f'a character {marks!r}')
        flags = list(args)
        dest = kwargs.pop('dest', None)
        if dest is None:
            doubled = [f for f in flags if f[1:2] and f[1] in marks]
            dest = (doubled or flags)[0].lstrip(marks)
            if not dest:
                raise ValueError(f'dest= is required for options like {flags[0]!r}')
            dest = dest.replace('-', '_')
        kwargs.update(dest=dest, option_strings=flags)
        return kwargs


def _looks_negative(text):
    body = text[1:]
    if not body:
        return False
    try:
        float(body)
    except ValueError:
        return False
    return body[:1].isdigit() or body[:1] == '.'


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # a group shares its parser's tables: adding to the group adds to the parser
        for shared in _SHARED_WITH_GROUPS:
            setattr(self, shared, getattr(container, shared))
        self._container = container

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        return self._container.add_argument_group(*args, **kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


# ------------------------------------------------------------------------ the parser

class ArgumentParser(_ActionsContainer):
    """Parses command lines into a Namespace, with help, usage and errors as CPython's."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default,
                         conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv and _sys.argv[0] else 'pyjit'
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        mark = '-' if '-' in prefix_chars else prefix_chars[0]
        if self.add_help:
            self.add_argument(mark + 'h', mark * 2 + 'help',
                              action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def _add_container_actions(self, container):
        title_groups = {g.title: g for g in self._action_groups}
        group_map = {}
        for group in container._action_groups:
            if group.title not in title_groups:
                title_groups[group.title] = self.add_argument_group(
                    title=group.title, description=group.description)
            for action in group._group_actions:
                group_map[action] = title_groups[group.title]
        for theirs in container._mutually_exclusive_groups:
            mutex = self.add_mutually_exclusive_group(required=theirs.required)
            group_map.update(dict.fromkeys(theirs._group_actions, mutex))
        for action in container._actions:
            (group_map[action] if action in group_map else self)._add_action(action)

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        if 'parser_class' not in kwargs:
            kwargs['parser_class'] = self.__class__
        if {'title', 'description'} & kwargs.keys():
            self._subparsers = self.add_argument_group(kwargs.pop('title', 'subcommands'),
                                                       kwargs.pop('description', None))
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            positionals = self._get_positional_actions()
            groups = self._mutually_exclusive_groups
            kwargs['prog'] = formatter._format_usage(None, positionals, groups, '').strip()
        action_class = self._registry_get('action', 'parsers')
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    # ---------------------------------------------------------------- parsing

    def parse_args(self, args=None, namespace=None):
        parsed, leftover = self.parse_known_args(args, namespace)
        if leftover:
            self.error('unrecognized arguments: %s' % ' '.join(leftover))
        return parsed

    def parse_known_args(self, args=None, namespace=None):
        return self._parse_known_args2(args, namespace, intermixed=False)

    def parse_intermixed_args(self, args=None, namespace=None):
        args, leftover = self.parse_known_intermixed_args(args, namespace)
        if leftover:
            self.error('unrecognized arguments: %s' % ' '.join(leftover))
        return args

    def parse_known_intermixed_args(self, args=None, namespace=None):
        return self._parse_known_args2(args, namespace, intermixed=True)

    def _parse_known_args2(self, args, namespace, intermixed):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            dest, start = action.dest, action.default
            if dest is not SUPPRESS and start is not SUPPRESS and not hasattr(namespace, dest):
                setattr(namespace, dest, start)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace, intermixed)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace, intermixed)
        stray = getattr(namespace, _UNRECOGNIZED_ARGS_ATTR, _NO_PRESET)
        if stray is not _NO_PRESET:
            args += stray
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _option_tuples(self, text):
        # the options that text abbreviates: (action, option string, explicit value)
        result = []
        chars = self.prefix_chars
        if text[:1] in chars and text[1:2] in chars:
            if '=' in text:
                prefix, explicit = text.split('=', 1)
            else:
                prefix, explicit = text, None
            for option_string, action in self._option_string_actions.items():
                if option_string.startswith(prefix):
                    result.append((action, option_string, explicit))
        elif text[:1] in chars:
            short = text[:2]
            explicit = text[2:] or None
            for option_string, action in self._option_string_actions.items():
                if option_string == short:
                    result.append((action, option_string, explicit))
                elif option_string.startswith(text) and len(text) > 2:
                    result.append((action, option_string, None))
        return result

    def _parse_optional(self, arg):
        # None: a positional; else (action or None, option string, explicit value)
        if not arg or arg[0] not in self.prefix_chars:
            return None
        if arg in self._option_string_actions:
            return self._option_string_actions[arg], arg, None
        if len(arg) == 1:
            return None
        if '=' in arg:
            flag, _, explicit = arg.partition('=')
            found = self._option_string_actions.get(flag)
            if found is not None:
                return found, flag, explicit
        if self.allow_abbrev or not (arg[1:2] in self.prefix_chars):
            tuples = self._option_tuples(arg)
            if len(tuples) > 1:
                options = ', '.join(t[1] for t in tuples)
                self.error(f'ambiguous option: {arg.split("=")[0] if arg[1:2] in self.prefix_chars else arg} could match {options}')
            if len(tuples) == 1:
                return tuples[0]
        if _looks_negative(arg) and not self._has_negative_number_optionals:
            return None
        if ' ' in arg:
            return None
        return None, arg, None

    def _parse_known_args(self, arg_strings, namespace, intermixed):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        conflicts = {}
        # each member of an exclusive group clashes with all the other members
        for mutex in self._mutually_exclusive_groups:
            members = mutex._group_actions
            for member in members:
                conflicts.setdefault(member, []).extend(m for m in members if m is not member)

        seen_actions = set()
        seen_non_default = set()
        extras = []
        positionals = self._get_positional_actions()
        pending = list(positionals)

        def take(action, values, option_string=None):
            seen_actions.add(action)
            value = self._get_values(action, values)
            if value is not action.default:
                seen_non_default.add(action)
                for other in conflicts.get(action, ()):
                    if other in seen_non_default:
                        raise ArgumentError(action, f'not allowed with argument '
                                            f'{_action_name(other)}')
            if value is not SUPPRESS:
                action(self, namespace, value, option_string)

        # mark each argument: 'O' an option, 'A' a plain argument, '-' after '--'
        kinds = []
        parsed = []
        after_dashes = False
        for arg in arg_strings:
            if after_dashes:
                kinds.append('A')
                parsed.append(None)
            elif arg == '--':
                kinds.append('-')
                parsed.append(None)
                after_dashes = True
            else:
                opt = self._parse_optional(arg)
                kinds.append('A' if opt is None else 'O')
                parsed.append(opt)

        def consume_positionals(values, final):
            # share values among the pending positionals in order: the longest run of
            # them whose least counts the values cover, each taking what its nargs allows
            # while leaving the least the later ones of the run need
            count = len(pending)
            while count > 0 and sum(_nargs_range(a.nargs)[0] for a in pending[:count]) \
                    > len(values):
                count -= 1
            run = pending[:count]
            taken_any = False
            for index, action in enumerate(run):
                if action.nargs == REMAINDER:
                    if not values and not final:
                        break
                    pending.remove(action)
                    take(action, values)
                    return [], True
                if action.nargs == PARSER:
                    pending.remove(action)
                    take(action, values)
                    return [], True
                lo, hi = _nargs_range(action.nargs)
                need_after = sum(_nargs_range(a.nargs)[0] for a in run[index + 1:])
                avail = len(values) - need_after
                n = avail if hi is None else min(hi, avail)
                pending.remove(action)
                chunk = values[:n]
                values = values[n:]
                if action.nargs is None:
                    take(action, chunk[0])
                elif action.nargs == OPTIONAL:
                    take(action, chunk[0] if chunk else _NO_VALUE)
                else:
                    take(action, chunk)
                taken_any = True
            return values, taken_any

        i = 0
        n_args = len(arg_strings)
        deferred = []  # parse_intermixed_args: the plain arguments, given out at the end
        while i < n_args:
            kind = kinds[i]
            if kind == 'O' and pending and pending[0].nargs == REMAINDER and not intermixed:
                values, _ = consume_positionals(arg_strings[i:], True)
                extras.extend(values)
                i = n_args
                break
            if kind == '-':
                rest = [a for a in arg_strings[i + 1:]]
                values, _ = consume_positionals(rest, True)
                extras.extend(values)
                i = n_args
                break
            if kind == 'A':
                j = i
                while j < n_args and kinds[j] == 'A':
                    j += 1
                run = arg_strings[i:j]
                if pending and pending[0].nargs == REMAINDER:
                    values, _ = consume_positionals(arg_strings[i:], True)
                    extras.extend(values)
                    i = n_args
                    break
                if pending and pending[0].nargs == PARSER:
                    values, _ = consume_positionals(arg_strings[i:], True)
                    extras.extend(values)
                    i = n_args
                    break
                if intermixed:
                    deferred.extend(run)
                    i = j
                    continue
                values, _ = consume_positionals(run, j == n_args)
                extras.extend(values)
                i = j
                continue
            action, option_string, explicit = parsed[i]
            i += 1
            if action is None:
                extras.append(option_string)
                continue
            while True:
                if explicit is not None:
                    lo, hi = _nargs_range(action.nargs)
                    if action.nargs == 0:
                        chars = self.prefix_chars
                        if option_string[1:2] not in chars and len(option_string) == 2:
                            # a cluster of short flags: -vx
                            take(action, [], option_string)
                            nxt = option_string[0] + explicit[0]
                            rest = explicit[1:] or None
                            if nxt in self._option_string_actions:
                                action = self._option_string_actions[nxt]
                                option_string = nxt
                                explicit = rest
                                continue
                            raise ArgumentError(action, f'ignored explicit argument '
                                                f'{explicit!r}')
                        raise ArgumentError(action, f'ignored explicit argument {explicit!r}')
                    if hi is not None and hi < 1 and lo < 1:
                        raise ArgumentError(action, f'ignored explicit argument {explicit!r}')
                    values = [explicit]
                    lo_more = max(0, lo - 1)
                    k = 0
                    while k < lo_more and i < n_args and kinds[i] == 'A':
                        values.append(arg_strings[i])
                        i += 1
                        k += 1
                    self._check_count(action, values)
                    take(action, self._single(action, values), option_string)
                    break
                lo, hi = _nargs_range(action.nargs)
                values = []
                if action.nargs == REMAINDER:
                    values = arg_strings[i:]
                    i = n_args
                else:
                    while i < n_args and kinds[i] == 'A' and (hi is None or len(values) < hi):
                        values.append(arg_strings[i])
                        i += 1
                self._check_count(action, values)
                take(action, self._single(action, values), option_string)
                break

        if deferred:
            values, _ = consume_positionals(deferred, True)
            extras.extend(values)
        if pending:
            values, _ = consume_positionals([], True)
        required_missing = []
        for action in self._actions:
            if action not in seen_actions:
                if action.required:
                    required_missing.append(_action_name(action))
                elif (action.default is not None and isinstance(action.default, str)
                      and hasattr(namespace, action.dest)
                      and action.default is getattr(namespace, action.dest)):
                    setattr(namespace, action.dest, self._get_value(action, action.default))
        if required_missing:
            raise ArgumentError(None, 'the following arguments are required: %s'
                                % ', '.join(required_missing))
        for mutex in self._mutually_exclusive_groups:
            members = mutex._group_actions
            if mutex.required and seen_non_default.isdisjoint(members):
                names = [_action_name(a) for a in members if a.help is not SUPPRESS]
                raise ArgumentError(None, 'one of the arguments %s is required'
                                    % ' '.join(names))
        return namespace, extras

    def _single(self, action, values):
        if action.nargs is None:
            return values[0]
        if action.nargs == OPTIONAL:
            return values[0] if values else _NO_VALUE
        return values

    def _check_count(self, action, values):
        lo, hi = _nargs_range(action.nargs)
        n = len(values)
        if n < lo or (hi is not None and n > hi):
            nargs = action.nargs
            if nargs is None:
                msg = 'expected one argument'
            elif nargs == OPTIONAL:
                msg = 'expected at most one argument'
            elif nargs == ONE_OR_MORE:
                msg = 'expected at least one argument'
            else:
                msg = '%d argument%s' % (nargs, 's' if nargs != 1 else '')
                msg = 'expected ' + msg
            raise ArgumentError(action, msg)

    def _read_args_from_files(self, arg_strings):
        out = []
        for arg in arg_strings:
            if not arg or arg[0] not in self.fromfile_prefix_chars:
                out.append(arg)
                continue
            try:
                with open(arg[1:]) as f:
                    lines = [self.convert_arg_line_to_args(line) for line in f.read().splitlines()]
            except OSError as err:
                raise ArgumentError(None, str(err))
            out.extend(self._read_args_from_files([a for ls in lines for a in ls]))
        return out

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _get_values(self, action, arg_strings):
        if action.nargs not in (PARSER, REMAINDER) and isinstance(arg_strings, list):
            try:
                arg_strings.remove('--')
            except ValueError:
                pass
        if arg_strings is _NO_VALUE:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str) and value is not SUPPRESS:
                value = self._get_value(action, value)
                self._check_value(action, value)
            return value
        if not arg_strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            return action.default if action.default is not None else []
        if isinstance(arg_strings, str):
            value = self._get_value(action, arg_strings)
            self._check_value(action, value)
            return value
        if action.nargs == 0 or (action.nargs is not None and not isinstance(action.nargs, int)
                                 and not arg_strings and action.option_strings
                                 and action.nargs == OPTIONAL):
            return action.const if action.option_strings else action.default
        if action.nargs == REMAINDER:
            return [self._get_value(action, v) for v in arg_strings]
        if action.nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
            return value
        if action.nargs == SUPPRESS:
            return SUPPRESS
        value = [self._get_value(action, v) for v in arg_strings]
        for v in value:
            self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = self._registry_get('type', action.type, default=action.type)
        if not callable(type_func):
            raise ArgumentError(action, f'{type_func!r} is not callable')
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, f'invalid {name} value: {arg_string!r}')

    def _check_value(self, action, value):
        choices = action.choices
        if choices is not None:
            if isinstance(choices, str):
                choices = iter(choices)
            if value not in action.choices:
                listing = ', '.join(map(repr, action.choices))
                raise ArgumentError(action, f'invalid choice: {value!r} (choose from {listing})')

    # ---------------------------------------------------------------- help and errors

    def _get_formatter(self):
        make = self.formatter_class
        return make(prog=self.prog)

    def format_usage(self):
        formatter = self._get_formatter()
        return formatter._format_usage(self.usage, self._actions,
                                       self._mutually_exclusive_groups, None).rstrip('\n') + '\n'

    def format_help(self):
        formatter = self._get_formatter()
        out = [formatter._format_usage(self.usage, self._actions,
                                       self._mutually_exclusive_groups, None)]
        if self.description:
            out.append(formatter._fill_text(self.description, formatter._width, '') + '\n\n')
        help_position = formatter._help_position(self._actions)
        for group in self._action_groups:
            visible = [a for a in group._group_actions if a.help is not SUPPRESS]
            if not visible and not group.description:
                continue
            out.append(formatter.format_section(group.title, group.description, visible,
                                                help_position))
            out.append('\n')
        if self.epilog:
            out.append(formatter._fill_text(self.epilog, formatter._width, '') + '\n')
        text = ''.join(out)
        while '\n\n\n' in text:  # at most one blank line between parts
            text = text.replace('\n\n\n', '\n\n')
        return text.rstrip('\n') + '\n'

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file=file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file=file)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stdout
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, file=_sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, f'{self.prog}: error: {message}\n')


_NO_VALUE = object()


def _nargs_range(nargs):
    # how many values an argument takes: (least, most); most None for no limit
    if nargs is None:
        return 1, 1
    if nargs == OPTIONAL:
        return 0, 1
    if nargs == ZERO_OR_MORE:
        return 0, None
    if nargs == ONE_OR_MORE:
        return 1, None
    if nargs == PARSER:
        return 1, None
    if nargs == REMAINDER:
        return 0, None
    if nargs == SUPPRESS:
        return 0, 0
    return nargs, nargs
