package org.pyjit.runtime;

import java.util.List;

/**
 * The sys module: what programs use before the full standard library arrives: argv, exit,
 * the standard streams, path, modules, maxsize, version_info, implementation and the
 * recursion limit.
 */
public final class Sys {
  private Sys() {}

  static final PyType TEXT_IO = new PyType("TextIOWrapper", true, Types.OBJECT);
  public static final PyInstance STDOUT = new PyInstance(TEXT_IO);
  public static final PyInstance STDERR = new PyInstance(TEXT_IO);
  public static final PyInstance STDIN = new PyInstance(TEXT_IO);
  public static final PyDict MODULES = new PyDict();
  static final PyModule MODULE = new PyModule("sys", new PyDict());

  /**
   * Where the tracebacks sys.excepthook prints find source lines: filename to its lines, or
   * null (CPython's linecache). The launcher points it at the sources it has read.
   */
  public static java.util.function.Function<String, String[]> sourceLines = Sys::readLines;

  private static String[] readLines(String file) {
    try {
      String text = new String(Library.read(java.nio.file.Path.of(file)),
          java.nio.charset.StandardCharsets.UTF_8);
      return text.split("\r\n|\r|\n", -1);
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  /** sys.excepthook (and sys.__excepthook__): prints the traceback to sys.stderr. */
  public static final PyBuiltinFunction EXCEPTHOOK = new PyBuiltinFunction("excepthook",
      Fn.excepthook);

  /** sys.stdout.buffer and sys.stderr.buffer: bytes written to the same streams. */
  static final PyType BUFFERED_WRITER = new PyType("BufferedWriter", true, Types.OBJECT);

  static {
    BUFFERED_WRITER.module = "_io";
    BUFFERED_WRITER.dict.put("write", new PyBuiltinFunction("write", BUFFERED_WRITER,
        Fn.buffer_write));
    BUFFERED_WRITER.dict.put("flush", new PyBuiltinFunction("flush", BUFFERED_WRITER,
        Fn.buffer_flush));
    BUFFERED_WRITER.dict.put("__repr__", new PyBuiltinFunction("__repr__", BUFFERED_WRITER,
        Fn.buffer_repr));
    TEXT_IO.dict.put("fileno", new PyBuiltinFunction("fileno", TEXT_IO, Fn.fileno));
    TEXT_IO.dict.put("reconfigure", new PyBuiltinFunction("reconfigure", TEXT_IO,
        Fn.reconfigure));
    TEXT_IO.dict.put("seekable", new PyBuiltinFunction("seekable", TEXT_IO, Fn.seekable));
    TEXT_IO.dict.put("line_buffering", false);
    TEXT_IO.dict.put("closed", false);
    TEXT_IO.dict.put("newlines", PySingleton.NONE);
    TEXT_IO.module = "_io";
    TEXT_IO.dict.put("write", new PyBuiltinFunction("write", TEXT_IO, Fn.write));
    TEXT_IO.dict.put("writelines", new PyBuiltinFunction("writelines", TEXT_IO, Fn.writelines));
    TEXT_IO.dict.put("encoding", "utf-8");
    TEXT_IO.dict.put("errors", "strict");
    TEXT_IO.dict.put("isatty", new PyBuiltinFunction("isatty", TEXT_IO, Fn.isatty));
    TEXT_IO.dict.put("flush", new PyBuiltinFunction("flush", TEXT_IO, Fn.flush));
    TEXT_IO.dict.put("writable", new PyBuiltinFunction("writable", TEXT_IO, Fn.writable));
    TEXT_IO.dict.put("readable", new PyBuiltinFunction("readable", TEXT_IO, Fn.readable));
    for (Object[] nm : new Object[][] {{STDIN, "<stdin>", "r"}, {STDOUT, "<stdout>", "w"},
        {STDERR, "<stderr>", "w"}}) {
      PyInstance stream = (PyInstance) nm[0];
      if (stream.dict == null) {
        stream.dict = new PyDict();
      }
      PyDict attrs = stream.dict;
      attrs.put("name", nm[1]);
      attrs.put("mode", nm[2]);
      if (stream != STDIN) {
        PyInstance buffer = new PyInstance(BUFFERED_WRITER);
        buffer.dict = new PyDict();
        buffer.dict.put("name", nm[1]);
        buffer.dict.put("mode", "wb");
        buffer.dict.put("raw", PySingleton.NONE);
        attrs.put("buffer", buffer);
      }
    }
    PyDict d = MODULE.dict;
    d.put("__name__", "sys");
    d.put("stdout", STDOUT);
    d.put("stdin", STDIN);
    d.put("__stdin__", STDIN);
    TEXT_IO.dict.put("readline", new PyBuiltinFunction("readline", TEXT_IO,
        Fn.readline));
    TEXT_IO.dict.put("read", new PyBuiltinFunction("read", TEXT_IO, Fn.read));
    d.put("stderr", STDERR);
    d.put("__stdout__", STDOUT);
    d.put("__stderr__", STDERR);
    d.put("argv", new PyList());
    d.put("_xoptions", new PyDict());
    d.put("path", new PyList());
    d.put("modules", MODULES);
    d.put("maxsize", Long.MAX_VALUE);
    d.put("byteorder", "little");
    d.put("builtin_module_names", new PyTuple(BuiltinModules.NAMES.clone()));
    d.put("platform", "linux");
    d.put("version", "3.13.0 (pyjit)");
    d.put("copyright", SitePrinter.COPYRIGHT);
    PyStructSeq versionInfo = PyStructSeq.of(PyStructSeq.type("sys", "version_info", "major",
        "minor", "micro", "releaselevel", "serial"), 3L, 13L, 0L, "final", 0L);
    d.put("version_info", versionInfo);
    d.put("hexversion", 0x030D00F0L);
    d.put("int_info", PyStructSeq.of(PyStructSeq.type("sys", "int_info", "bits_per_digit",
        "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"),
        30L, 4L, 4300L, 640L));
    d.put("implementation", implementation(versionInfo));
    d.put("exit", new PyBuiltinFunction("exit", Fn.exit));
    d.put("getrecursionlimit", new PyBuiltinFunction("getrecursionlimit",
        Fn.getrecursionlimit));
    d.put("setrecursionlimit", new PyBuiltinFunction("setrecursionlimit", Fn.setrecursionlimit));
    d.put("exception", new PyBuiltinFunction("exception", Fn.exception));
    for (Fn f : new Fn[] {Fn.getdefaultencoding, Fn.getfilesystemencoding,
        Fn.getfilesystemencodeerrors, Fn.intern, Fn.is_finalizing, Fn.getswitchinterval,
        Fn.setswitchinterval, Fn.gettrace, Fn.getprofile}) {
      d.put(f.name(), new PyBuiltinFunction(f.name(), f));
    }
    // what a program may print of the interpreter's settings: CPython's defaults (no
    // bytecode files are ever written; string hashing is randomized)
    d.put("flags", flags(new CommandLineFlags(false, false, false, false, false)));
    d.put("hash_info", PyStructSeq.of(PyStructSeq.type("sys", "hash_info", "width",
        "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"),
        64L, (1L << 61) - 1, 314159L, 0L, 1000003L, "siphash13", 64L, 128L, 0L));
    d.put("float_repr_style", "short");
    d.put("api_version", 1013L);
    d.put("get_int_max_str_digits", new PyBuiltinFunction("get_int_max_str_digits",
        Fn.get_int_max_str_digits));
    d.put("set_int_max_str_digits", new PyBuiltinFunction("set_int_max_str_digits",
        Fn.set_int_max_str_digits));
    d.put("excepthook", EXCEPTHOOK);
    d.put("__excepthook__", EXCEPTHOOK);
    d.put("_getframe", org.pyjit.interp.PyFrameObject.GETFRAME);
    d.put("exc_info", new PyBuiltinFunction("exc_info", Fn.exc_info));
    d.put("float_info", floatInfo());
    d.put("maxunicode", 0x10ffffL);
    d.put("displayhook", DisplayHook.FUNCTION);
    d.put("__displayhook__", DisplayHook.FUNCTION);
    d.put("__doc__", "This module provides access to some objects used or maintained by the\n"
        + "interpreter and to functions that interact strongly with the interpreter.");
    String exe = System.getProperty("pyjit.executable", "pyjit");
    d.put("executable", exe);
    d.put("_base_executable", exe);
    // where the library lives: pyjit's own directory (CPython's installation prefix)
    String prefix = prefixOf(exe);
    for (String n : new String[] {"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"}) {
      d.put(n, prefix);
    }
    d.put("abiflags", "");
    d.put("platlibdir", "lib");
    d.put("pycache_prefix", PySingleton.NONE);
    d.put("dont_write_bytecode", true);
    d.put("warnoptions", new PyList());
    d.put("orig_argv", new PyList());
    d.put("thread_info", PyStructSeq.of(PyStructSeq.type("sys", "thread_info", "name", "lock",
        "version"), "pthread", "semaphore", PySingleton.NONE));
    for (Fn f : new Fn[] {Fn.getsizeof, Fn.settrace, Fn.setprofile, Fn.call_tracing,
        Fn.audit, Fn.addaudithook, Fn.unraisablehook, Fn.breakpointhook}) {
      d.put(f.name(), new PyBuiltinFunction(f.name(), f));
    }
    d.put("__unraisablehook__", d.getStr("unraisablehook"));
    d.put("__breakpointhook__", d.getStr("breakpointhook"));
    MODULES.put("sys", MODULE);
    MODULES.put("builtins", new PyModule("builtins", Builtins.dict(null)));
  }

  private static String prefixOf(String exe) {
    int slash = exe.lastIndexOf('/');
    return slash <= 0 ? "/" : exe.substring(0, slash);
  }

  /** sys.orig_argv: the command line as the launcher received it. */
  public static void setOrigArgv(String[] args) {
    PyList l = new PyList();
    l.append(System.getProperty("pyjit.executable", "pyjit"));
    for (String s : args) {
      l.append(s);
    }
    MODULE.dict.put("orig_argv", l);
  }

  /**
   * Writes {@code text} to sys.stderr: pyjit's own stream, or the write() of the object a
   * program put there (tracebacks and warnings follow a reassigned sys.stderr as in CPython).
   */
  public static void writeStderr(String text) {
    Object s = MODULE.dict.getStr("stderr");
    if (s == null || s == STDERR || s == PySingleton.NONE) {
      Builtins.stderr.print(text);
      Builtins.stderr.flush();
    } else {
      Ops.call(Ops.getattr(s, "write"), new Object[] {text}, null);
    }
  }

  /** Whether sys.stderr is pyjit's own stream (not an object of the program's). */
  public static boolean stderrIsStandard() {
    Object s = MODULE.dict.getStr("stderr");
    return s == null || s == STDERR;
  }

  /**
   * sys.getsizeof's estimate: CPython 3.13's sizes on a 64-bit build for the common
   * built-in types (int digits of 30 bits, compact str by widest character, list/tuple
   * pointer arrays without over-allocation), 56 bytes for anything else; a class's own
   * __sizeof__ (plus CPython's 16-byte GC header) when it defines one.
   */
  private static long sizeOf(Object o) {
    if (o instanceof Boolean || o instanceof Long l && Math.abs(l) < (1L << 30)
        && l != Long.MIN_VALUE) {
      return 28;
    }
    if (o instanceof Long l) {
      return sizeOf(java.math.BigInteger.valueOf(l));
    }
    if (o instanceof java.math.BigInteger b) {
      return 24 + 4L * Math.max(1, (b.abs().bitLength() + 29) / 30);
    }
    if (o instanceof Double) {
      return 24;
    }
    if (o instanceof PyComplex) {
      return 32;
    }
    if (o instanceof String s) {
      int max = 0;
      int n = 0;
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        max = Math.max(max, cp);
        i += Character.charCount(cp);
        n++;
      }
      return max < 128 ? 41 + n : max < 256 ? 57 + n : max < 65536 ? 58 + 2L * n
          : 60 + 4L * n;
    }
    if (o instanceof PyBytes b) {
      return 33 + b.data.length;
    }
    if (o instanceof PyList l) {
      return 56 + 8L * l.size();
    }
    if (o instanceof PyTuple t) {
      return t.size() == 0 ? 40 : 40 + 8L * t.size();
    }
    if (o instanceof PyDict d) {
      int n = d.size();
      if (n == 0) {
        return 64;
      }
      int slots = 8;
      while (slots * 2 / 3 < n) {
        slots *= 2;
      }
      return 48 + slots + 16L * slots / 3 + 16L * (slots * 2 / 3);
    }
    if (o instanceof PySet s) {
      int slots = 8;
      while (slots * 3 / 5 <= s.size()) {
        slots *= 4;
      }
      return 200 + 16L * (slots - 8);
    }
    if (o == PySingleton.NONE) {
      return 16;
    }
    if (o instanceof PyInstance inst && inst.type() == Types.OBJECT) {
      return 16;
    }
    return 56;
  }

  /** sys.float_info: the IEEE double's constants. */
  private static PyStructSeq floatInfo() {
    PyType t = PyStructSeq.type("sys", "float_info", "max", "max_exp", "max_10_exp", "min",
        "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds");
    return PyStructSeq.of(t, Double.MAX_VALUE, 1024L, 308L, Double.MIN_NORMAL, -1021L, -307L,
        15L, 53L, Math.ulp(1.0), 2L, 1L);
  }

  /** sys.implementation: a types.SimpleNamespace describing pyjit. */
  private static PyInstance implementation(PyStructSeq version) {
    PyType t = new PyType("SimpleNamespace", true, Types.OBJECT);
    t.module = "types";
    t.hasInstanceDict = true;
    t.baseType = false;
    t.dict.put("__repr__", new PyBuiltinFunction("__repr__", t, Fn.__repr__));
    PyInstance ns = new PyInstance(t);
    ns.dict.put("name", "pyjit");
    ns.dict.put("cache_tag", PySingleton.NONE);
    ns.dict.put("version", version);
    ns.dict.put("hexversion", 0x030D00F0L);
    return ns;
  }

  /**
   * Forgets the modules imported by an earlier program run in this JVM (the tests run many
   * programs in one process): each program starts, as in CPython, with only sys and builtins.
   */
  public static void resetModules() {
    for (Object name : MODULES.keys().toArray()) {
      if (!name.equals("sys") && !name.equals("builtins")) {
        MODULES.remove(name);
      }
    }
  }

  public static PyModule module() {
    return MODULE;
  }

  /** sys.flags' type, in a holder: the module's dict is made before this class's fields. */
  private static final class Flags {
    static final PyType TYPE = PyStructSeq.type("sys", "flags", "debug", "inspect",
        "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
        "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
        "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
        "int_max_str_digits");
  }

  /** The command-line options sys.flags shows (the rest are CPython's defaults). */
  public record CommandLineFlags(boolean inspect, boolean noUserSite, boolean noSite,
      boolean ignoreEnvironment, boolean quiet) {}

  /** Whether -E was given: the PYTHON* variables are not read ({@link #env}). */
  private static boolean ignoreEnvironment;

  private static PyStructSeq flags(CommandLineFlags f) {
    // no bytecode files are ever written; string hashing is randomized
    return PyStructSeq.of(Flags.TYPE, 0L, bit(f.inspect()), bit(f.inspect()), 0L, 1L,
        bit(f.noUserSite()), bit(f.noSite()), bit(f.ignoreEnvironment()), 0L, 0L,
        bit(f.quiet()), 1L, 0L, false, 0L, 0L, false, 4300L);
  }

  private static long bit(boolean b) {
    return b ? 1L : 0L;
  }

  /**
   * sys.flags and sys.warnoptions for a run (every run sets them, so that programs run one
   * after another in a JVM do not inherit them); -E's flag also decides {@link #env}.
   */
  public static void setCommandLine(CommandLineFlags f, List<String> warnOptions) {
    ignoreEnvironment = f.ignoreEnvironment();
    MODULE.dict.put("flags", flags(f));
    PyList w = new PyList();
    for (String o : warnOptions) {
      w.append(o);
    }
    MODULE.dict.put("warnoptions", w);
  }

  /** Environment variable {@code name} (a PYTHON* one), or null when unset or under -E. */
  public static String env(String name) {
    return ignoreEnvironment ? null : System.getenv(name);
  }

  /** sys._xoptions from the -X options: {@code NAME=VALUE} gives a str, {@code NAME} True. */
  public static void setXOptions(List<String> options) {
    PyDict d = new PyDict();
    for (String o : options) {
      int eq = o.indexOf('=');
      if (eq < 0) {
        d.put(o, Boolean.TRUE);
      } else {
        d.put(o.substring(0, eq), o.substring(eq + 1));
      }
    }
    MODULE.dict.put("_xoptions", d);
  }

  /**
   * Sets sys.argv and sys.path for a program (path: the script's directory first). A
   * program also starts with the standard streams, the default excepthook, no traceback
   * limit, tracebacks reading sources from disk and the process's directory, whatever a
   * program run before it in this JVM changed.
   */
  public static void setArgv(List<String> argv, String scriptDir) {
    MODULE.dict.put("excepthook", EXCEPTHOOK);
    MODULE.dict.put("stdout", STDOUT);
    MODULE.dict.put("stderr", STDERR);
    MODULE.dict.put("stdin", STDIN);
    MODULE.dict.remove("tracebacklimit");
    WorkingDirectory.reset();
    sourceLines = Sys::readLines;
    PyList a = new PyList();
    for (String s : argv) {
      a.append(s);
    }
    MODULE.dict.put("argv", a);
    PyList p = new PyList();
    p.append(scriptDir);
    String pythonPath = env("PYTHONPATH");
    if (pythonPath != null) {
      for (String dir : pythonPath.split(java.io.File.pathSeparator)) {
        if (!dir.isEmpty()) {
          p.append(dir);
        }
      }
    }
    p.append(Library.ROOT);
    MODULE.dict.put("path", p);
    ImportFinders.reset(MODULE.dict);
  }

  /**
   * The built-in functions defined above, one constant each: one class whose {@link #call}
   * switches on the constant, where a lambda per function made a class each, all of them
   * loaded at every start from the AOT cache (docs/internals/startup.md). Each constant's
   * case is the function's body; its name and owner are where the constant is used.
   */
  private static double switchInterval = 0.005;

  /** The functions settrace/setprofile were given (kept, never called). */
  private static final java.util.Map<String, Object> HOOKS = new java.util.HashMap<>();

  /** sys.stdout as the program may have replaced it (print()'s default file). */
  static Object stdout() {
    Object o = MODULE.dict.getStr("stdout", STDOUT_HASH);
    return o == null ? STDOUT : o;
  }

  /** hash("stdout"), computed once: print() looks the name up at every call. */
  private static final long STDOUT_HASH = org.pyjit.runtime.collect.PyHash.hashString("stdout");

  private enum Fn implements PyBuiltinFunction.Body {
    excepthook, write, writelines, isatty, flush, readline, read, exit, getrecursionlimit,
    setrecursionlimit, exception, exc_info, __repr__, get_int_max_str_digits,
    set_int_max_str_digits, getdefaultencoding, getfilesystemencoding,
    getfilesystemencodeerrors, intern, is_finalizing, getswitchinterval, setswitchinterval,
    gettrace, getprofile, writable, readable, getsizeof, settrace, setprofile, call_tracing,
    audit, addaudithook, unraisablehook, breakpointhook, buffer_write, buffer_flush,
    buffer_repr, fileno, reconfigure, seekable;

    @Override
    public Object call(Object[] a, String[] k) {
      switch (this) {
        case excepthook: {
          if (k != null && k.length > 0) {
            throw Errors.typeError("excepthook() takes no keyword arguments");
          }
          if (a.length != 3) {
            throw Errors.typeError("excepthook expected 3 arguments, got " + a.length);
          }
          if (!(a[1] instanceof PyBaseException e)) {
            throw Errors.typeError("print_exception(): Exception expected for value, "
                + Types.typeOf(a[1]).name + " found");
          }
          if (e.traceback == null && a[2] instanceof PyTraceback tb) {
            e.traceback = tb.entry;
          }
          writeStderr(TracebackPrinter.format(e, sourceLines));
          return PySingleton.NONE;
        }
        case write: {
          if (!(a[1] instanceof String s)) {
            throw Errors.typeError("write() argument must be str, not " + Types.typeOf(a[1]).name);
          }
          Codecs.checkWritable(s);
          (a[0] == STDERR ? Builtins.stderr : Builtins.stdout).print(s);
          return (long) s.codePointCount(0, s.length());
        }
        case writelines: {
          Object it = Ops.iter(a[1]);
          for (Object x; (x = Ops.next(it)) != null; ) {
            if (!(x instanceof String s)) {
              throw Errors.typeError("write() argument must be str, not " + Types.typeOf(x).name);
            }
            Codecs.checkWritable(s);
            (a[0] == STDERR ? Builtins.stderr : Builtins.stdout).print(s);
          }
          return PySingleton.NONE;
        }
        case isatty: return false;
        case writable: return a[0] != STDIN;
        case readable: return a[0] == STDIN;
        case flush: {
          (a[0] == STDERR ? Builtins.stderr : Builtins.stdout).flush();
          return PySingleton.NONE;
        }
        case readline: return Builtins.readLine();
        case read: {
          StringBuilder sb = new StringBuilder();
          for (String line; !(line = Builtins.readLine()).isEmpty(); ) {
            sb.append(line);
          }
          return sb.toString();
        }
        case exit: {
          throw new PyException(a.length == 0 ? new PyBaseException(Types.SYSTEM_EXIT)
              : new PyBaseException(Types.SYSTEM_EXIT, a[0]));
        }
        case getdefaultencoding, getfilesystemencoding: {
          ArgParser.noArgs(name(), a, k, 0);
          return "utf-8";
        }
        case getfilesystemencodeerrors: {
          ArgParser.noArgs(name(), a, k, 0);
          return "surrogateescape";
        }
        case intern: {
          Object s = ArgParser.exactlyOne("intern", a, k, 0);
          if (!(s instanceof String)) {
            throw Errors.typeError("intern() argument must be str, not "
                + Types.typeOf(s).name);
          }
          return s;
        }
        case is_finalizing: {
          ArgParser.noArgs(name(), a, k, 0);
          return false;
        }
        case getswitchinterval: {
          ArgParser.noArgs(name(), a, k, 0);
          return switchInterval;
        }
        case setswitchinterval: {
          double v = MathModule.real(ArgParser.exactlyOne("setswitchinterval", a, k, 0));
          if (v <= 0) {
            throw Errors.valueError("switch interval must be strictly positive");
          }
          switchInterval = v;
          return PySingleton.NONE;
        }
        case gettrace, getprofile: {
          ArgParser.noArgs(name(), a, k, 0);
          Object f = HOOKS.get(this == gettrace ? "settrace" : "setprofile");
          return f == null ? PySingleton.NONE : f;
        }
        case settrace, setprofile: {
          // kept for gettrace/getprofile; pyjit calls no trace or profile function (a gap)
          Object f = ArgParser.exactlyOne("sys." + name(), a, k, 0);
          if (f != PySingleton.NONE) {
            HOOKS.put(name(), f);
          } else {
            HOOKS.remove(name());
          }
          return PySingleton.NONE;
        }
        case getsizeof: {
          Object[] p = ArgParser.keywords("getsizeof", a, k, 0,
              new String[] {"object", "default"}, 0, 0);
          if (p[0] == null) {
            throw Errors.typeError("getsizeof() missing required argument 'object' (pos 1)");
          }
          Object o = p[0];
          if (o instanceof PyInstance inst && !inst.type().builtin) {
            Object m = Types.typeOf(o).lookup("__sizeof__");
            if (m != null && !(m instanceof PyBuiltinFunction)) {
              Object r = Ops.call(Ops.getattr(o, "__sizeof__"), new Object[0], null);
              long n = Ops.asIndex(r);
              if (n < 0) {
                throw Errors.valueError("__sizeof__() should return >= 0");
              }
              return n + 16;
            }
          }
          return sizeOf(o);
        }
        case call_tracing: {
          if (a.length != 2) {
            throw Errors.typeError("call_tracing expected 2 arguments, got " + a.length);
          }
          if (!(a[1] instanceof PyTuple t)) {
            throw Errors.typeError("call_tracing(): argument 2 must be tuple, not "
                + Types.typeOf(a[1]).name);
          }
          return Ops.call(a[0], t.items.clone(), null);
        }
        case audit, addaudithook: {
          if (a.length == 0) {
            throw Errors.typeError(name() + "() missing 1 required positional argument");
          }
          return PySingleton.NONE; // no auditing events are raised
        }
        case unraisablehook: {
          Object u = ArgParser.exactlyOne("unraisablehook", a, k, 0);
          Object exc = Ops.getattr(u, "exc_value");
          Object msg = Ops.getattr(u, "err_msg");
          Object obj = Ops.getattr(u, "object");
          StringBuilder sb = new StringBuilder(msg == PySingleton.NONE
              ? "Exception ignored in" : Ops.str(msg));
          if (obj != PySingleton.NONE) {
            sb.append(": ").append(Ops.repr(obj));
          }
          sb.append('\n');
          writeStderr(sb + (exc instanceof PyBaseException e
              ? TracebackPrinter.format(e, sourceLines) : ""));
          return PySingleton.NONE;
        }
        case buffer_write: {
          java.io.PrintStream out = a[0] == ((PyInstance) STDERR).dict.getStr("buffer")
              ? Builtins.stderr : Builtins.stdout;
          if (a.length != 2) {
            throw Errors.typeError("write() takes exactly one argument (" + (a.length - 1)
                + " given)");
          }
          byte[] data;
          if (a[1] instanceof PyBytes b) {
            data = b.data;
          } else if (a[1] instanceof PyByteArray || a[1] instanceof PyMemoryView) {
            data = ((PyBytes) Ops.call(Types.BYTES, new Object[] {a[1]}, null)).data;
          } else {
            throw Errors.typeError("a bytes-like object is required, not '"
                + Types.typeOf(a[1]).name + "'");
          }
          out.write(data, 0, data.length);
          return (long) data.length;
        }
        case buffer_flush: {
          (a[0] == ((PyInstance) STDERR).dict.getStr("buffer") ? Builtins.stderr
              : Builtins.stdout).flush();
          return PySingleton.NONE;
        }
        case buffer_repr: {
          return "<_io.BufferedWriter name='" + ((PyInstance) a[0]).dict.getStr("name") + "'>";
        }
        case fileno: {
          return a[0] == STDIN ? 0L : a[0] == STDOUT ? 1L : 2L;
        }
        case seekable: {
          return false;
        }
        case reconfigure: {
          // encoding, errors, newline, line_buffering, write_through: kept as attributes
          // (pyjit's standard streams always write UTF-8)
          PyInstance stream = (PyInstance) a[0];
          int npos = a.length - (k == null ? 0 : k.length);
          if (npos > 1) {
            throw Errors.typeError("reconfigure() takes no positional arguments");
          }
          for (int i = 0; k != null && i < k.length; i++) {
            switch (k[i]) {
              case "encoding", "errors", "newline", "line_buffering", "write_through" ->
                  stream.dict.put(k[i], a[npos + i]);
              default -> throw Errors.typeError("reconfigure() got an unexpected keyword "
                  + "argument '" + k[i] + "'");
            }
          }
          return PySingleton.NONE;
        }
        case breakpointhook: {
          writeStderr("pyjit: breakpoint() has no debugger (pdb is not available)\n");
          return PySingleton.NONE;
        }
        case get_int_max_str_digits: {
          ArgParser.noArgs("get_int_max_str_digits", a, k, 0);
          return (long) org.pyjit.runtime.format.IntFormat.maxStrDigits();
        }
        case set_int_max_str_digits: {
          Object[] p = ArgParser.keywords("set_int_max_str_digits", a, k, 0,
              new String[] {"maxdigits"}, 0, 1);
          long n = Ops.asIndex(p[0]);
          try {
            org.pyjit.runtime.format.IntFormat.setMaxStrDigits(
                (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n)));
          } catch (org.pyjit.runtime.format.FormatError e) {
            throw Errors.from(e);
          }
          return PySingleton.NONE;
        }
        case getrecursionlimit: return (long) org.pyjit.interp.ThreadState.current().recursionLimit;
        case setrecursionlimit: {
          long n = Ops.asIndex(a[0]);
          if (n < 1) {
            throw Errors.valueError("recursion limit must be greater or equal than 1");
          }
          org.pyjit.interp.ThreadState.current().recursionLimit = (int) Math.min(n,
              Integer.MAX_VALUE);
          return PySingleton.NONE;
        }
        case exception: {
          PyBaseException e = org.pyjit.interp.ThreadState.current().handled();
          return e == null ? PySingleton.NONE : e;
        }
        case exc_info: {
          PyBaseException e = org.pyjit.interp.ThreadState.current().handled();
          return e == null ? PyTuple.of(PySingleton.NONE, PySingleton.NONE, PySingleton.NONE)
              : PyTuple.of(e.type(), e, PyTraceback.of(e));
        }
        case __repr__: {
          StringBuilder sb = new StringBuilder("namespace(");
          boolean first = true;
          for (Object[] kv : ((PyInstance) a[0]).dict.items()) {
            sb.append(first ? "" : ", ").append(kv[0]).append('=').append(Ops.repr(kv[1]));
            first = false;
          }
          return sb.append(')').toString();
        }
        default:
          throw new AssertionError(this);
      }
    }
  }
}
