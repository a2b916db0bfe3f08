package org.pyjit.runtime;

/**
 * The questions the interpreter's specializer asks about attribute lookup, answered next to
 * the lookup code they depend on ({@link Ops#getattr}, {@link Ops#setattr}): a specialized
 * attribute instruction skips that code, so each answer says when skipping it gives the same
 * result. Change these together with the lookup rules.
 */
public final class SpecializationSupport {
  private SpecializationSupport() {}

  /**
   * Whether getattr(owner, name) is object.__getattribute__'s plain path for this owner: no
   * __getattribute__/__getattr__ of a Python class, no built-in member under that name, and
   * not one of the objects with their own lookup (types, modules, super, aliases).
   */
  public static boolean plainAttributes(Object owner, PyType type, String name) {
    if (owner instanceof PyType || owner instanceof PyModule || owner instanceof PySuper
        || owner instanceof PyGenericAlias || owner instanceof PyUnion
        || owner instanceof PyTypeParam || owner instanceof PyTypeAlias) {
      return false;
    }
    if (owner instanceof PyInstance && Ops.hasAttributeHooks(type)) {
      return false;
    }
    return BuiltinAttributes.get(owner, name) == null;
  }

  /** Whether setting attributes on instances of {@code type} is object.__setattr__'s. */
  public static boolean plainSetattr(PyType type) {
    Object setter = type.lookup("__setattr__");
    return setter == null || setter instanceof PyBuiltinFunction;
  }

  /**
   * Whether a class attribute found by lookup cannot be a descriptor (null, None, or a
   * Java-backed value: int, float, str, bool), so an instance attribute of the same name wins.
   */
  public static boolean isPlainValue(Object classAttribute) {
    return classAttribute == null || classAttribute == PySingleton.NONE
        || !(classAttribute instanceof PyObject);
  }

  /**
   * Whether reading {@code v} through its class gives {@link #classAttribute} of it each
   * time: a plain value, a function, a static method or a class, never a descriptor whose
   * __get__ runs (class methods bind anew each time, properties and Python descriptors run
   * code).
   */
  public static boolean isPlainClassAttribute(PyType t, Object v) {
    return isPlainValue(v) || v instanceof PyFunction || v instanceof PyBuiltinFunction
        || v instanceof PyStaticMethod || v instanceof PyType vt && vt.type() == Types.TYPE;
  }

  /** Whether {@code descr} is a __slots__ member (its values live in PyInstance.slotValues). */
  public static boolean isSlotMember(Object descr) {
    return descr instanceof Slots.Member;
  }

  /** Whether {@code descr} is a property (not a subclass) whose getter is a Python function. */
  public static boolean isPlainProperty(Object descr) {
    return descr != null && descr.getClass() == PyProperty.class
        && ((PyProperty) descr).fget instanceof PyFunction;
  }

  /** Reads property {@code descr} of {@code self}, as attribute lookup does. */
  public static Object getProperty(Object descr, Object self) {
    return ((PyProperty) descr).get(self);
  }

  /** What reading class attribute {@code v} through the class gives (see Ops.bindToClass). */
  public static Object classAttribute(Object v) {
    return v instanceof PyStaticMethod sm ? sm.function : v;
  }

  /** The class a super object starts its lookups after (for a guard on super() sites). */
  public static PyType superClass(PySuper s) {
    return s.thisType;
  }

  /** The object a super object binds to. */
  public static Object superObject(PySuper s) {
    return s.obj == null ? PySingleton.NONE : s.obj;
  }

  /**
   * What {@link PySuper#lookup} finds for {@code name} when that is a Python function bound
   * to an instance (so calling the function with the instance first is the same call), or
   * null. The answer holds while the instance's class keeps its version tag: the lookup
   * reads only that class's MRO and the dicts of classes on it.
   */
  public static PyFunction superMethod(PySuper s, String name) {
    if (s.obj == null || s.obj instanceof PyType) {
      return null;
    }
    return s.find(name) instanceof PyFunction f ? f : null;
  }

  /** super(start, obj) with its checks done by the caller (zero-argument super()). */
  public static PySuper newSuper(PyType start, Object obj) {
    return new PySuper(start, obj);
  }

  /** What len() makes of a value __len__ returned (its checks and errors). */
  public static long lenResult(Object r) {
    return Ops.lenResult(r);
  }
}
