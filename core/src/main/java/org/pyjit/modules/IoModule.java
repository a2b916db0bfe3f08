package org.pyjit.modules;

import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyFile;
import org.pyjit.runtime.PyModule;
import org.pyjit.runtime.PyType;

/**
 * The {@code _io} module: the file types open() returns (runtime.PyFile), open itself and
 * UnsupportedOperation, under the library's io.py, which adds StringIO, BytesIO and the
 * IOBase classes.
 */
public final class IoModule {
  private IoModule() {}

  public static PyModule module() {
    PyDict d = new PyDict();
    d.put("__name__", "_io");
    for (PyType t : PyFile.fileTypes()) {
      d.put(t.name, t);
    }
    d.put("UnsupportedOperation", PyFile.UNSUPPORTED_OPERATION);
    d.put("DEFAULT_BUFFER_SIZE", 8192L);
    d.put("open", new PyBuiltinFunction("open", PyFile::open));
    return new PyModule("_io", d);
  }
}
