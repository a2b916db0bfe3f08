package org.pyjit.interp;

import org.pyjit.bytecode.CodeObject;
import org.pyjit.bytecode.Opcode;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyFunction;
import org.pyjit.runtime.PyType;
import org.pyjit.runtime.collect.PyDictTable;

/**
 * What a specialized instruction remembers about the values it saw, kept in
 * {@link CodeObject#caches} at the instruction's index (CPython keeps the same data in cache
 * entries inside the bytecode). A cache is only a claim: every specialized instruction
 * checks it against the values in hand before relying on it, and de-specializes when the
 * check fails, so a stale cache costs time, never correctness.
 */
sealed interface InlineCache {

  /**
   * A global found in the globals dict at entry {@code entry} (LOAD_GLOBAL_MODULE), or in
   * the builtins dict there with the globals dict not having it (LOAD_GLOBAL_BUILTIN; then
   * {@code builtins} is non-null). Valid while both dicts keep their layout versions.
   */
  record Global(PyDictTable globals, int globalsVersion, PyDictTable builtins,
      int builtinsVersion, int entry) implements InlineCache {}

  /**
   * An attribute of instances (or the class itself) of {@code type} while it has version
   * tag {@code version}: {@code value} is the class attribute found (a method, or the value
   * of a class attribute), {@code hint} the entry of the instance dict where the attribute
   * was, {@code hash} its name's hash for lookups that must miss.
   */
  record Attr(PyType type, int version, Object value, int hint, long hash)
      implements InlineCache {}

  /**
   * One attribute site met with instances of several classes (a method of a base class
   * called on instances of its subclasses): one {@link Attr} per class, at most
   * {@link Specializer#MAX_TYPES}, each checked as a lone one would be. CPython keeps one
   * class per site; a site alternating between two classes then never stays specialized.
   */
  record Poly(Attr[] entries) implements InlineCache {}

  /**
   * Left by {@link Specializer#deopt} at an attribute instruction that lost its form
   * {@code op}: the next specialization to the same form keeps the entries still valid for
   * other classes, making the site polymorphic ({@link Poly}). Generic forms ignore it.
   */
  record Previous(Opcode op, InlineCache cache) implements InlineCache {}

  /**
   * A method found through super() (LOAD_ATTR_SUPER_METHOD): {@code method}, for a super
   * object of class {@code start} over an instance of {@code type} while {@code type} has
   * version tag {@code version}.
   */
  record SuperMethod(PyType start, PyType type, int version, PyFunction method)
      implements InlineCache {}

  /** Marks CALL_SUPER_ZERO, which shares CALL_BUILTIN's case (that one has no cache). */
  record ZeroArgSuper() implements InlineCache {
    static final ZeroArgSuper INSTANCE = new ZeroArgSuper();
  }

  /** A module attribute at entry {@code entry} of the module dict's table. */
  record ModuleAttr(PyDictTable table, int version, int entry) implements InlineCache {}

  /** Calls of Python functions with this code (CALL_PY_EXACT_ARGS, CALL_PY_WITH_DEFAULTS). */
  record PyCall(CodeObject code) implements InlineCache {}

  /**
   * len(x) (CALL_LEN); when x was an instance of a Python class defining __len__ in Python,
   * that class ({@code type}, null otherwise), its version tag and the function, called
   * directly while the tag holds.
   */
  record LenCall(PyBuiltinFunction function, PyType type, int version, PyFunction dunder)
      implements InlineCache {}

  /** Calls of exactly this builtin (CALL_ISINSTANCE). */
  record BuiltinCall(PyBuiltinFunction function) implements InlineCache {}

  /** Instantiation of a class whose __init__ is {@code init} (CALL_ALLOC_AND_ENTER_INIT). */
  record Init(PyType type, int version, PyFunction init) implements InlineCache {}
}
