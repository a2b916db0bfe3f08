# the built-in exception hierarchy
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
    (IndexError, LookupError), (LookupError, Exception), (Exception, BaseException),
    (KeyboardInterrupt, Exception), (SystemExit, Exception), (GeneratorExit, Exception),
    (StopIteration, Exception), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (UnboundLocalError, NameError), (ModuleNotFoundError, ImportError), (FileNotFoundError, OSError),
    (UnicodeDecodeError, UnicodeError), (UnicodeError, ValueError), (IndentationError, SyntaxError),
    (TabError, IndentationError), (BaseExceptionGroup, BaseException), (ExceptionGroup, Exception),
    (ExceptionGroup, BaseExceptionGroup), (TimeoutError, OSError), (bool, int), (AssertionError, Exception),
    (StopAsyncIteration, Exception), (FloatingPointError, ArithmeticError), (EnvironmentError, OSError),
    (IOError, OSError), (DeprecationWarning, Warning), (Warning, Exception), (BrokenPipeError, ConnectionError),
]
for sub, sup in pairs:
    print(f"{sub.__name__:20} {sup.__name__:20} {issubclass(sub, sup)}")
print([c.__name__ for c in RecursionError.__mro__])
print([c.__name__ for c in UnicodeDecodeError.__mro__])
print([c.__name__ for c in ExceptionGroup.__mro__])
print(IOError is OSError, EnvironmentError is OSError, type(OSError(2, "x")).__name__, type(OSError(13, "p")).__name__)
