package org.pyjit.runtime;

/**
 * A data attribute of a builtin type, as CPython's member and getset descriptors
 * (range.start, function.__name__, type.__mro__, BaseException.args): it sits in the type's
 * dict so that dir() and {@code type.attr} show it. Its value comes from its {@link Getter}
 * (the one place that knows the field, e.g. {@link Ops#functionAttribute}), or, without one,
 * from {@link BuiltinAttributes}, which is looked up before the type's dict. Assignment goes
 * through {@link Ops#setattr}, which knows the writable ones; the others raise CPython's
 * AttributeError ({@link #readonly}).
 */
public final class PyMemberDescriptor extends PyObject {
  static final PyType MEMBER = descriptorType("member_descriptor");
  static final PyType GETSET = descriptorType("getset_descriptor");

  final String name;
  final PyType owner;
  /** A getset descriptor (CPython's message differs from a member's when assigned). */
  final boolean getset;
  /** The value of the attribute on an instance, or null: see {@link #get}. */
  private final Getter getter;

  /** Reads the attribute {@code name} of {@code o}; null when {@code o} has none. */
  public interface Getter {
    Object get(Object o, String name);
  }

  private PyMemberDescriptor(String name, PyType owner, boolean getset, Getter getter) {
    this.name = name;
    this.owner = owner;
    this.getset = getset;
    this.getter = getter;
  }

  /** The attribute of {@code o} (an instance of the owner), or null when it has none. */
  Object get(Object o) {
    return getter != null ? getter.get(o, name) : BuiltinAttributes.get(o, name);
  }

  private static PyType descriptorType(String name) {
    PyType t = new PyType(name, true, Types.OBJECT);
    t.baseType = false;
    return t;
  }

  /** Declares read-only members (getset false) or getset attributes of {@code owner}. */
  public static void install(PyType owner, boolean getset, String... names) {
    install(owner, getset, null, names);
  }

  /** Declares attributes of {@code owner} whose values {@code getter} reads. */
  public static void install(PyType owner, boolean getset, Getter getter, String... names) {
    for (String n : names) {
      owner.dict.put(n, new PyMemberDescriptor(n, owner, getset, getter));
    }
  }

  @Override
  public PyType type() {
    return getset ? GETSET : MEMBER;
  }

  PyException readonly() {
    return Errors.attributeError(getset ? "attribute '" + name + "' of '" + owner.name
        + "' objects is not writable" : "readonly attribute");
  }

  String repr() {
    return (getset ? "<attribute '" : "<member '") + name + "' of '" + owner.name
        + "' objects>";
  }
}
