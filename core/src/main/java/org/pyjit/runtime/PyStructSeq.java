package org.pyjit.runtime;

/**
 * A struct sequence (CPython's structseq): a tuple whose items are also named attributes,
 * with a repr naming them, as sys.version_info, sys.float_info and sys.int_info. Its type
 * derives from tuple, so indexing, slicing, comparison and unpacking are the tuple's.
 */
public final class PyStructSeq extends PyTuple {
  private final PyType type;
  /** Named values beyond the sequence (struct_time's tm_zone, tm_gmtoff), or null. */
  public Object[] extra;

  private PyStructSeq(PyType type, Object[] items) {
    super(items);
    this.type = type;
  }

  /** The type {@code module.name} whose instances name their items {@code fields}. */
  public static PyType type(String module, String name, String... fields) {
    PyType t = new PyType(name, true, Types.TUPLE);
    t.module = module;
    t.baseType = false;
    t.structFields = fields;
    for (int i = 0; i < fields.length; i++) {
      int index = i;
      t.dict.put(fields[i], new PyProperty(new PyBuiltinFunction(fields[i],
          (a, k) -> ((PyTuple) a[0]).items[index]), null, null));
    }
    return t;
  }

  /**
   * A type like {@link #type} whose instances also have the attributes {@code extraFields},
   * outside the sequence (None when an instance has no value for one), and which the
   * program can call with a sequence of the items (of the first {@code fields.length}, and
   * optionally the extra ones), as struct_time((2024, 1, 2, ...)).
   */
  public static PyType typeWithExtra(String module, String name, String[] fields,
      String... extraFields) {
    PyType t = type(module, name, fields);
    for (int i = 0; i < extraFields.length; i++) {
      int index = i;
      t.dict.put(extraFields[i], new PyProperty(new PyBuiltinFunction(extraFields[i],
          (a, k) -> a[0] instanceof PyStructSeq s && s.extra != null && index < s.extra.length
              ? s.extra[index] : PySingleton.NONE), null, null));
    }
    int n = fields.length;
    t.constructor = (type, a, k) -> {
      if (k != null && k.length > 0 || a.length != 1) {
        throw Errors.typeError(module + "." + name + "() takes exactly 1 argument ("
            + a.length + " given)");
      }
      PyList items = new PyList();
      Object it = Ops.iter(a[0]);
      for (Object x; (x = Ops.next(it)) != null; ) {
        items.append(x);
      }
      int m = items.size();
      if (m < n) {
        throw Errors.typeError(module + "." + name + "() takes an at least " + n
            + "-sequence (" + m + "-sequence given)");
      }
      if (m > n + extraFields.length) {
        throw Errors.typeError(module + "." + name + "() takes an at most "
            + (n + extraFields.length) + "-sequence (" + m + "-sequence given)");
      }
      Object[] all = items.toArray();
      PyStructSeq s = new PyStructSeq(type, java.util.Arrays.copyOf(all, n));
      if (m > n) {
        s.extra = java.util.Arrays.copyOfRange(all, n, m);
      }
      return s;
    };
    return t;
  }

  public static PyStructSeq of(PyType type, Object... items) {
    return new PyStructSeq(type, items);
  }

  @Override
  public PyType type() {
    return type;
  }

  String repr() {
    StringBuilder sb = new StringBuilder(type.module).append('.').append(type.name).append('(');
    for (int i = 0; i < items.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(type.structFields[i]).append('=')
          .append(Ops.repr(items[i]));
    }
    return sb.append(')').toString();
  }
}
