package org.pyjit.runtime;

/**
 * A function implemented in Java. {@link Body#call} receives the positional arguments
 * followed by the values of the keyword arguments, whose names are {@code kwnames} (null
 * when there are none). A builtin defined in a type's dict is a method: looking it up on an
 * instance binds the instance as the first argument.
 */
public final class PyBuiltinFunction extends PyObject {
  @FunctionalInterface
  public interface Body {
    Object call(Object[] args, String[] kwnames);
  }

  public final String name;
  public final Body body;
  /** The type that defines it as a method, or null for a plain function. */
  public final PyType owner;

  public PyBuiltinFunction(String name, Body body) {
    this(name, null, body);
  }

  public PyBuiltinFunction(String name, PyType owner, Body body) {
    this.name = name;
    this.owner = owner;
    this.body = body;
  }

  /** CPython's type of the special methods that fill a builtin type's slots. */
  static final PyType WRAPPER_DESCRIPTOR = new PyType("wrapper_descriptor", true, Types.OBJECT);

  /**
   * The special methods CPython exposes as slot wrappers (int.__add__ is a
   * {@code <slot wrapper '__add__' of 'int' objects>}) rather than as method descriptors.
   */
  private static final java.util.Set<String> SLOTS = java.util.Set.of("__add__", "__radd__",
      "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__", "__rtruediv__",
      "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__divmod__", "__rdivmod__",
      "__pow__", "__rpow__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__",
      "__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__", "__matmul__",
      "__rmatmul__", "__iadd__", "__isub__", "__imul__", "__iand__", "__ior__", "__ixor__",
      "__delitem__", "__neg__", "__pos__", "__abs__",
      "__invert__", "__bool__", "__int__", "__float__", "__index__", "__lt__", "__le__",
      "__eq__", "__ne__", "__gt__", "__ge__", "__hash__", "__repr__", "__str__", "__len__",
      "__iter__", "__next__", "__contains__", "__getattribute__", "__setattr__",
      "__delattr__", "__call__", "__init__", "__get__", "__set__", "__delete__");

  /** Whether this is a slot wrapper of a builtin type. */
  boolean isSlotWrapper() {
    return owner != null && owner.builtin && SLOTS.contains(name);
  }

  @Override
  public PyType type() {
    return owner == null ? Types.BUILTIN_FUNCTION
        : isSlotWrapper() ? WRAPPER_DESCRIPTOR : Types.METHOD_DESCRIPTOR;
  }
}
