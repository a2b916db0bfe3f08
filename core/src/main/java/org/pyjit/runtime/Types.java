package org.pyjit.runtime;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The built-in types, created once, and the type of any value ({@link #typeOf}). The
 * exception hierarchy is CPython 3.13's; {@link #EXCEPTIONS} maps each exception type's
 * name to it for the builtins module.
 */
public final class Types {
  private Types() {}

  public static final PyType OBJECT = new PyType("object", true);
  public static final PyType TYPE = new PyType("type", true, OBJECT);
  public static final PyType INT = new PyType("int", true, OBJECT);
  public static final PyType BOOL = new PyType("bool", true, INT);
  public static final PyType FLOAT = new PyType("float", true, OBJECT);
  public static final PyType COMPLEX = new PyType("complex", true, OBJECT);
  public static final PyType STR = new PyType("str", true, OBJECT);
  public static final PyType BYTES = new PyType("bytes", true, OBJECT);
  public static final PyType BYTEARRAY = new PyType("bytearray", true, OBJECT);
  public static final PyType MEMORYVIEW = new PyType("memoryview", true, OBJECT);
  public static final PyType TUPLE = new PyType("tuple", true, OBJECT);
  public static final PyType LIST = new PyType("list", true, OBJECT);
  public static final PyType DICT = new PyType("dict", true, OBJECT);
  public static final PyType SET = new PyType("set", true, OBJECT);
  public static final PyType FROZENSET = new PyType("frozenset", true, OBJECT);
  public static final PyType RANGE = new PyType("range", true, OBJECT);
  public static final PyType SLICE = new PyType("slice", true, OBJECT);
  public static final PyType NONE_TYPE = new PyType("NoneType", true, OBJECT);
  public static final PyType NOT_IMPLEMENTED_TYPE = new PyType("NotImplementedType", true, OBJECT);
  public static final PyType ELLIPSIS_TYPE = new PyType("ellipsis", true, OBJECT);
  public static final PyType FUNCTION = new PyType("function", true, OBJECT);
  public static final PyType BUILTIN_FUNCTION =
      new PyType("builtin_function_or_method", true, OBJECT);
  public static final PyType METHOD_DESCRIPTOR = new PyType("method_descriptor", true, OBJECT);
  public static final PyType METHOD = new PyType("method", true, OBJECT);
  public static final PyType MODULE = new PyType("module", true, OBJECT);
  public static final PyType CELL = new PyType("cell", true, OBJECT);
  public static final PyType CODE = new PyType("code", true, OBJECT);
  public static final PyType ITERATOR = new PyType("iterator", true, OBJECT);
  public static final PyType GENERATOR = new PyType("generator", true, OBJECT);
  public static final PyType PROPERTY = new PyType("property", true, OBJECT);
  public static final PyType SUPER = new PyType("super", true, OBJECT);
  public static final PyType CLASSMETHOD = new PyType("classmethod", true, OBJECT);
  public static final PyType STATICMETHOD = new PyType("staticmethod", true, OBJECT);
  public static final PyType TRACEBACK = new PyType("traceback", true, OBJECT);
  public static final PyType FRAME = new PyType("frame", true, OBJECT);

  /** Exception types by name, in definition order. */
  public static final Map<String, PyType> EXCEPTIONS = new LinkedHashMap<>();

  public static final PyType BASE_EXCEPTION = exc("BaseException", OBJECT);
  public static final PyType BASE_EXCEPTION_GROUP = exc("BaseExceptionGroup", BASE_EXCEPTION);
  public static final PyType GENERATOR_EXIT = exc("GeneratorExit", BASE_EXCEPTION);
  public static final PyType KEYBOARD_INTERRUPT = exc("KeyboardInterrupt", BASE_EXCEPTION);
  public static final PyType SYSTEM_EXIT = exc("SystemExit", BASE_EXCEPTION);
  public static final PyType EXCEPTION = exc("Exception", BASE_EXCEPTION);
  public static final PyType ARITHMETIC_ERROR = exc("ArithmeticError", EXCEPTION);
  public static final PyType FLOATING_POINT_ERROR = exc("FloatingPointError", ARITHMETIC_ERROR);
  public static final PyType OVERFLOW_ERROR = exc("OverflowError", ARITHMETIC_ERROR);
  public static final PyType ZERO_DIVISION_ERROR = exc("ZeroDivisionError", ARITHMETIC_ERROR);
  public static final PyType ASSERTION_ERROR = exc("AssertionError", EXCEPTION);
  public static final PyType ATTRIBUTE_ERROR = exc("AttributeError", EXCEPTION);
  public static final PyType BUFFER_ERROR = exc("BufferError", EXCEPTION);
  public static final PyType EOF_ERROR = exc("EOFError", EXCEPTION);
  public static final PyType EXCEPTION_GROUP = exc("ExceptionGroup", BASE_EXCEPTION_GROUP, EXCEPTION);
  public static final PyType IMPORT_ERROR = exc("ImportError", EXCEPTION);
  public static final PyType MODULE_NOT_FOUND_ERROR = exc("ModuleNotFoundError", IMPORT_ERROR);
  public static final PyType LOOKUP_ERROR = exc("LookupError", EXCEPTION);
  public static final PyType INDEX_ERROR = exc("IndexError", LOOKUP_ERROR);
  public static final PyType KEY_ERROR = exc("KeyError", LOOKUP_ERROR);
  public static final PyType MEMORY_ERROR = exc("MemoryError", EXCEPTION);
  public static final PyType NAME_ERROR = exc("NameError", EXCEPTION);
  public static final PyType UNBOUND_LOCAL_ERROR = exc("UnboundLocalError", NAME_ERROR);
  public static final PyType OS_ERROR = exc("OSError", EXCEPTION);
  public static final PyType BLOCKING_IO_ERROR = exc("BlockingIOError", OS_ERROR);
  public static final PyType CHILD_PROCESS_ERROR = exc("ChildProcessError", OS_ERROR);
  public static final PyType CONNECTION_ERROR = exc("ConnectionError", OS_ERROR);
  public static final PyType BROKEN_PIPE_ERROR = exc("BrokenPipeError", CONNECTION_ERROR);
  public static final PyType CONNECTION_ABORTED_ERROR =
      exc("ConnectionAbortedError", CONNECTION_ERROR);
  public static final PyType CONNECTION_REFUSED_ERROR =
      exc("ConnectionRefusedError", CONNECTION_ERROR);
  public static final PyType CONNECTION_RESET_ERROR =
      exc("ConnectionResetError", CONNECTION_ERROR);
  public static final PyType FILE_EXISTS_ERROR = exc("FileExistsError", OS_ERROR);
  public static final PyType FILE_NOT_FOUND_ERROR = exc("FileNotFoundError", OS_ERROR);
  public static final PyType INTERRUPTED_ERROR = exc("InterruptedError", OS_ERROR);
  public static final PyType IS_A_DIRECTORY_ERROR = exc("IsADirectoryError", OS_ERROR);
  public static final PyType NOT_A_DIRECTORY_ERROR = exc("NotADirectoryError", OS_ERROR);
  public static final PyType PERMISSION_ERROR = exc("PermissionError", OS_ERROR);
  public static final PyType PROCESS_LOOKUP_ERROR = exc("ProcessLookupError", OS_ERROR);
  public static final PyType TIMEOUT_ERROR = exc("TimeoutError", OS_ERROR);
  public static final PyType REFERENCE_ERROR = exc("ReferenceError", EXCEPTION);
  public static final PyType RUNTIME_ERROR = exc("RuntimeError", EXCEPTION);
  public static final PyType NOT_IMPLEMENTED_ERROR = exc("NotImplementedError", RUNTIME_ERROR);
  public static final PyType PYTHON_FINALIZATION_ERROR =
      exc("PythonFinalizationError", RUNTIME_ERROR);
  public static final PyType RECURSION_ERROR = exc("RecursionError", RUNTIME_ERROR);
  public static final PyType STOP_ASYNC_ITERATION = exc("StopAsyncIteration", EXCEPTION);
  public static final PyType STOP_ITERATION = exc("StopIteration", EXCEPTION);
  public static final PyType SYNTAX_ERROR = exc("SyntaxError", EXCEPTION);
  public static final PyType INDENTATION_ERROR = exc("IndentationError", SYNTAX_ERROR);
  public static final PyType TAB_ERROR = exc("TabError", INDENTATION_ERROR);
  public static final PyType SYSTEM_ERROR = exc("SystemError", EXCEPTION);
  public static final PyType TYPE_ERROR = exc("TypeError", EXCEPTION);
  public static final PyType VALUE_ERROR = exc("ValueError", EXCEPTION);
  public static final PyType UNICODE_ERROR = exc("UnicodeError", VALUE_ERROR);
  public static final PyType UNICODE_DECODE_ERROR = exc("UnicodeDecodeError", UNICODE_ERROR);
  public static final PyType UNICODE_ENCODE_ERROR = exc("UnicodeEncodeError", UNICODE_ERROR);
  public static final PyType UNICODE_TRANSLATE_ERROR =
      exc("UnicodeTranslateError", UNICODE_ERROR);
  public static final PyType WARNING = exc("Warning", EXCEPTION);
  public static final PyType DEPRECATION_WARNING = exc("DeprecationWarning", WARNING);
  public static final PyType RUNTIME_WARNING = exc("RuntimeWarning", WARNING);
  public static final PyType SYNTAX_WARNING = exc("SyntaxWarning", WARNING);
  public static final PyType USER_WARNING = exc("UserWarning", WARNING);
  public static final PyType BYTES_WARNING = exc("BytesWarning", WARNING);
  public static final PyType ENCODING_WARNING = exc("EncodingWarning", WARNING);
  public static final PyType FUTURE_WARNING = exc("FutureWarning", WARNING);
  public static final PyType IMPORT_WARNING = exc("ImportWarning", WARNING);
  public static final PyType PENDING_DEPRECATION_WARNING =
      exc("PendingDeprecationWarning", WARNING);
  public static final PyType RESOURCE_WARNING = exc("ResourceWarning", WARNING);
  public static final PyType UNICODE_WARNING = exc("UnicodeWarning", WARNING);

  private static PyType exc(String name, PyType... bases) {
    PyType t = new PyType(name, true, bases);
    t.hasInstanceDict = true;
    EXCEPTIONS.put(name, t);
    return t;
  }

  static {
    BOOL.baseType = false;
    TYPE.hasInstanceDict = true; // classes have their dict: a metaclass adds no __dict__
    for (PyType t : new PyType[] {INT, BOOL, FLOAT, COMPLEX, STR, BYTES}) {
      t.wrapsValues = true;
    }
    NONE_TYPE.baseType = false;
    FUNCTION.baseType = false;
    RANGE.baseType = false;
    SLICE.baseType = false;
  }

  /** The type of any runtime value. */
  public static PyType typeOf(Object o) {
    if (o instanceof PyObject p) {
      return p.type();
    }
    if (o instanceof Long || o instanceof BigInteger) {
      return INT;
    }
    if (o instanceof String) {
      return STR;
    }
    if (o instanceof Double) {
      return FLOAT;
    }
    if (o instanceof Boolean) {
      return BOOL;
    }
    throw new IllegalStateException("not a Python value: " + (o == null ? "null" : o.getClass()));
  }
}
