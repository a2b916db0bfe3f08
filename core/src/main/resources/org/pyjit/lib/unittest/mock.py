"""unittest.mock for pyjit: the common core of CPython 3.13's mock library.

Contract: Mock and MagicMock record their calls as CPython's do (call_args,
call_args_list, mock_calls and method_calls with the same names, `call` objects that
compare and print the same), return child mocks for attributes and calls, take
return_value, side_effect (exception, iterable or function), spec/spec_set (attribute
names) and wraps, and fail their assert_* methods with CPython's messages. MagicMock
configures the magic methods with CPython's defaults. patch, patch.object, patch.dict and
patch.multiple work as decorators (functions and classes), context managers and with
start/stop; mock_open fakes open() over given data. Not provided:
autospec/create_autospec, AsyncMock, seal,
ThreadingMock, signature checking of spec'd calls.

A mock gets a class of its own (made in __new__) so that magic methods can be set per
mock: Python looks them up on the type.
"""

import builtins
import pprint
import sys
from functools import wraps

__unittest = True

__all__ = ('Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
           'NonCallableMock', 'NonCallableMagicMock', 'PropertyMock', 'FILTER_DIR',
           'mock_open')

FILTER_DIR = True


class InvalidSpecError(Exception):
    """A spec that is itself a mock."""


# --- sentinel, DEFAULT, ANY ------------------------------------------------------------

class _SentinelObject(object):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.' + self.name

    def __reduce__(self):
        return 'sentinel.' + self.name


class _Sentinel(object):
    """Unique named objects: sentinel.NAME is always the same object."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        found = self._sentinels.get(name)
        if found is None:
            found = self._sentinels[name] = _SentinelObject(name)
        return found

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY(object):
    """Equal to everything (in expected calls)."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


# --- call objects ----------------------------------------------------------------------

