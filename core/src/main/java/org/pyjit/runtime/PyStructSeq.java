package org.pyjit.runtime;

/**
 * A struct sequence (CPython's structseq): a tuple whose items are also named attributes,
 * with a repr naming them, as sys.version_info, sys.float_info and sys.int_info. Its type
 * derives from tuple, so indexing, slicing, comparison and unpacking are the tuple's.
 */
public final class PyStructSeq extends PyTuple {
  private final PyType type;

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
