package org.pyjit.compiler;

/** Which comprehension a function scope is, if any (CPython's {@code _Py_comprehension_ty}). */
public enum ComprehensionKind {
  NONE, LIST, DICT, SET, GENERATOR
}