def _format_call_signature(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts.extend('%s=%r' % (k, v) for k, v in kwargs.items())
    return '%s(%s)' % (name, ', '.join(parts))


def _split_call(value):
    # (name, args, kwargs) of the tuple forms a call can be compared with
    n = len(value)
    if n == 0:
        return '', (), {}
    if n == 3:
        return value
    if n == 1:
        (only,) = value
        if isinstance(only, tuple):
            return '', only, {}
        if isinstance(only, str):
            return only, (), {}
        return '', (), only
    first, second = value
    if isinstance(first, str):
        if isinstance(second, tuple):
            return first, second, {}
        return first, (), second
    return '', first, second


class _Call(tuple):
    """A recorded or expected call: (args, kwargs) or (name, args, kwargs). `call(...)`,
    `call.name(...)` and `call(...).name(...)` build them."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        args, kwargs = (), {}
        if len(value) == 3:
            name, args, kwargs = value
        elif value:
            found, args, kwargs = _split_call(value)
            if found:
                name = found
        fields = (args, kwargs) if two else (name, args, kwargs)
        return tuple.__new__(cls, fields)

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def __eq__(self, other):
        try:
            len(other)
        except TypeError:
            return NotImplemented
        if len(self) == 2:
            mine = '', self[0], self[1]
        else:
            mine = tuple(self)
        mine_parent = getattr(self, '_mock_parent', None)
        other_parent = getattr(other, '_mock_parent', None)
        if mine_parent and other_parent and mine_parent != other_parent:
            return False
        if len(other) > 3:
            return False
        theirs = _split_call(other)
        if mine[0] and theirs[0] != mine[0]:
            return False
        return (theirs[1], theirs[2]) == (mine[1], mine[2])

    __ne__ = object.__ne__

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(value=('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs), name=self._mock_name + '()',
                     parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, parent=None, from_kall=False)
        return _Call(name=self._mock_name + '.' + attr, parent=self, from_kall=False)

    def __getattribute__(self, attr):
        # tuple's methods (count, index) would hide call.count(...) and call.index(...)
        if attr in tuple.__dict__:
            raise AttributeError
        return super().__getattribute__(attr)

    def _get_call_arguments(self):
        return (self[0], self[1]) if len(self) == 2 else (self[1], self[2])

    @property
    def args(self):
        return self._get_call_arguments()[0]

    @property
    def kwargs(self):
        return self._get_call_arguments()[1]

    def __repr__(self):
        if not self._mock_from_kall:
            shown = self._mock_name or 'call'
            return 'call' + shown if shown.startswith('()') else shown
        if len(self) == 2:
            shown, args, kwargs = 'call', self[0], self[1]
        else:
            shown, args, kwargs = self
            if not shown:
                shown = 'call'
            elif shown.startswith('()'):
                shown = 'call' + shown
            else:
                shown = 'call.' + shown
        return _format_call_signature(shown, args, kwargs)

    def call_list(self):
        chain = []
        link = self
        while link is not None:
            if link._mock_from_kall:
                chain.append(link)
            link = link._mock_parent
        return _CallList(reversed(chain))


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls where `[c1, c2] in calls` looks for a run of consecutive calls."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        width = len(value)
        for start in range(len(self) - width + 1):
            if self[start:start + width] == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


class _AnyComparer(list):
    # `expected in calls` comparing from the expected side first, so that ANY in the
    # expected call wins over the recorded arguments' own __eq__
    def __contains__(self, item):
        for recorded in self:
            if item == recorded:
                return True
        return False


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


# --- mocks -------------------------------------------------------------------------------

def _is_instance_mock(obj):
    return isinstance(type(obj), type) and issubclass(type(obj), NonCallableMock)


def _is_exception(obj):
    return (isinstance(obj, BaseException)
            or (isinstance(obj, type) and issubclass(obj, BaseException)))


def _try_iter(obj):
    # a side_effect that is neither an exception nor callable is used as an iterator
    if obj is None or _is_exception(obj) or callable(obj):
        return obj
    try:
        return iter(obj)
    except TypeError:
        return obj


def _check_and_set_parent(parent, value, name, new_name):
    # a mock assigned as an attribute (or return value) becomes a child of the parent,
    # unless it already has a parent or an explicit name
    if not _is_instance_mock(value):
        return False
    if (value._mock_name or value._mock_new_name or value._mock_parent is not None
            or value._mock_new_parent is not None):
        return False
    link = parent
    while link is not None:
        if link is value:
            return False  # a mock cannot be its own ancestor
        link = link._mock_new_parent
    if new_name:
        value._mock_new_parent = parent
        value._mock_new_name = new_name
    if name:
        value._mock_parent = parent
        value._mock_name = name
    return True


_ALLOWED = {'return_value', '_mock_return_value', 'side_effect', '_mock_side_effect',
            '_mock_parent', '_mock_new_parent', '_mock_name', '_mock_new_name'}


class NonCallableMock(object):
    """A mock that cannot be called: attributes become child mocks."""

    def __new__(cls, /, *args, **kw):
        # a class per mock, so that magic methods can be configured per mock
        own = type(cls.__name__, (cls,), {'__doc__': cls.__doc__})
        return object.__new__(own)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None,
                 _spec_as_instance=False, _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        self._mock_add_spec(spec, spec_set)
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_delegate'] = None
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_call_args_list'] = _CallList()
        d['_mock_mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        d['_mock_unsafe'] = unsafe
        if kwargs:
            self.configure_mock(**kwargs)

    def attach_mock(self, mock, attribute):
        """Makes mock a child of this one under attribute (its calls recorded here)."""
        for key in ('_mock_parent', '_mock_new_parent'):
            mock.__dict__[key] = None
        mock.__dict__['_mock_name'] = ''
        mock.__dict__['_mock_new_name'] = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set):
        if _is_instance_mock(spec):
            raise InvalidSpecError(f'Cannot spec a Mock object. [object={spec!r}]')
        spec_class = None
        if spec is not None and not isinstance(spec, list):
            spec_class = spec if isinstance(spec, type) else type(spec)
            spec = dir(spec)
        d = self.__dict__
        d['_spec_class'] = spec_class
        d['_spec_set'] = spec_set
        d['_spec_signature'] = None
        d['_mock_methods'] = spec
        d['_spec_asyncs'] = []

    def _get_return_value(self):
        value = self._mock_return_value
        if value is DEFAULT and self._mock_wraps is None:
            value = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = value
        return value

    def _set_return_value(self, value):
        self._mock_return_value = value
        _check_and_set_parent(self, value, name=None, new_name='()')

    return_value = property(_get_return_value, _set_return_value,
                            doc='The value to be returned when the mock is called.')

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def _recorded(name):
        key = '_mock_' + name

        def get(self):
            return self.__dict__[key]

        def put(self, value):
            self.__dict__[key] = value
        return property(get, put)

    called = _recorded('called')
    call_count = _recorded('call_count')
    call_args = _recorded('call_args')
    call_args_list = _recorded('call_args_list')
    mock_calls = _recorded('mock_calls')
    del _recorded

    def _get_side_effect(self):
        return self._mock_side_effect

    def _set_side_effect(self, value):
        self._mock_side_effect = _try_iter(value)

    side_effect = property(_get_side_effect, _set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forgets the calls of this mock and its children."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        self.method_calls = _CallList()
        if return_value:
            self._mock_return_value = DEFAULT
        if side_effect:
            self._mock_side_effect = None
        for child in list(self._mock_children.values()):
            if child is not _deleted:
                child.reset_mock(visited, return_value=return_value,
                                 side_effect=side_effect)
        result = self._mock_return_value
        if _is_instance_mock(result) and result is not self:
            result.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        """Sets attributes, dotted names reaching into children ("a.b.return_value")."""
        for dotted, value in sorted(kwargs.items(), key=lambda kv: kv[0].count('.')):
            path = dotted.split('.')
            last = path.pop()
            owner = self
            for step in path:
                owner = getattr(owner, step)
            setattr(owner, last, value)

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe'):
            raise AttributeError(name)
        if self._mock_methods is not None:
            if name in _all_magics or name not in self._mock_methods:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        if not self._mock_unsafe and (not self._mock_methods
                                      or name not in self._mock_methods):
            if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')) \
                    or name in _ATTRIB_DENY_LIST:
                raise AttributeError(
                    f"{name!r} is not a valid assertion. Use a spec "
                    f"for the mock if {name!r} is meant to be an attribute.")
        child = self._mock_children.get(name)
        if child is _deleted:
            raise AttributeError(name)
        if child is None:
            inner = None
            if self._mock_wraps is not None:
                inner = getattr(self._mock_wraps, name)
            child = self._get_child_mock(parent=self, name=name, wraps=inner,
                                         _new_name=name, _new_parent=self)
            self._mock_children[name] = child
        return child

    def _extract_mock_name(self):
        parts = [self._mock_new_name]
        link = self._mock_new_parent
        top = self
        sep = '' if parts == ['()'] else '.'
        while link is not None:
            top = link
            parts.append(link._mock_new_name + sep)
            sep = '' if link._mock_new_name == '()' else '.'
            link = link._mock_new_parent
        parts.reverse()
        head = top._mock_name or 'mock'
        if len(parts) > 1 and parts[1] not in ('()', '().'):
            head += '.'
        parts[0] = head
        return ''.join(parts)

    def __repr__(self):
        name = self._extract_mock_name()
        shown = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec = ''
        if self._spec_class is not None:
            spec = (' spec_set=%r' if self._spec_set else ' spec=%r') % (
                self._spec_class.__name__)
        return "<%s%s%s id='%s'>" % (type(self).__name__, shown, spec, id(self))

    def __dir__(self):
        if not FILTER_DIR:
            return object.__dir__(self)
        names = set(self._mock_methods or [])
        names.update(e for e in dir(type(self)) if not e.startswith('_'))
        names.update(e for e in self.__dict__
                     if not e.startswith('_') or e in _all_magics)
        names.update(k for k, v in self._mock_children.items() if v is not _deleted)
        return sorted(names)

    def __setattr__(self, name, value):
        if name in _ALLOWED:
            object.__setattr__(self, name, value)
            return
        if (self._spec_set and self._mock_methods is not None
                and name not in self._mock_methods and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError('Attempting to set unsupported magic method %r.' % name)
        if name in _all_magics:
            allowed = self._mock_methods
            if allowed is not None and name not in allowed:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if _is_instance_mock(value):
                _check_and_set_parent(self, value, name=None, new_name=name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
            else:
                # a plain function: called with the mock as self
                setattr(type(self), name, _as_method(name, value))
                function = value
                value = lambda *args, **kw: function(self, *args, **kw)
        elif name == '__class__':
            self._spec_class = value
            return
        elif _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value
        if isinstance(value, PropertyMock):
            # kept in the instance dict: a PropertyMock is a descriptor on classes only
            self.__dict__[name] = value
        else:
            object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in type(self).__dict__ and name in _all_magics:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        child = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif child is _deleted:
            raise AttributeError(name)
        if child is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (action, expected,
                                                                       actual)

    def _call_matcher(self, _call):
        return _call

    def _label(self):
        return self._mock_name or 'mock'

    def _calls_repr(self):
        if not self.mock_calls:
            return ''
        return '\nCalls: ' + _safe_repr(self.mock_calls) + '.'

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._label(), self.call_count, self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % self._label())

    def assert_called_once(self):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._label(), self.call_count, self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (expected, 'not called.'))
        if _Call((args, kwargs), two=True) != self.call_args:
            raise AssertionError(self._format_mock_failure_message(args, kwargs))

    def assert_called_once_with(self, /, *args, **kwargs):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._label(), self.call_count, self._calls_repr()))
        self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        recorded = _CallList(self.mock_calls)
        if not any_order:
            if expected not in recorded:
                raise AssertionError('Calls not found.\nExpected: %s\n  Actual: %s'
                                     % (_CallList(calls), _safe_repr(self.mock_calls)))
            return
        left = list(recorded)
        missing = []
        for one in expected:
            try:
                left.remove(one)
            except ValueError:
                missing.append(one)
        if missing:
            raise AssertionError('%r does not contain all of %r in its call list, '
                                 'found %r instead' % (self._label(), tuple(missing), left))

    def assert_any_call(self, /, *args, **kwargs):
        wanted = _Call((args, kwargs), two=True)
        if wanted not in _AnyComparer(self.call_args_list):
            raise AssertionError('%s call not found'
                                 % self._format_mock_call_signature(args, kwargs))

    def _get_child_mock(self, /, **kw):
        kind = type(self)
        if not issubclass(kind, CallableMixin):
            if issubclass(kind, NonCallableMagicMock):
                maker = MagicMock
            else:
                maker = Mock
        else:
            # the class the user made the mock from (type(self) is its own subclass)
            maker = kind.__mro__[1]
        return maker(**kw)


_ATTRIB_DENY_LIST = frozenset({
    name.removeprefix('assert_') for name in dir(NonCallableMock)
    if name.startswith('assert_')})


def _as_method(name, function):
    def method(self, /, *args, **kw):
        return function(self, *args, **kw)
    method.__name__ = name
    return method


class CallableMixin(object):

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None,
                 name=None, spec_set=None, parent=None, _spec_state=None, _new_name='',
                 _new_parent=None, **kwargs):
        vars(self)['_mock_return_value'] = return_value
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state, _new_name,
                         _new_parent, **kwargs)
        self.side_effect = side_effect

    def __call__(self, /, *args, **kwargs):
        self._increment_mock_call(*args, **kwargs)  # recorded even if it raises
        result = self._mock_call(*args, **kwargs)
        return result

    def _mock_call(self, /, *args, **kwargs):
        run = self._execute_mock_call
        return run(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        self.called = True
        self.call_count += 1
        this = _Call((args, kwargs), two=True)
        self.call_args = this
        self.call_args_list.append(this)
        self.mock_calls.append(_Call(value=('', args, kwargs)))
        # the call is also recorded by every ancestor, under the path from it:
        # method_calls through attributes only, mock_calls through calls too
        through_attributes = self._mock_parent is not None
        method_name = self._mock_name
        path = self._mock_new_name
        last_was_call = path == '()'
        up = self._mock_new_parent
        while up is not None:
            if through_attributes:
                up.method_calls.append(_Call((method_name, args, kwargs)))
                through_attributes = up._mock_parent is not None
                if through_attributes:
                    method_name = up._mock_name + '.' + method_name
            up.mock_calls.append(_Call((path, args, kwargs)))
            if up._mock_new_name:
                sep = '' if last_was_call else '.'
                last_was_call = up._mock_new_name == '()'
                path = up._mock_new_name + sep + path
            up = up._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        wrapped = self._mock_wraps
        if self._mock_return_value is DEFAULT and wrapped is not None:
            return wrapped(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: calls return return_value (a child mock by default) or what
    side_effect gives."""


# --- magic methods -----------------------------------------------------------------------

_MAGIC_NAMES = ('lt le gt ge eq ne getitem setitem delitem len contains iter hash str '
                'sizeof enter exit divmod rdivmod neg pos abs invert complex int float '
                'index round trunc floor ceil bool next fspath aiter')
_NUMERIC_NAMES = 'add sub mul matmul truediv floordiv mod lshift rshift and xor or pow'

_magics = {'__%s__' % n for n in _MAGIC_NAMES.split()}
_magics |= {'__%s__' % n for n in _NUMERIC_NAMES.split()}
_magics |= {'__i%s__' % n for n in _NUMERIC_NAMES.split()}
_magics |= {'__r%s__' % n for n in _NUMERIC_NAMES.split()}
_non_defaults = {
    '__get__', '__set__', '__delete__', '__reversed__', '__missing__', '__reduce__',
    '__reduce_ex__', '__getinitargs__', '__getnewargs__', '__getstate__', '__setstate__',
    '__getformat__', '__repr__', '__dir__', '__subclasses__', '__format__',
    '__getnewargs_ex__'}
_async_magics = {'__aenter__', '__aexit__', '__anext__', '__aiter__'}
_all_magics = _magics | _non_defaults | _async_magics
_unsupported_magics = {'__getattr__', '__setattr__', '__init__', '__new__', '__prepare__',
                       '__instancecheck__', '__subclasscheck__', '__del__'}

# what a MagicMock's magic methods return until configured
_FIXED_RESULTS = {'__lt__': NotImplemented, '__gt__': NotImplemented,
                  '__le__': NotImplemented, '__ge__': NotImplemented, '__int__': 1,
                  '__contains__': False, '__len__': 0, '__exit__': False,
                  '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1,
                  '__aexit__': False}


def _computed_result(name, mock):
    if name == '__hash__':
        return object.__hash__(mock)
    if name == '__str__':
        return object.__str__(mock)
    if name == '__sizeof__':
        return object.__sizeof__(mock)
    if name == '__fspath__':
        return f"{type(mock).__name__}/{mock._extract_mock_name()}/{id(mock)}"
    return DEFAULT


def _side_effect_for(name, mock):
    if name == '__eq__':
        def eq(other):
            fixed = mock.__eq__._mock_return_value
            if fixed is not DEFAULT:
                return fixed
            return True if mock is other else NotImplemented
        return eq
    if name == '__ne__':
        def ne(other):
            if mock.__ne__._mock_return_value is not DEFAULT:
                return DEFAULT
            return False if mock is other else NotImplemented
        return ne
    if name == '__iter__':
        def iterate():
            fixed = mock.__iter__._mock_return_value
            return iter([]) if fixed is DEFAULT else iter(fixed)
        return iterate
    return None


def _configure_magic(mock, method, name):
    fixed = _FIXED_RESULTS.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    computed = _computed_result(name, mock)
    if computed is not DEFAULT:
        method.return_value = computed
        return
    effect = _side_effect_for(name, mock)
    if effect is not None:
        method.side_effect = effect


class MagicProxy(object):
    """Stands on a MagicMock's class for a magic method until first used, then makes
    the child mock for it."""

    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        owner = self.parent
        child = owner._get_child_mock(name=self.name, _new_name=self.name,
                                      _new_parent=owner)
        setattr(owner, self.name, child)
        _configure_magic(owner, child, self.name)
        return child

    def __get__(self, obj, _type=None):
        return self.create_mock()


class MagicMixin(object):

    def __init__(self, /, *args, **kw):
        self._mock_set_magics()
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        wanted = _magics
        if getattr(self, '_mock_methods', None) is not None:
            wanted = _magics.intersection(self._mock_methods)
            # magics the spec does not have go away
            for name in _magics - wanted:
                if name in type(self).__dict__:
                    delattr(self, name)
        kind = type(self)
        for name in wanted - set(kind.__dict__):
            setattr(kind, name, MagicProxy(name, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable mock with the magic methods configured."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured: len() is 0, iter() is empty, it is a
    context manager, numbers, comparisons and containers give mocks or defaults."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock for a property on a class: getting it calls the mock, setting it calls
    the mock with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


# --- patch ---------------------------------------------------------------------------------

def _importer(target):
    import importlib
    parts = target.split('.')
    name = parts.pop(0)
    thing = importlib.import_module(name)
    for part in parts:
        name += '.' + part
        try:
            thing = getattr(thing, part)
        except AttributeError:
            thing = importlib.import_module(name)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', maxsplit=1)
    except (AttributeError, TypeError, ValueError):  # not a str, or no dot
        raise TypeError(
            f"Need a valid target to patch. You supplied: {target!r}")
    return (lambda: _importer(target)), attribute


class _patch(object):
    """One patch: replaces an attribute while active, restores it after."""

    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec,
                 new_callable, kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        if autospec is not None:
            raise NotImplementedError("pyjit's unittest.mock has no autospec")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        twin = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                      self.spec_set, self.autospec, self.new_callable, self.kwargs)
        twin.attribute_name = self.attribute_name
        twin.additional_patchers = [p.copy() for p in self.additional_patchers]
        return twin

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if attr.startswith(patch.TEST_PREFIX):
                value = getattr(klass, attr)
                if hasattr(value, '__call__'):
                    setattr(klass, attr, self.copy()(value))
        return klass

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            # stacked patch decorators share one wrapper; the lowest applies first
            func.patchings.append(self)
            return func

        @wraps(func)
        def patched(*args, **keywargs):
            import contextlib
            extra = []
            with contextlib.ExitStack() as stack:
                for patching in patched.patchings:
                    made = stack.enter_context(patching)
                    if patching.attribute_name is not None:
                        keywargs.update(made)
                    elif patching.new is DEFAULT:
                        extra.append(made)
                return func(*(args + tuple(extra)), **keywargs)
        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in builtins.__dict__ and isinstance(target, type(sys)) and not self.create:
            self.create = True  # a module's builtin name may be patched
        if original is DEFAULT and not self.create:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        new = self.new
        spec, spec_set = self.spec, self.spec_set
        self.target = self.getter()
        if spec is not None and spec is not True and spec_set is True:
            spec_set = spec
            spec = None
        original, local = self.get_original()
        if new is DEFAULT:
            if spec is True:
                spec = original
            if spec_set is True:
                spec_set = original
            factory = self.new_callable
            if factory is None:
                factory = MagicMock
                probe = spec if spec is not None else spec_set
                if probe is not None and not callable(probe):
                    factory = NonCallableMagicMock
            options = {}
            if spec is not None:
                options['spec'] = spec
            if spec_set is not None:
                options['spec_set'] = spec_set
            options.update(self.kwargs)
            new = factory(**options)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        self.temp_original = original
        self.is_local = local
        setattr(self.target, self.attribute, new)
        entered = []
        try:
            if self.attribute_name is not None:
                values = {}
                if self.new is DEFAULT:
                    values[self.attribute_name] = new
                for extra in self.additional_patchers:
                    made = extra.__enter__()
                    entered.append(extra)
                    if extra.new is DEFAULT:
                        values.update(made)
                self._entered = entered
                return values
            self._entered = entered
            return new
        except:
            for extra in reversed(entered):
                extra.__exit__(*sys.exc_info())
            self._undo()
            raise

    def _undo(self):
        target, name, saved = self.target, self.attribute, self.temp_original
        if self.is_local and saved is not DEFAULT:
            setattr(target, name, saved)
            return
        delattr(target, name)
        # an inherited attribute shows again; some names must be put back by hand
        if not self.create and (not hasattr(target, name) or name in (
                '__doc__', '__module__', '__defaults__', '__annotations__',
                '__kwdefaults__')):
            setattr(target, name, saved)

    def __exit__(self, *exc_info):
        for extra in reversed(self._entered):
            extra.__exit__(*exc_info)
        self._undo()
        del self.temp_original, self.is_local, self.target, self._entered
        return False

    def start(self):
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        try:
            self._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    if type(target) is str:
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    first_name, first_new = items[0]
    head = _patch(getter, first_name, first_new, spec, create, spec_set, autospec,
                  new_callable, {})
    head.attribute_name = first_name
    for name, new in items[1:]:
        more = _patch(getter, name, new, spec, create, spec_set, autospec, new_callable, {})
        more.attribute_name = name
        head.additional_patchers.append(more)
    return head


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Replaces the object named by target ("package.module.name") with new (a
    MagicMock by default) inside a function, a class's test methods or a with block."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs, unsafe=unsafe)


class _patch_dict(object):
    """Sets keys of a dictionary (or a name of one) while active, then restores it."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)

        @wraps(f)
        def patched(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return patched

    def decorate_class(self, klass):
        for attr in dir(klass):
            value = getattr(klass, attr)
            if attr.startswith(patch.TEST_PREFIX) and hasattr(value, '__call__'):
                twin = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, attr, twin(value))
        return klass

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        target = self.in_dict
        try:
            saved = target.copy()
        except AttributeError:
            saved = {key: target[key] for key in target}
        self._original = saved
        if self.clear:
            _clear_dict(target)
        try:
            target.update(self.values)
        except AttributeError:
            for key in self.values:
                target[key] = self.values[key]

    def _unpatch_dict(self):
        target = self.in_dict
        saved = self._original
        _clear_dict(target)
        try:
            target.update(saved)
        except AttributeError:
            for key in saved:
                target[key] = saved[key]

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    for active in reversed(_patch._active_patches):
        active.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'


# --- mock_open ---------------------------------------------------------------------------

_file_spec = None


def _as_stream(read_data):
    import io
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def mock_open(mock=None, read_data=''):
    """A mock of open(): each call returns a handle mock whose read, readline,
    readlines and iteration serve read_data (again from the start at each call of open),
    and which is its own context manager. A return_value set on read, readline or
    readlines wins over the data."""
    global _file_spec
    if _file_spec is None:
        import io
        _file_spec = sorted(set(dir(io.TextIOWrapper)) | set(dir(io.BytesIO)))
    data = [_as_stream(read_data), None]   # the stream, the readline generator

    def serve(method):
        # the configured return value if any, else the data's own method
        def serving(*args, **kwargs):
            fixed = getattr(handle, method).return_value
            if fixed is not None:
                return fixed
            return getattr(data[0], method)(*args, **kwargs)
        return serving

    read = serve('read')
    readlines = serve('readlines')

    def lines():
        fixed = handle.readline.return_value
        if fixed is not None:
            while True:
                yield fixed
        yield from data[0]

    def readline_values(*args, **kwargs):
        yield from lines()
        while True:
            yield data[0].readline(*args, **kwargs)

    def next_line():
        fixed = handle.readline.return_value
        if fixed is not None:
            return fixed
        return next(data[0])

    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock(spec=_file_spec)
    handle.__enter__.return_value = handle
    for method in ('write', 'read', 'readline', 'readlines'):
        getattr(handle, method).return_value = None
    handle.read.side_effect = read
    data[1] = readline_values()
    handle.readline.side_effect = data[1]
    handle.readlines.side_effect = readlines
    handle.__iter__.side_effect = lines
    handle.__next__.side_effect = next_line

    def rewind(*args, **kwargs):
        data[0] = _as_stream(read_data)
        if handle.readline.side_effect == data[1]:
            data[1] = readline_values()
            handle.readline.side_effect = data[1]
        return DEFAULT

    mock.side_effect = rewind
    mock.return_value = handle
    return mock
