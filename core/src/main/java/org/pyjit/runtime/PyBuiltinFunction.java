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
  /**
   * Which argument checks {@link Calls#callBuiltin} makes before the body (its CHECK_
   * bits), decided from the owner and the name on the first call: 0 until then.
   */
  byte checks;
  /** For {@link BuiltinArity#checkMethod}: the method's rule, looked up once with checks. */
  Object arityRule;

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

  /** Whether this is a slot wrapper of a builtin type. */
  boolean isSlotWrapper() {
    return SlotWrappers.isSlotWrapper(owner, name);
  }

  @Override
  public PyType type() {
    return owner == null ? Types.BUILTIN_FUNCTION
        : isSlotWrapper() ? WRAPPER_DESCRIPTOR : Types.METHOD_DESCRIPTOR;
  }
}
