package org.pyjit.runtime;

/**
 * Data attributes of builtin objects that CPython exposes through member descriptors:
 * {@code obj.__dict__}, {@code range.start}, {@code f.__closure__}, {@code cell.cell_contents},
 * {@code staticmethod.__func__}, {@code property.__doc__}, a generator's name and
 * gi_running, a traceback's tb_* fields. Looked
 * up before the type's methods, as data descriptors are.
 */
final class BuiltinAttributes {
  private BuiltinAttributes() {}

  /** The attribute, or null when {@code o} has no such data attribute. */
  static Object get(Object o, String name) {
    // an if chain, not a pattern switch: each of those costs about 1 ms of start-up
    // (docs/internals/startup.md)
    if (o instanceof PyRange r) {
      return switch (name) {
        case "start" -> r.startObject();
        case "stop" -> r.stopObject();
        case "step" -> r.stepObject();
        default -> null;
      };
    } else if (o instanceof PyFunction f && name.equals("__closure__")) {
      return f.closure == null || f.closure.length == 0 ? PySingleton.NONE
          : PyTuple.of((Object[]) f.closure);
    } else if (o instanceof PyCell c && name.equals("cell_contents")) {
      if (c.value == null) {
        throw Errors.raise(Types.VALUE_ERROR, "Cell is empty");
      }
      return c.value;
    } else if (o instanceof PyStaticMethod sm && name.equals("__func__")) {
      return sm.function;
    } else if (o instanceof PyClassMethod cm && name.equals("__func__")) {
      return cm.function;
    } else if (o instanceof Slots.Member m) {
      return descriptorAttribute(m.owner, m.name, name);
    } else if (o instanceof Slots.Attribute at) {
      return descriptorAttribute(at.owner, at.name, name);
    } else if (o instanceof PyProperty p && name.equals("__doc__")) {
      return p.doc != null ? p.doc : p.fget instanceof PyFunction f ? f.doc : PySingleton.NONE;
    } else if (o instanceof org.pyjit.interp.PyGenerator g) {
      return switch (name) {
        case "gi_running" -> g.isRunning();
        case "__name__" -> g.name();
        case "__qualname__" -> g.qualname();
        default -> null;
      };
    } else if (o instanceof PyTraceback tb) {
      return tb.attribute(name);
    } else if (o instanceof org.pyjit.interp.PyFrameObject fo) {
      return fo.attribute(name);
    } else if (o instanceof PyTraceback.FrameView fv) {
      return fv.attribute(name);
    } else if (o instanceof BuiltinSubclasses.ClassInstance i && name.equals("__dict__")
        && i.instanceDict() != null && !(o instanceof PyBaseException)) {
      return i.instanceDict();
    }
    return null;
  }

  /** __name__, __qualname__, __objclass__ and __doc__ of a slot's or __dict__'s descriptor. */
  private static Object descriptorAttribute(PyType owner, String member, String name) {
    return switch (name) {
      case "__name__" -> member;
      case "__qualname__" -> owner.qualname + "." + member;
      case "__objclass__" -> owner;
      case "__doc__" -> PySingleton.NONE;
      default -> null;
    };
  }
}
