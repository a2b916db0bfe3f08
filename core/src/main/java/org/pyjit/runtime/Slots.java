package org.pyjit.runtime;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * __slots__: a class that lists its attributes gets a member descriptor per name and, when
 * no class of its MRO (built-in ones aside) has a __dict__ and "__dict__" is not listed, its
 * instances have no attribute dict. Slot values live apart from the __dict__ (in {@link
 * PyInstance#slots}, an array in the order of {@link PyType#slotIndex}), so vars() never shows
 * them, as in CPython.
 */
final class Slots {
  private Slots() {}

  static final PyType MEMBER_DESCRIPTOR = new PyType("member_descriptor", true, Types.OBJECT);

  static {
    MEMBER_DESCRIPTOR.baseType = false;
    MEMBER_DESCRIPTOR.dict.put("__get__", new PyBuiltinFunction("__get__", MEMBER_DESCRIPTOR,
        Fn.__get__));
    MEMBER_DESCRIPTOR.dict.put("__set__", new PyBuiltinFunction("__set__", MEMBER_DESCRIPTOR,
        Fn.__set__));
    MEMBER_DESCRIPTOR.dict.put("__delete__", new PyBuiltinFunction("__delete__",
        MEMBER_DESCRIPTOR, Fn.__delete__));
  }

  /** A slot's descriptor in the class dict (CPython's member_descriptor). */
  static final class Member extends PyObject {
    final PyType owner;
    final String name;

    Member(PyType owner, String name) {
      this.owner = owner;
      this.name = name;
    }

    @Override
    public PyType type() {
      return MEMBER_DESCRIPTOR;
    }

    /** o's slot values, or null when they are in its dict. */
    private Object[] slots(Object o) {
      if (!Types.typeOf(o).isSubtypeOf(owner)) {
        throw Errors.typeError("descriptor '" + name + "' for '" + owner.name
            + "' objects doesn't apply to a '" + Types.typeOf(o).name + "' object");
      }
      return o instanceof BuiltinSubclasses.ClassInstance ci ? ci.slotValues() : null;
    }

    private PyDict dict(Object o) {
      PyDict d = o instanceof BuiltinSubclasses.ClassInstance ci ? ci.instanceDict() : null;
      if (d == null) {
        throw Ops.noAttribute(o, name);
      }
      return d;
    }

    /** Where o (an instance with slot values) keeps this one. */
    private int index(Object o) {
      int at = Types.typeOf(o).slotIndex(name);
      if (at < 0) {
        throw Ops.noAttribute(o, name);
      }
      return at;
    }

    Object get(Object o) {
      Object[] slots = slots(o);
      Object v = slots != null ? slots[index(o)] : dict(o).getStr(name);
      if (v == null) {
        throw Ops.noAttribute(o, name);
      }
      return v;
    }

    void set(Object o, Object value) {
      Object[] slots = slots(o);
      if (slots != null) {
        slots[index(o)] = value;
      } else {
        dict(o).put(name, value);
      }
    }

    void delete(Object o) {
      Object[] slots = slots(o);
      if (slots == null) {
        if (dict(o).remove(name) == null) {
          throw Ops.noAttribute(o, name);
        }
        return;
      }
      int at = index(o);
      if (slots[at] == null) {
        throw Errors.raise(Types.ATTRIBUTE_ERROR, name); // CPython's message for a member
      }
      slots[at] = null;
    }

    String repr() {
      return "<member '" + name + "' of '" + owner.name + "' objects>";
    }
  }

  static final PyType GETSET_DESCRIPTOR = new PyType("getset_descriptor", true, Types.OBJECT);

  /**
   * The __dict__ and __weakref__ entries CPython puts in the dict of the first class of a
   * hierarchy whose instances get them.
   */
  static final class Attribute extends PyObject {
    final PyType owner;
    final String name;

    Attribute(PyType owner, String name) {
      this.owner = owner;
      this.name = name;
    }

    @Override
    public PyType type() {
      return GETSET_DESCRIPTOR;
    }

    Object get(Object o) {
      if (name.equals("__dict__") && o instanceof BuiltinSubclasses.ClassInstance ci
          && ci.instanceDict() != null) {
        return ci.instanceDict();
      }
      return PySingleton.NONE;
    }

    String repr() {
      return "<attribute '" + name + "' of '" + owner.name + "' objects>";
    }
  }

  /**
   * Sets up cls's instance layout from its namespace's __slots__ (if any). As CPython: the
   * names are mangled with the class name ({@code __x} is {@code _C__x}), their members are
   * added sorted, then the __dict__ and __weakref__ attributes the bases do not give yet.
   */
  static void apply(PyType cls, PyDict ns) {
    boolean baseDict = false;
    boolean baseWeak = false;
    Set<String> inherited = null;
    for (PyType b : cls.bases) {
      baseDict |= b.hasInstanceDict;
      baseWeak |= b.lookup("__weakref__") != null;
      if (b.slotNames != null) {
        inherited = inherited == null ? new LinkedHashSet<>() : inherited;
        inherited.addAll(b.slotNames);
      }
    }
    Object spec = ns.getStr("__slots__");
    if (spec == null) {
      cls.hasInstanceDict = true;
      cls.slotNames = inherited;
      if (!baseDict) {
        cls.dict.put("__dict__", new Attribute(cls, "__dict__"));
      }
      if (!baseWeak && (!baseDict || inherited != null)) {
        cls.dict.put("__weakref__", new Attribute(cls, "__weakref__"));
      }
      return;
    }
    Object[] names = spec instanceof String s ? new Object[] {s} : ListOps.toArray(spec);
    java.util.TreeSet<String> own = new java.util.TreeSet<>();
    boolean wantsDict = false;
    boolean wantsWeak = false;
    for (Object n : names) {
      if (!(n instanceof String name)) {
        throw Errors.typeError("__slots__ items must be strings, not '" + Types.typeOf(n).name
            + "'");
      }
      if (!StrMethods.isIdentifier(name)) {
        throw Errors.typeError("__slots__ must be identifiers");
      }
      if (name.equals("__dict__")) {
        if (wantsDict || baseDict) {
          throw Errors.typeError("__dict__ slot disallowed: we already got one");
        }
        wantsDict = true;
        continue;
      }
      if (name.equals("__weakref__")) {
        if (wantsWeak || baseWeak) {
          throw Errors.typeError("__weakref__ slot disallowed: we already got one");
        }
        wantsWeak = true;
        continue;
      }
      String mangled = org.pyjit.compiler.Symtable.mangle(cls.name, name);
      if (ns.getStr(mangled) != null) {
        throw Errors.valueError("'" + mangled + "' in __slots__ conflicts with class variable");
      }
      own.add(mangled);
    }
    if (!own.isEmpty()) {
      for (PyType varSized : new PyType[] {Types.INT, Types.BYTES, Types.TUPLE}) {
        if (cls.isSubtypeOf(varSized)) { // CPython's types whose items follow the header
          throw Errors.typeError("nonempty __slots__ not supported for subtype of '"
              + varSized.name + "'");
        }
      }
    }
    cls.hasInstanceDict = wantsDict || baseDict;
    Set<String> all = inherited == null ? new LinkedHashSet<>() : inherited;
    all.addAll(own);
    cls.slotNames = all.isEmpty() ? null : all;
    for (String name : own) {
      cls.dict.put(name, new Member(cls, name));
    }
    if (wantsDict) {
      cls.dict.put("__dict__", new Attribute(cls, "__dict__")); // after the members, as CPython
    }
    if (wantsWeak) {
      cls.dict.put("__weakref__", new Attribute(cls, "__weakref__"));
    }
  }

  /**
   * The built-in functions defined above, one constant each: one class whose {@link #call}
   * switches on the constant, where a lambda per function made a class each, all of them
   * loaded at every start from the AOT cache (docs/internals/startup.md). Each constant's
   * case is the function's body; its name and owner are where the constant is used.
   */
  private enum Fn implements PyBuiltinFunction.Body {
    __get__, __set__, __delete__;

    @Override
    public Object call(Object[] a, String[] k) {
      switch (this) {
        case __get__: return a.length < 2 || a[1] == PySingleton.NONE ? a[0] : ((Member) a[0]).get(a[1]);
        case __set__: {
          ((Member) a[0]).set(a[1], a[2]);
          return PySingleton.NONE;
        }
        case __delete__: {
          ((Member) a[0]).delete(a[1]);
          return PySingleton.NONE;
        }
        default:
          throw new AssertionError(this);
      }
    }
  }
}
