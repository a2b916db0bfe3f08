package org.pyjit.ast;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;

/**
 * The fields of each node record, in declaration order (= CPython's field order), with
 * their CPython names and fast getters. Computed once per record class.
 */
final class NodeFields {
  /** One field: its CPython name and a getter taking the node. */
  record Field(String pyName, MethodHandle getter) {
    Object get(Node n) {
      try {
        return getter.invoke(n);
      } catch (Throwable t) {
        throw new IllegalStateException(t);
      }
    }
  }

  private static final ClassValue<Field[]> FIELDS = new ClassValue<>() {
    @Override
    protected Field[] computeValue(Class<?> type) {
      RecordComponent[] rcs = type.getRecordComponents();
      Field[] out = new Field[rcs.length];
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      for (int i = 0; i < rcs.length; i++) {
        try {
          out[i] = new Field(pyFieldName(rcs[i].getName()),
              lookup.unreflect(rcs[i].getAccessor()).asType(
                  java.lang.invoke.MethodType.methodType(Object.class, Node.class)));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
      return out;
    }
  };

  private NodeFields() {}

  static Field[] of(Node n) {
    return FIELDS.get(n.getClass());
  }

  /** Converts a record component name to CPython's field name: decoratorList -> decorator_list. */
  static String pyFieldName(String javaName) {
    StringBuilder sb = new StringBuilder(javaName.length() + 4);
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c)) {
        sb.append('_').append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
