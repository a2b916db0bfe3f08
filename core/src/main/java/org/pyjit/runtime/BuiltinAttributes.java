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
    return switch (o) {
      case PyRange r -> switch (name) {
        case "start" -> r.startObject();
        case "stop" -> r.stopObject();
        case "step" -> r.stepObject();
        default -> null;
      };
      case PyFunction f when name.equals("__closure__") -> f.closure == null
          || f.closure.length == 0 ? PySingleton.NONE : PyTuple.of((Object[]) f.closure);
      case PyCell c when name.equals("cell_contents") -> {
        if (c.value == null) {
          throw Errors.raise(Types.VALUE_ERROR, "Cell is empty");
        }
        yield c.value;
      }
      case PyStaticMethod sm when name.equals("__func__") -> sm.function;
      case PyClassMethod cm when name.equals("__func__") -> cm.function;
      case PyProperty p when name.equals("__doc__") -> p.doc != null ? p.doc
          : p.fget instanceof PyFunction f ? f.doc : PySingleton.NONE;
      case org.pyjit.interp.PyGenerator g -> switch (name) {
        case "gi_running" -> g.isRunning();
        case "__name__" -> g.name();
        case "__qualname__" -> g.qualname();
        default -> null;
      };
      case PyTraceback tb -> tb.attribute(name);
      case PyTraceback.FrameView fv -> fv.attribute(name);
      case BuiltinSubclasses.ClassInstance i when name.equals("__dict__")
          && i.instanceDict() != null && !(o instanceof PyBaseException) -> i.instanceDict();
      default -> null;
    };
  }
}
