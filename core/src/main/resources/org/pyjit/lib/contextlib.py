"""Utilities for with statements: contextmanager, suppress, ExitStack and friends."""

# pyjit's contextlib, written for pyjit. abc (for the Abstract* classes' isinstance checks)
# is used when it can be imported; os only when chdir is entered.

import sys

__all__ = [
    "asynccontextmanager", "contextmanager", "closing", "nullcontext",
    "AbstractContextManager", "AbstractAsyncContextManager", "AsyncExitStack",
    "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr", "suppress",
    "aclosing", "chdir",
]

_GenericAlias = type(list[int])
_MethodType = type(type("_C", (), {"m": lambda self: None})().m)


def _wraps(wrapper, wrapped):
    # what functools.wraps does, without importing functools
    for name in ("__module__", "__name__", "__qualname__", "__doc__", "__type_params__"):
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        try:
            setattr(wrapper, name, value)
        except (AttributeError, TypeError):
            pass
    try:
        wrapper.__dict__.update(getattr(wrapped, "__dict__", {}))
    except AttributeError:
        pass
    wrapper.__wrapped__ = wrapped
    return wrapper


def _has_methods(C, *names):
    mro = C.__mro__
    for name in names:
        for klass in mro:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


try:
    from abc import ABC as _ABC, abstractmethod as _abstractmethod
except ImportError:  # abc not available: plain classes, isinstance by inheritance only
    _ABC = object

    def _abstractmethod(f):
        return f


class AbstractContextManager(_ABC):
    """Base for classes that are context managers (__enter__ returns self)."""

    __class_getitem__ = classmethod(_GenericAlias)
    __slots__ = ()

    def __enter__(self):
        return self

    @_abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _has_methods(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager(_ABC):
    """Base for classes that are asynchronous context managers."""

    __class_getitem__ = classmethod(_GenericAlias)
    __slots__ = ()

    async def __aenter__(self):
        return self

    @_abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _has_methods(C, "__aenter__", "__aexit__")
        return NotImplemented


class ContextDecorator:
    """Base for context managers that can also decorate a function (run it inside)."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return _wraps(inner, func)


class AsyncContextDecorator:
    """Base for asynchronous context managers that can also decorate a coroutine function."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return _wraps(inner, func)


class _GeneratorContextManagerBase:
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        # kept so that _recreate_cm can start a fresh generator for each decorated call
        self.func = func
        self.args = args
        self.kwds = kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        fresh = self.__class__
        return fresh(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """What a @contextmanager function returns: runs the generator up to and after its yield."""

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # the generator caught the exception and finished: suppressed, unless what
            # stopped it is the very exception thrown in
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # PEP 479 turned a StopIteration thrown in into a RuntimeError
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """What an @asynccontextmanager function returns (the async twin of the above)."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await self.gen.aclose()
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            if isinstance(value, (StopIteration, StopAsyncIteration)) \
                    and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await self.gen.aclose()


def contextmanager(func):
    """Decorator: a generator function that yields once becomes a context manager factory."""
    def helper(*args, **kwds):
        cm = _GeneratorContextManager(func, args, kwds)
        return cm
    return _wraps(helper, func)


def asynccontextmanager(func):
    """Decorator: an async generator function yielding once becomes an async context
    manager factory."""
    def helper(*args, **kwds):
        acm = _AsyncGeneratorContextManager(func, args, kwds)
        return acm
    return _wraps(helper, func)


class closing(AbstractContextManager):
    """Calls thing.close() at the end of the block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Awaits thing.aclose() at the end of the block."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        where, target = self._stream, self._new_target
        self._old_targets.append(getattr(sys, where))
        setattr(sys, where, target)
        return target

    def __exit__(self, exctype, excinst, exctb):
        previous = self._old_targets.pop()
        setattr(sys, self._stream, previous)


class redirect_stdout(_RedirectStream):
    """Sends sys.stdout to another file-like object for the block."""
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Sends sys.stderr to another file-like object for the block."""
    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallows the given exceptions (and the matching part of an exception group)."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return None
        wanted = self._exceptions
        if issubclass(exctype, wanted):
            return True
        if issubclass(exctype, BaseExceptionGroup):
            rest = excinst.split(wanted)[1]
            if rest is None:
                return True
            raise rest
        return False


class _BaseExitStack:
    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Moves the callbacks to a new stack (returned), leaving this one empty."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Registers a context manager's __exit__, or a callable with its signature."""
        exit_type = type(exit)
        try:
            exit_method = exit_type.__exit__
        except AttributeError:
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enters cm and registers its __exit__; returns what __enter__ returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support"
                            " the context manager protocol") from None
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers callback(*args, **kwds), run without the exception details."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        self._push_exit_callback(_MethodType(cm_exit, cm), True)

    def _push_exit_callback(self, callback, is_sync=True):
        entry = (is_sync, callback)
        self._exit_callbacks.append(entry)


def _attach_context(new_exc, old_exc, frame_exc):
    # an exception raised by one callback gets the previous one as its __context__ (at the
    # end of its own chain of contexts, as if the callbacks were nested with statements)
    while True:
        context = new_exc.__context__
        if context is None or context is old_exc:
            return
        if context is frame_exc:
            break
        new_exc = context
    new_exc.__context__ = old_exc


def _reraise(exc):
    context = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = context
        raise


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A with-statement of any number of context managers and cleanup callbacks, unwound
    last in, first out."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        exc = exc_details[1]
        received = exc is not None
        frame_exc = sys.exc_info()[1]
        suppressed = False
        pending = False
        while self._exit_callbacks:
            newest = self._exit_callbacks.pop()
            is_sync, cb = newest
            try:
                details = (None, None, None) if exc is None else (type(exc), exc,
                                                                  exc.__traceback__)
                if cb(*details):
                    suppressed = True
                    pending = False
                    exc = None
            except BaseException as new_exc:
                _attach_context(new_exc, exc, frame_exc)
                pending = True
                exc = new_exc
        if pending:
            _reraise(exc)
        return received and suppressed

    def close(self):
        """Runs the callbacks now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for asynchronous context managers and coroutine callbacks too."""

    async def enter_async_context(self, cm):
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support"
                            " the asynchronous context manager protocol") from None
        result = await enter(cm)
        self._push_exit_callback(_MethodType(exit, cm), False)
        return result

    def push_async_exit(self, exit):
        exit_type = type(exit)
        try:
            exit_method = exit_type.__aexit__
        except AttributeError:
            self._push_exit_callback(exit, False)
        else:
            self._push_exit_callback(_MethodType(exit_method, exit), False)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper, is_sync=False)
        return callback

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        exc = exc_details[1]
        received = exc is not None
        frame_exc = sys.exc_info()[1]
        suppressed = False
        pending = False
        while self._exit_callbacks:
            newest = self._exit_callbacks.pop()
            is_sync, cb = newest
            try:
                details = (None, None, None) if exc is None else (type(exc), exc,
                                                                  exc.__traceback__)
                if is_sync:
                    result = cb(*details)
                else:
                    result = await cb(*details)
                if result:
                    suppressed = True
                    pending = False
                    exc = None
            except BaseException as new_exc:
                _attach_context(new_exc, exc, frame_exc)
                pending = True
                exc = new_exc
        if pending:
            _reraise(exc)
        return received and suppressed


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing (its __enter__ returns enter_result)."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Changes the working directory for the block (not thread-safe, as CPython's)."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())
