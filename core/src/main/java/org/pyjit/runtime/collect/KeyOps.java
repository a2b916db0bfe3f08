package org.pyjit.runtime.collect;

/**
 * Python's hash() and == for the keys of a {@link PySetTable} or {@link PyDictTable}; the
 * interpreter implements it with the full semantics (__hash__, __eq__, numeric tower).
 *
 * <p>Contract for implementations: equal keys have equal hashes; {@link #hash} never
 * returns -1; a key that cannot be hashed makes {@link #hash} throw (the interpreter's
 * TypeError), and so may {@link #eq} (any exception from Python code). The tables let such
 * exceptions through with the table unchanged.
 *
 * <p>What the tables promise in return, as CPython's do: {@code eq(tableKey, probeKey)}
 * always gets the key already stored as its first argument (so a left-operand __eq__ runs
 * first, as in CPython); it is called only when the two hashes are equal and the keys are
 * not the same object (identity implies equality, as PyObject_RichCompareBool assumes); two
 * java.lang.String keys, or two java.lang.Long keys, are compared by the table itself and
 * never reach {@code eq} (they are exact str and exact int). {@code eq} may run arbitrary
 * code that mutates the table: see the tables' own contracts for what happens then.
 */
public interface KeyOps {
  long hash(Object key);

  boolean eq(Object tableKey, Object probeKey);
}
