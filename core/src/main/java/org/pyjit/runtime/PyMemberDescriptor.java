package org.pyjit.runtime;

/**
 * A read-only data attribute of a builtin type, as CPython's member and getset descriptors
 * (range.start, range.stop, range.step): it sits in the type's dict so that dir() and
 * {@code type.attr} show it, while the value itself comes from {@link BuiltinAttributes}
 * (looked up before the type's dict). Assigning to it raises CPython's AttributeError.
 */
public final class PyMemberDescriptor extends PyObject {
  static final PyType MEMBER = descriptorType("member_descriptor");
  static final PyType GETSET = descriptorType("getset_descriptor");

  final String name;
  final PyType owner;
  /** A getset descriptor (CPython's message differs from a member's when assigned). */
  final boolean getset;

  private PyMemberDescriptor(String name, PyType owner, boolean getset) {
    this.name = name;
    this.owner = owner;
    this.getset = getset;
  }

  private static PyType descriptorType(String name) {
    PyType t = new PyType(name, true, Types.OBJECT);
    t.baseType = false;
    return t;
  }

  /** Declares read-only members (getset false) or getset attributes of {@code owner}. */
  public static void install(PyType owner, boolean getset, String... names) {
    for (String n : names) {
      owner.dict.put(n, new PyMemberDescriptor(n, owner, getset));
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
