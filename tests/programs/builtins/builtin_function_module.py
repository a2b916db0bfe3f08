# a built-in function's __module__ and __self__ name the module that defines it (math.sqrt is
# math's, len is builtins'), also for a function a Python module re-exports from a Java one
import math, sys, gc, weakref
print(math.sqrt.__module__, sys.exit.__module__, len.__module__, gc.collect.__module__)
print(math.sqrt.__self__ is math, sys.exit.__self__ is sys, len.__self__ is print.__self__, len.__self__.__name__, gc.collect.__self__ is gc)
print(weakref.getweakrefcount.__module__, print.__module__)
print(repr(sys.exit.__self__)[:13], math.floor.__qualname__, [].append.__self__)
