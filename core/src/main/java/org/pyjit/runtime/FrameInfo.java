package org.pyjit.runtime;

import java.util.List;

/** What a traceback keeps of a frame: its namespaces, for CPython's error suggestions. */
public interface FrameInfo {
  /** Names of the frame's bound local variables (the module's globals at module level). */
  List<String> localNames();

  /** A bound local variable's value, or null. */
  Object local(String name);

  PyDict globals();

  PyDict builtins();

  /** The frame's frame object (tb_frame), or null when none can be made. */
  default PyObject frameObject() {
    return null;
  }
}
