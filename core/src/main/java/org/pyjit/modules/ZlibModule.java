package org.pyjit.modules;

import static org.pyjit.modules.PythonHalf.fn;

import java.io.ByteArrayOutputStream;
import java.util.zip.Adler32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyBytes;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyModule;
import org.pyjit.runtime.PyObject;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyTuple;
import org.pyjit.runtime.PyType;
import org.pyjit.runtime.Types;

/**
 * {@code _zlib}: deflate streams through the JDK's zlib (java.util.zip), for zlib.py, which
 * holds the signatures and the error class (handed in by {@code _init}). The JDK's
 * Deflater always uses a 32 KB window and memLevel 8, as zlib's defaults, so compressed
 * bytes equal CPython's for wbits 15 (zlib), -15 (raw) and 31 (gzip: the header is written
 * here as zlib writes it); other window sizes are refused by zlib.py. Streams: {@code
 * deflater(level, raw, strategy, zdict)} and {@code inflater(raw)} handles with {@code
 * deflate(h, data, flush)} and {@code inflate(h, data, max)} returning (output, unused
 * input, finished).
 */
public final class ZlibModule {
  private ZlibModule() {}

  private static final PyType HANDLE = PythonHalf.handleType("zstream", "_zlib");

  private static final class Stream extends PyObject {
    final Deflater deflater;
    final Inflater inflater;

    Stream(Deflater d, Inflater i) {
      deflater = d;
      inflater = i;
    }

    @Override
    public PyType type() {
      return HANDLE;
    }
  }

  public static PyModule module() {
    PyDict d = new PyDict();
    d.put("__name__", "_zlib");
    PythonHalf.ErrorClass st = new PythonHalf.ErrorClass(d, Types.EXCEPTION);
    fn(d, "crc32", a -> BinasciiModule.crc32(BinasciiModule.binary(a[0]), Ops.asIndex(a[1])));
    fn(d, "adler32", a -> {
      byte[] b = BinasciiModule.binary(a[0]);
      long start = Ops.asIndex(a[1]) & 0xffffffffL;
      // Adler-32 continued from start: the JDK's starts at 1, so combine by hand
      long s1 = start & 0xffff;
      long s2 = start >>> 16;
      if (start == 1) {
        Adler32 ad = new Adler32();
        ad.update(b);
        return ad.getValue();
      }
      for (byte x : b) {
        s1 = (s1 + (x & 0xff)) % 65521;
        s2 = (s2 + s1) % 65521;
      }
      return (s2 << 16) | s1;
    });
    fn(d, "deflater", a -> {
      Deflater def = new Deflater((int) Ops.asIndex(a[0]), Ops.truth(a[1]));
      def.setStrategy(switch ((int) Ops.asIndex(a[2])) {
        case 1 -> Deflater.FILTERED;
        case 2 -> Deflater.HUFFMAN_ONLY;
        default -> Deflater.DEFAULT_STRATEGY;
      });
      if (a[3] != PySingleton.NONE) {
        def.setDictionary(BinasciiModule.binary(a[3]));
      }
      return new Stream(def, null);
    });
    fn(d, "inflater", a -> new Stream(null, new Inflater(Ops.truth(a[0]))));
    fn(d, "set_dictionary", a -> {
      ((Stream) a[0]).inflater.setDictionary(BinasciiModule.binary(a[1]));
      return PySingleton.NONE;
    });
    fn(d, "deflate", a -> deflate((Stream) a[0], BinasciiModule.binary(a[1]),
        (int) Ops.asIndex(a[2])));
    fn(d, "inflate", a -> inflate(st, (Stream) a[0], BinasciiModule.binary(a[1]),
        (int) Ops.asIndex(a[2])));
    fn(d, "needs_dictionary", a -> ((Stream) a[0]).inflater.needsDictionary());
    return new PyModule("_zlib", d);
  }

  /** Compresses {@code data}; flush is zlib's mode: 0 none, 2 sync, 3 full, 4 finish. */
  private static Object deflate(Stream s, byte[] data, int flush) {
    Deflater def = s.deflater;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16384];
    def.setInput(data);
    if (flush == 4) {
      def.finish();
    }
    int mode = switch (flush) {
      case 2 -> Deflater.SYNC_FLUSH;
      case 3 -> Deflater.FULL_FLUSH;
      default -> Deflater.NO_FLUSH;
    };
    while (true) {
      int n = def.deflate(buf, 0, buf.length, mode);
      out.write(buf, 0, n);
      if (flush == 4 ? def.finished() : (n < buf.length && def.needsInput())) {
        break;
      }
    }
    return new PyBytes(out.toByteArray());
  }

  /**
   * Decompresses {@code data} (at most {@code max} bytes of output when max > 0): (output,
   * input left over (after the end, or not yet used because of max), finished).
   */
  private static Object inflate(PythonHalf.ErrorClass st, Stream s, byte[] data, int max) {
    Inflater inf = s.inflater;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16384];
    inf.setInput(data);
    try {
      while (!inf.finished()) {
        int room = max > 0 ? Math.min(buf.length, max - out.size()) : buf.length;
        if (room == 0) {
          break;
        }
        int n = inf.inflate(buf, 0, room);
        out.write(buf, 0, n);
        if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
          break;
        }
      }
    } catch (DataFormatException e) {
      throw st.error("Error -3 while decompressing data: " + e.getMessage());
    }
    int left = inf.getRemaining();
    byte[] rest = java.util.Arrays.copyOfRange(data, data.length - left, data.length);
    return PyTuple.of(new PyBytes(out.toByteArray()), new PyBytes(rest), inf.finished());
  }
}
