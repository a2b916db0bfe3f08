package org.pyjit.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code X | Y} of classes (types.UnionType, PEP 604): its members flattened and without
 * repeats, None standing for NoneType. isinstance() and issubclass() accept it as they
 * accept a tuple of classes; it prints as {@code int | str | None}.
 */
public final class PyUnion extends PyObject {
  static final PyType TYPE = new PyType("UnionType", true, Types.OBJECT);
  /** typing.Union[...], what {@code |} makes when a type parameter is a member. */
  static final PyType TYPING_TYPE = new PyType("_UnionGenericAlias", true, Types.OBJECT);

  static {
    TYPE.module = "types";
    TYPE.baseType = false;
    TYPING_TYPE.module = "typing";
    TYPING_TYPE.baseType = false;
    // equal unions have the same members in any order
    TYPE.dict.put("__eq__", new PyBuiltinFunction("__eq__", TYPE, (a, k) ->
        a[1] instanceof PyUnion o ? (Object) (((PyUnion) a[0]).sameMembers(o)
            && o.sameMembers((PyUnion) a[0])) : PySingleton.NOT_IMPLEMENTED));
    TYPE.dict.put("__hash__", new PyBuiltinFunction("__hash__", TYPE,
        (a, k) -> ((PyUnion) a[0]).hash()));
    TYPING_TYPE.dict.put("__eq__", TYPE.dict.getStr("__eq__"));
    TYPING_TYPE.dict.put("__hash__", TYPE.dict.getStr("__hash__"));
  }

  /** As CPython's: the hash of the frozenset of the members. */
  long hash() {
    PySet members = new PySet(true);
    for (Object x : args.items) {
      members.add(x);
    }
    return Ops.hash(members);
  }

  private boolean sameMembers(PyUnion o) {
    for (Object x : args.items) {
      boolean found = false;
      for (Object y : o.args.items) {
        found |= Ops.eq(x, y);
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  final PyTuple args;
  /** A typing.Union (it prints as {@code typing.Union[...]} or {@code typing.Optional[...]}). */
  final boolean typing;

  private PyUnion(PyTuple args, boolean typing) {
    this.args = args;
    this.typing = typing;
  }

  @Override
  public PyType type() {
    return typing ? TYPING_TYPE : TYPE;
  }

  /**
   * Whether {@code a | b} is a typing.Union: one operand is a type parameter (or such a
   * union).
   */
  static boolean isTypingPair(Object a, Object b) {
    boolean ta = a instanceof PyTypeParam || a instanceof PyUnion u && u.typing;
    boolean tb = b instanceof PyTypeParam || b instanceof PyUnion u && u.typing;
    return ta || tb; // typing.Union accepts any other operand
  }

  /** typing.Union[a, b]: the members flattened without repeats; one alone is itself. */
  static Object typingOf(Object a, Object b) {
    List<Object> items = new ArrayList<>();
    add(items, a);
    add(items, b);
    return items.size() == 1 ? items.getFirst() : new PyUnion(PyTuple.of(items.toArray()), true);
  }

  /** Whether {@code o} may be a member of a union: a class, None or a union. */
  static boolean isMember(Object o) {
    return o instanceof PyType || o == PySingleton.NONE || o instanceof PyUnion
        || o instanceof PyGenericAlias;
  }

  /** a | b for two members (see {@link #isMember}); a single class when they are equal. */
  static Object of(Object a, Object b) {
    List<Object> items = new ArrayList<>();
    add(items, a);
    add(items, b);
    return items.size() == 1 ? items.getFirst()
        : new PyUnion(PyTuple.of(items.toArray()), false);
  }

  private static void add(List<Object> items, Object o) {
    if (o instanceof PyUnion u) {
      for (Object x : u.args.items) {
        add(items, x);
      }
      return;
    }
    Object member = o == PySingleton.NONE ? Types.NONE_TYPE : o;
    for (Object x : items) {
      if (x == member || x instanceof PyGenericAlias && Ops.eq(x, member)) {
        return;
      }
    }
    items.add(member);
  }

  String repr() {
    if (typing) {
      return typingRepr();
    }
    StringBuilder sb = new StringBuilder();
    for (Object x : args.items) {
      if (!sb.isEmpty()) {
        sb.append(" | ");
      }
      if (x == Types.NONE_TYPE) {
        sb.append("None");
      } else if (x instanceof PyType t) {
        sb.append(t.module.equals("builtins") ? t.qualname : t.module + "." + t.qualname);
      } else {
        sb.append(Ops.repr(x));
      }
    }
    return sb.toString();
  }

  /** typing's: Optional[X] for X | None, else Union[...] with NoneType spelled out. */
  private String typingRepr() {
    if (args.size() == 2 && (args.get(0) == Types.NONE_TYPE || args.get(1) == Types.NONE_TYPE)) {
      Object other = args.get(0) == Types.NONE_TYPE ? args.get(1) : args.get(0);
      return "typing.Optional[" + typeRepr(other) + "]";
    }
    StringBuilder sb = new StringBuilder("typing.Union[");
    for (int i = 0; i < args.size(); i++) {
      sb.append(i > 0 ? ", " : "").append(typeRepr(args.get(i)));
    }
    return sb.append(']').toString();
  }

  private static String typeRepr(Object x) {
    if (x instanceof PyType t) {
      return t.module.equals("builtins") ? t.qualname : t.module + "." + t.qualname;
    }
    return Ops.repr(x);
  }

  Object attribute(String name) {
    return name.equals("__args__") ? args : null;
  }
}
