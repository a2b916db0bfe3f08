package org.pyjit.interp;

import org.pyjit.runtime.Errors;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyObject;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyType;
import org.pyjit.runtime.Types;

/**
 * A frame as Python code sees it (sys._getframe(), a traceback's tb_frame, a generator's
 * gi_frame): a live view of an interpreter {@link Frame}, one per frame while referenced
 * ({@link #of}), so {@code sys._getframe() is sys._getframe()}. f_back follows the
 * pushed caller ({@link Frame#back}) or the frame that entered it from Java ({@link
 * Frame#entered}), so builtins calling Python, generators and class bodies have their caller
 * as CPython's do (C frames are not Python frames there either).
 *
 * <p>Where it differs from CPython 3.13: f_locals of a function frame is a snapshot dict, not
 * a write-through FrameLocalsProxy; f_lasti counts pyjit's instructions, not CPython's code
 * units; the line of a frame that called a builtin through a specialized call site
 * (CALL_BUILTIN) is the line of its last generic call (sys._getframe is never specialized,
 * so its caller's line is right).
 */
public final class PyFrameObject extends PyObject {
  /** sys._getframe([depth]): the frame {@code depth} calls below the innermost. */
  public static final PyBuiltinFunction GETFRAME = new PyBuiltinFunction("_getframe", (a, k) -> {
    if (k != null && k.length > 0) {
      throw Errors.typeError("_getframe() takes no keyword arguments");
    }
    if (a.length > 1) {
      throw Errors.typeError("_getframe expected at most 1 argument, got " + a.length);
    }
    long depth = a.length == 1 ? org.pyjit.runtime.Ops.asIndex(a[0]) : 0;
    Frame f = ThreadState.current().currentFrame();
    for (long i = 0; i < depth && f != null; i++) {
      f = f.previous();
    }
    if (f == null) {
      throw Errors.valueError("call stack is not deep enough");
    }
    return f.frameObject();
  });

  /**
   * The frame objects made and still referenced, by frame: weak both ways, so that neither
   * keeps the other alive (a frame object refers to its frame).
   */
  private static final java.util.Map<Frame, java.lang.ref.WeakReference<PyFrameObject>> MADE =
      new java.util.WeakHashMap<>();

  private final Frame frame;

  private PyFrameObject(Frame frame) {
    this.frame = frame;
  }

  /** The frame object of {@code frame}: the same one as long as it is referenced. */
  static PyFrameObject of(Frame frame) {
    synchronized (MADE) {
      java.lang.ref.WeakReference<PyFrameObject> ref = MADE.get(frame);
      PyFrameObject o = ref == null ? null : ref.get();
      if (o == null) {
        o = new PyFrameObject(frame);
        MADE.put(frame, new java.lang.ref.WeakReference<>(o));
      }
      return o;
    }
  }

  @Override
  public PyType type() {
    return Types.FRAME;
  }

  /** The data attribute {@code name}, or null. */
  public Object attribute(String name) {
    return switch (name) {
      case "f_code" -> org.pyjit.runtime.CodeAttributes.wrap(frame.code);
      case "f_globals" -> frame.globals;
      case "f_builtins" -> frame.builtins;
      case "f_locals" -> frame.locals != null ? frame.locals : localsSnapshot();
      case "f_lineno" -> (long) frame.code.lines[instruction()];
      case "f_lasti" -> 2L * instruction();
      case "f_back" -> {
        Frame b = frame.previous();
        yield b == null ? PySingleton.NONE : b.frameObject();
      }
      case "f_trace" -> PySingleton.NONE;
      case "f_trace_lines" -> Boolean.TRUE;
      case "f_trace_opcodes" -> Boolean.FALSE;
      default -> null;
    };
  }

  /**
   * The instruction the frame is at: its call instruction when it pushed a callee that still
   * runs (the loop keeps the current instruction in a local, the call site stored where to
   * resume), its yield when it is a suspended generator, else the instruction last stored.
   */
  private int instruction() {
    int i = frame.pc;
    if (frame.yielded) {
      i = frame.resumeAt - 1;
    } else {
      for (Frame c = ThreadState.current().currentFrame(); c != null; c = c.previous()) {
        if (c.back == frame) {
          i = frame.resumeAt - 1;
          break;
        }
        if (c.entered == frame) {
          break;
        }
      }
    }
    return Math.max(0, Math.min(i, frame.code.lines.length - 1));
  }

  /** A function frame's bound locals, cells and free variables, in co_varnames order. */
  private PyDict localsSnapshot() {
    PyDict d = new PyDict();
    for (String n : frame.localNames()) {
      Object v = frame.local(n);
      if (v != null) {
        d.put(n, v);
      }
    }
    return d;
  }

  @Override
  public String toString() {
    return "<frame at 0x" + Long.toHexString(org.pyjit.runtime.ObjectIds.of(this)) + ", file '"
        + frame.code.filename + "', line " + frame.code.lines[instruction()] + ", code "
        + frame.code.name + ">";
  }
}
