package org.pyjit.runtime;

import org.pyjit.runtime.collect.KeyOps;

/** Python's hash() and == for the dict and set tables. */
final class PyKeyOps implements KeyOps {
  static final PyKeyOps INSTANCE = new PyKeyOps();

  private PyKeyOps() {}

  @Override
  public long hash(Object key) {
    return Ops.hash(key);
  }

  @Override
  public boolean eq(Object tableKey, Object probeKey) {
    return Ops.eq(tableKey, probeKey);
  }
}
