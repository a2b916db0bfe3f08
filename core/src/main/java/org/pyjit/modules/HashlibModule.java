package org.pyjit.modules;

import static org.pyjit.modules.PythonHalf.fn;

import org.pyjit.runtime.BuiltinSubclasses;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyByteArray;
import org.pyjit.runtime.PyBytes;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyMemoryView;
import org.pyjit.runtime.PyModule;
import org.pyjit.runtime.PyObject;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyType;

/**
 * {@code _hashlib}: running digests as opaque handles for hashlib.py's hash classes, which
 * hold the names, sizes and argument checks. {@code open(algorithm)} takes a JDK
 * MessageDigest name or "SHAKE128"/"SHAKE256"; {@code blake2(wide, digest_size, key, salt,
 * person, fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node)} takes
 * parameters hashlib.py has checked; {@code update}, {@code digest(h, length)} and {@code
 * copy} work on any handle (HashEngines).
 */
public final class HashlibModule {
  private HashlibModule() {}

  private static final PyType HANDLE = PythonHalf.handleType("digest_engine", "_hashlib");

  /** A digest in progress, seen from Python only as an argument of this module's functions. */
  private static final class Handle extends PyObject {
    final HashEngines.Engine engine;

    Handle(HashEngines.Engine engine) {
      this.engine = engine;
    }

    @Override
    public PyType type() {
      return HANDLE;
    }
  }

  public static PyModule module() {
    PyDict d = new PyDict();
    d.put("__name__", "_hashlib");
    fn(d, "open", a -> {
      String algorithm = (String) a[0];
      HashEngines.Engine e = switch (algorithm) {
        case "SHAKE128" -> new HashEngines.Shake(168);
        case "SHAKE256" -> new HashEngines.Shake(136);
        default -> HashEngines.jdk(algorithm);
      };
      return e == null ? PySingleton.NONE : new Handle(e);
    });
    fn(d, "blake2", a -> new Handle(new HashEngines.Blake2(Ops.truth(a[0]),
        new HashEngines.Blake2Params((int) Ops.asIndex(a[1]), bytes(a[2]), bytes(a[3]),
            bytes(a[4]), (int) Ops.asIndex(a[5]), (int) Ops.asIndex(a[6]),
            Ops.asIndex(a[7]), Ops.asIndex(a[8]), (int) Ops.asIndex(a[9]),
            (int) Ops.asIndex(a[10]), Ops.truth(a[11])))));
    fn(d, "update", a -> {
      byte[] data = data(a[1]);
      ((Handle) a[0]).engine.update(data, 0, data.length);
      return PySingleton.NONE;
    });
    fn(d, "digest", a -> new PyBytes(((Handle) a[0]).engine.digest((int) Ops.asIndex(a[1]))));
    fn(d, "copy", a -> new Handle(((Handle) a[0]).engine.copy()));
    fn(d, "pbkdf2", a -> new PyBytes(pbkdf2(((Handle) a[0]).engine, (int) Ops.asIndex(a[1]),
        bytes(a[2]), bytes(a[3]), Ops.asIndex(a[4]), (int) Ops.asIndex(a[5]))));
    return new PyModule("_hashlib", d);
  }

  /**
   * PBKDF2 (RFC 8018) with HMAC over {@code fresh} (an empty engine of the hash, block size
   * {@code block}): the keyed inner and outer states are made once and copied per round.
   */
  private static byte[] pbkdf2(HashEngines.Engine fresh, int block, byte[] password,
      byte[] salt, long iterations, int length) {
    byte[] key = password;
    if (key.length > block) {
      HashEngines.Engine e = fresh.copy();
      e.update(key, 0, key.length);
      key = e.digest(0);
    }
    byte[] ipad = new byte[block];
    byte[] opad = new byte[block];
    for (int i = 0; i < block; i++) {
      byte k = i < key.length ? key[i] : 0;
      ipad[i] = (byte) (k ^ 0x36);
      opad[i] = (byte) (k ^ 0x5c);
    }
    HashEngines.Engine inner = fresh.copy();
    inner.update(ipad, 0, block);
    HashEngines.Engine outer = fresh.copy();
    outer.update(opad, 0, block);
    byte[] out = new byte[length];
    int done = 0;
    for (int index = 1; done < length; index++) {
      HashEngines.Engine e = inner.copy();
      e.update(salt, 0, salt.length);
      e.update(new byte[] {(byte) (index >>> 24), (byte) (index >>> 16), (byte) (index >>> 8),
          (byte) index}, 0, 4);
      byte[] u = mac(outer, e.digest(0));
      byte[] t = u.clone();
      for (long r = 1; r < iterations; r++) {
        HashEngines.Engine ei = inner.copy();
        ei.update(u, 0, u.length);
        u = mac(outer, ei.digest(0));
        for (int i = 0; i < t.length; i++) {
          t[i] ^= u[i];
        }
      }
      int n = Math.min(t.length, length - done);
      System.arraycopy(t, 0, out, done, n);
      done += n;
    }
    return out;
  }

  private static byte[] mac(HashEngines.Engine outer, byte[] innerDigest) {
    HashEngines.Engine e = outer.copy();
    e.update(innerDigest, 0, innerDigest.length);
    return e.digest(0);
  }

  private static byte[] bytes(Object o) {
    return BinasciiModule.binary(o);
  }

  /** What update() hashes: a bytes-like object; a str must be encoded first. */
  private static byte[] data(Object o) {
    Object v = BuiltinSubclasses.unwrap(o);
    if (v instanceof String) {
      throw Errors.typeError("Strings must be encoded before hashing");
    }
    if (o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView
        || v instanceof PyBytes) {
      return BinasciiModule.binary(o);
    }
    throw Errors.typeError("object supporting the buffer API required");
  }
}
