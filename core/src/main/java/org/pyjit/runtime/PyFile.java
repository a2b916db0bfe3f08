package org.pyjit.runtime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A file opened by the builtin open(), as CPython's io stack sees it from Python: a text
 * file (_io.TextIOWrapper: str, an encoding and error handler, newline translation) or a
 * binary one (_io.BufferedReader / BufferedWriter / BufferedRandom: bytes), with CPython's
 * mode checks and error messages.
 *
 * <p>Both read and write through one {@link FileChannel}. Writes go to the file at once
 * (CPython buffers them until flush or close, which only shows when the same file is read
 * through another object before this one is flushed). Text reading decodes the rest of the
 * file on the first read after opening, seeking or writing, and hands it out line by line;
 * tell() is then the byte offset of the next character (the encoded length of what was read).
 * Newlines follow the newline argument as in io.TextIOWrapper: None translates \r\n and \r
 * to \n on input (and \n to os.linesep, \n here, on output); '' splits lines at any of them
 * without translating; '\n', '\r' or '\r\n' split at that one only and translate \n to it on
 * output.
 */
public final class PyFile extends PyObject {
  static final PyType TEXT = ioType("TextIOWrapper");
  static final PyType READER = ioType("BufferedReader");
  static final PyType WRITER = ioType("BufferedWriter");
  static final PyType RANDOM = ioType("BufferedRandom");

  /** io.UnsupportedOperation, both an OSError and a ValueError as in CPython. */
  public static final PyType UNSUPPORTED_OPERATION =
      new PyType("UnsupportedOperation", true, Types.OS_ERROR, Types.VALUE_ERROR);

  static {
    UNSUPPORTED_OPERATION.module = "io";
    UNSUPPORTED_OPERATION.hasInstanceDict = true;
  }

  private final Object name;
  private final String mode;
  private final boolean binary;
  private final boolean readable;
  private final boolean writable;
  private final boolean appending;
  private final String encoding;
  private final String errors;
  /** null: universal newlines; otherwise "", "\n", "\r" or "\r\n". */
  private final String newline;
  private final FileChannel channel;
  private boolean closed;

  /** Text read ahead: the decoded rest of the file from byte offset {@link #textStart}. */
  private String text;
  private int textPos;
  private long textStart;

  private PyFile(Object name, String mode, boolean binary, boolean readable, boolean writable,
      boolean appending, String encoding, String errors, String newline, FileChannel channel) {
    this.name = name;
    this.mode = mode;
    this.binary = binary;
    this.readable = readable;
    this.writable = writable;
    this.appending = appending;
    this.encoding = encoding;
    this.errors = errors;
    this.newline = newline;
    this.channel = channel;
  }

  @Override
  public PyType type() {
    if (!binary) {
      return TEXT;
    }
    return readable && writable ? RANDOM : readable ? READER : WRITER;
  }

  // ------------------------------------------------------------------ open()

  /**
   * open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
   * closefd=True, opener=None).
   */
  public static Object open(Object[] a, String[] k) {
    Object[] v = ArgParser.keywords("open", a, k, 0, new String[] {"file", "mode", "buffering",
        "encoding", "errors", "newline", "closefd", "opener"}, 0, 1);
    Object file = v[0];
    Object modeArg = v[1] == null ? "r" : v[1];
    if (!(modeArg instanceof String mode)) {
      throw Errors.typeError("open() argument 'mode' must be str, not "
          + Types.typeOf(modeArg).name);
    }
    String encoding = optionalStr(v[3], "encoding");
    String errors = optionalStr(v[4], "errors");
    String newline = optionalStr(v[5], "newline");
    boolean creating = false;
    boolean reading = false;
    boolean writing = false;
    boolean appending = false;
    boolean updating = false;
    boolean text = false;
    boolean binary = false;
    for (int i = 0; i < mode.length(); i++) {
      char c = mode.charAt(i);
      if ("xrwa+tb".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) {
        throw Errors.valueError("invalid mode: '" + mode + "'");
      }
      switch (c) {
        case 'x' -> creating = true;
        case 'r' -> reading = true;
        case 'w' -> writing = true;
        case 'a' -> appending = true;
        case '+' -> updating = true;
        case 't' -> text = true;
        default -> binary = true;
      }
    }
    if (text && binary) {
      throw Errors.valueError("can't have text and binary mode at once");
    }
    int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
    if (kinds > 1) {
      throw Errors.valueError("must have exactly one of create/read/write/append mode");
    }
    if (kinds == 0) {
      throw Errors.valueError(
          "Must have exactly one of create/read/write/append mode and at most one plus");
    }
    if (binary && encoding != null) {
      throw Errors.valueError("binary mode doesn't take an encoding argument");
    }
    if (binary && errors != null) {
      throw Errors.valueError("binary mode doesn't take an errors argument");
    }
    if (binary && newline != null) {
      throw Errors.valueError("binary mode doesn't take a newline argument");
    }
    if (newline != null && !newline.isEmpty() && !newline.equals("\n")
        && !newline.equals("\r") && !newline.equals("\r\n")) {
      throw Errors.valueError("illegal newline value: " + newline);
    }
    if (encoding != null) {
      Codecs.normalize(encoding); // LookupError for an unknown one, before opening
    }
    String path = pathOf(file);
    List<OpenOption> options = new ArrayList<>();
    if (reading || updating) {
      options.add(StandardOpenOption.READ);
    }
    if (!reading || updating) {
      options.add(StandardOpenOption.WRITE);
    }
    if (writing) {
      options.add(StandardOpenOption.CREATE);
      options.add(StandardOpenOption.TRUNCATE_EXISTING);
    } else if (appending) {
      options.add(StandardOpenOption.CREATE);
    } else if (creating) {
      options.add(StandardOpenOption.CREATE_NEW);
    }
    FileChannel ch;
    Path p;
    // errors name the path as given, a path-like object by its str
    file = file instanceof String || file instanceof PyBytes ? file : path;
    try {
      p = WorkingDirectory.resolve(path);
    } catch (InvalidPathException e) {
      throw osError(2, "No such file or directory", file);
    }
    if (path.isEmpty()) {
      throw osError(2, "No such file or directory", file);
    }
    if (Files.isDirectory(p)) {
      throw creating ? osError(17, "File exists", file) : osError(21, "Is a directory", file);
    }
    try {
      ch = FileChannel.open(p, options.toArray(new OpenOption[0]));
    } catch (NoSuchFileException e) {
      throw osError(2, "No such file or directory", file);
    } catch (FileAlreadyExistsException e) {
      throw osError(17, "File exists", file);
    } catch (AccessDeniedException e) {
      throw osError(13, "Permission denied", file);
    } catch (IOException | SecurityException e) {
      throw osError(5, "Input/output error", file);
    }
    // a binary file's mode is its FileIO's: 'w+b' reads too, so it is 'rb+'
    boolean canRead = reading || updating;
    String fileioMode = creating ? (canRead ? "xb+" : "xb") : appending ? (canRead ? "ab+" : "ab")
        : canRead ? (updating ? "rb+" : "rb") : "wb";
    PyFile f = new PyFile(file instanceof String || file instanceof PyBytes ? file : path,
        binary ? fileioMode : mode, binary,
        reading || updating, !reading || updating, appending,
        binary ? null : encoding == null ? "UTF-8" : encoding,
        binary ? null : errors == null ? "strict" : errors, newline, ch);
    if (appending) {
      try {
        ch.position(ch.size());
      } catch (IOException e) {
        throw f.ioError(e);
      }
    }
    return f;
  }

  private static String optionalStr(Object o, String what) {
    if (o == null || o == PySingleton.NONE) {
      return null;
    }
    if (!(o instanceof String s)) {
      throw Errors.typeError("open() argument '" + what + "' must be str or None, not "
          + Types.typeOf(o).name);
    }
    return s;
  }

  private static String pathOf(Object file) {
    if (file instanceof String s) {
      return s;
    }
    if (file instanceof PyBytes b) {
      return new String(b.data, java.nio.charset.StandardCharsets.UTF_8);
    }
    Object r = file instanceof PyInstance ? Ops.callDunder(file, "__fspath__") : null;
    if (r instanceof String s) {
      return s;
    }
    if (r instanceof PyBytes b) {
      return new String(b.data, java.nio.charset.StandardCharsets.UTF_8);
    }
    throw Errors.typeError("expected str, bytes or os.PathLike object, not "
        + Types.typeOf(file).name);
  }

  /** OSError(errno, strerror, filename): the subclass for the errno, as CPython raises. */
  private static PyException osError(int errno, String strerror, Object filename) {
    return new PyException(Constructors.osError(Types.OS_ERROR,
        new Object[] {(long) errno, strerror, filename}));
  }

  private PyException ioError(IOException e) {
    return osError(5, "Input/output error", name);
  }

  private static PyException unsupported(String message) {
    return Errors.raise(UNSUPPORTED_OPERATION, message);
  }

  // ------------------------------------------------------------------ state checks

  private void checkOpen() {
    if (closed) {
      throw Errors.valueError("I/O operation on closed file.");
    }
  }

  private void checkReadable() {
    if (closed) {
      throw Errors.valueError(binary ? "read of closed file" : "I/O operation on closed file.");
    }
    if (!readable) {
      throw unsupported(binary ? "read" : "not readable");
    }
  }

  private void checkWritable() {
    checkOpen();
    if (!writable) {
      throw unsupported(binary ? "write" : "not writable");
    }
  }

  // ------------------------------------------------------------------ text

  /** The decoded rest of the file, read on first use after open, seek or write. */
  private String text() {
    if (text == null) {
      try {
        textStart = channel.position();
        text = Codecs.decode(readUpTo(-1), encoding, errors);
        textPos = 0;
      } catch (IOException e) {
        throw ioError(e);
      }
    }
    return text;
  }

  /**
   * Leaves text read-ahead before a write. CPython's text layer reads the file in chunks of
   * 8192 bytes and a write goes where the last chunk read ended (the end of a small file),
   * not at the next character: so does this.
   */
  private void dropText() {
    if (text != null) {
      long consumed = textTell() - textStart;
      long chunks = Math.max(1, (consumed + 8191) / 8192);
      text = null;
      try {
        channel.position(Math.min(channel.size(), textStart + chunks * 8192));
      } catch (IOException e) {
        throw ioError(e);
      }
    }
  }

  private long textTell() {
    return textStart + Codecs.encode(text.substring(0, textPos), encoding, errors).length;
  }

  /** The end (exclusive) of the line starting at {@code from} in {@code s}. */
  private int lineEnd(String s, int from) {
    int n = s.length();
    if (newline != null && !newline.isEmpty()) {
      int i = s.indexOf(newline, from);
      return i < 0 ? n : i + newline.length();
    }
    for (int i = from; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        return i + 1;
      }
      if (c == '\r') {
        return i + 1 < n && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
      }
    }
    return n;
  }

  /** Input newline translation (universal newlines mode only). */
  private String translateIn(String s) {
    return newline == null ? s.replace("\r\n", "\n").replace('\r', '\n') : s;
  }

  private String readText(long n) {
    String s = text();
    if (n < 0) {
      String r = s.substring(textPos);
      textPos = s.length();
      return translateIn(r);
    }
    int end = textPos;
    for (long count = 0; count < n && end < s.length(); count++) {
      if (newline == null && s.charAt(end) == '\r' && end + 1 < s.length()
          && s.charAt(end + 1) == '\n') {
        end += 2;
      } else {
        end += Character.charCount(s.codePointAt(end));
      }
    }
    String r = s.substring(textPos, end);
    textPos = end;
    return translateIn(r);
  }

  private String readTextLine(long limit) {
    String s = text();
    int end = lineEnd(s, textPos);
    if (limit >= 0) {
      int cut = textPos;
      for (long count = 0; count < limit && cut < end; count++) {
        cut += Character.charCount(s.codePointAt(cut));
      }
      end = cut;
    }
    String r = s.substring(textPos, end);
    textPos = end;
    return translateIn(r);
  }

  private long writeText(String s) {
    checkWritable();
    String out = s;
    if (newline != null && !newline.isEmpty() && !newline.equals("\n")) {
      out = s.replace("\n", newline);
    }
    writeBytes(Codecs.encode(out, encoding, errors));
    return s.codePointCount(0, s.length());
  }

  // ------------------------------------------------------------------ bytes

  private void writeBytes(byte[] b) {
    dropText();
    try {
      if (appending) {
        channel.position(channel.size());
      }
      ByteBuffer buf = ByteBuffer.wrap(b);
      while (buf.hasRemaining()) {
        channel.write(buf);
      }
    } catch (IOException e) {
      throw ioError(e);
    }
  }

  private byte[] readBytes(long n) {
    try {
      return readUpTo(n);
    } catch (IOException e) {
      throw ioError(e);
    }
  }

  /**
   * Up to {@code max} bytes from the channel's position (all of them when negative), read to
   * the end of the file and not to its size: /proc files and pipes report a size of 0 while
   * they have contents. The size only sizes the first buffer.
   */
  private byte[] readUpTo(long max) throws IOException {
    long limit = max < 0 ? Integer.MAX_VALUE - 8 : Math.min(max, Integer.MAX_VALUE - 8);
    long hint = Math.max(0, channel.size() - channel.position());
    ByteBuffer buf = ByteBuffer.allocate((int) Math.min(limit, Math.max(hint, 8191) + 1));
    while (true) {
      if (!buf.hasRemaining()) {
        if (buf.capacity() >= limit) {
          break;
        }
        ByteBuffer bigger = ByteBuffer.allocate((int) Math.min(limit, 2L * buf.capacity()));
        bigger.put(buf.flip());
        buf = bigger;
      }
      if (channel.read(buf) < 0) {
        break;
      }
    }
    return Arrays.copyOf(buf.array(), buf.position());
  }

  private byte[] readByteLine(long limit) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      ByteBuffer one = ByteBuffer.allocate(1);
      while (limit < 0 || out.size() < limit) {
        one.clear();
        if (channel.read(one) <= 0) {
          break;
        }
        out.write(one.get(0));
        if (one.get(0) == '\n') {
          break;
        }
      }
    } catch (IOException e) {
      throw ioError(e);
    }
    return out.toByteArray();
  }

  private static byte[] bytesLike(Object o) {
    if (o instanceof PyBytes b) {
      return b.data;
    }
    if (o instanceof PyByteArray b) {
      return b.toByteArray();
    }
    throw Errors.typeError("a bytes-like object is required, not '" + Types.typeOf(o).name
        + "'");
  }

  // ------------------------------------------------------------------ common operations

  private Object read(Object size) {
    checkReadable();
    long n = sizeArg(size);
    return binary ? new PyBytes(readBytes(n)) : readText(n);
  }

  private Object readline(Object size) {
    if (binary && closed) {
      throw Errors.valueError("readline of closed file");
    }
    checkReadable();
    long n = sizeArg(size);
    return binary ? new PyBytes(readByteLine(n)) : readTextLine(n);
  }

  private static long sizeArg(Object size) {
    if (size == null || size == PySingleton.NONE) {
      return -1;
    }
    if (!Ops.isInt(size) && !(size instanceof PyInstance
        && Types.typeOf(size).lookup("__index__") != null)) {
      throw Errors.typeError("argument should be integer or None, not '"
          + Types.typeOf(size).name + "'");
    }
    return Ops.asIndex(size);
  }

  private boolean atEnd(Object line) {
    return line instanceof String s ? s.isEmpty() : ((PyBytes) line).data.length == 0;
  }

  private PyList readlines(Object hint) {
    long h = sizeArg(hint);
    PyList lines = new PyList();
    long total = 0;
    while (true) {
      Object line = readline(null);
      if (atEnd(line)) {
        break;
      }
      lines.append(line);
      total += line instanceof String s ? s.length() : ((PyBytes) line).data.length;
      if (h > 0 && total >= h) {
        break;
      }
    }
    return lines;
  }

  private long tell() {
    if (binary) {
      checkOpenQuiet();
    }
    checkOpen();
    try {
      return text != null ? textTell() : channel.position();
    } catch (IOException e) {
      throw ioError(e);
    }
  }

  private long seek(Object offsetArg, Object whenceArg) {
    checkOpen();
    long offset = Ops.asIndex(offsetArg);
    long whence = whenceArg == null ? 0 : Ops.asIndex(whenceArg);
    if (binary && (whence == 3 || whence == 4)) { // Linux's SEEK_DATA and SEEK_HOLE
      try {
        long size = channel.size();
        if (offset < 0 || offset >= size) {
          throw osError(6, "No such device or address", PySingleton.NONE);
        }
        text = null;
        channel.position(whence == 3 ? offset : size);
        return channel.position();
      } catch (IOException e) {
        throw ioError(e);
      }
    }
    if (whence < 0 || whence > 2) {
      throw Errors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
    }
    if (!binary) {
      if (whence == 1 && offset != 0) {
        throw unsupported("can't do nonzero cur-relative seeks");
      }
      if (whence == 2 && offset != 0) {
        throw unsupported("can't do nonzero end-relative seeks");
      }
      if (whence == 0 && offset < 0) {
        throw Errors.valueError("negative seek position " + offset);
      }
    }
    try {
      long base = whence == 0 ? 0 : whence == 1 ? tell() : channel.size();
      long target = base + offset;
      if (target < 0) {
        throw osError(22, "Invalid argument", PySingleton.NONE);
      }
      text = null;
      channel.position(target);
      return target;
    } catch (IOException e) {
      throw ioError(e);
    }
  }

  private long truncate(Object size) {
    checkWritable();
    dropText();
    try {
      long n = size == null || size == PySingleton.NONE ? channel.position() : Ops.asIndex(size);
      long pos = channel.position();
      if (n < channel.size()) {
        channel.truncate(n);
      } else if (n > channel.size()) {
        channel.write(ByteBuffer.allocate(1), n - 1);
      }
      channel.position(pos);
      return n;
    } catch (IOException e) {
      throw ioError(e);
    }
  }

  /** Closes the file (again: nothing). */
  public void close() {
    if (!closed) {
      closed = true;
      text = null;
      try {
        channel.close();
      } catch (IOException e) {
        throw ioError(e);
      }
    }
  }

  String repr() {
    String cls = "_io." + type().name;
    return "<" + cls + " name=" + Ops.repr(name) + (binary ? ">"
        : " mode=" + Ops.repr(mode) + " encoding=" + Ops.repr(encoding) + ">");
  }

  // ------------------------------------------------------------------ the types

  /** The types open() returns, for the _io module: TextIOWrapper and the Buffered ones. */
  public static PyType[] fileTypes() {
    return new PyType[] {TEXT, READER, WRITER, RANDOM};
  }

  private static PyType ioType(String name) {
    PyType t = new PyType(name, true, Types.OBJECT);
    t.module = "_io";
    t.baseType = false;
    return t;
  }

  private static void def(String name, PyBuiltinFunction.Body body) {
    for (PyType t : new PyType[] {TEXT, READER, WRITER, RANDOM}) {
      t.dict.put(name, new PyBuiltinFunction(name, t, body));
    }
  }

  private static void attr(String name, java.util.function.Function<PyFile, Object> get) {
    for (PyType t : new PyType[] {TEXT, READER, WRITER, RANDOM}) {
      t.dict.put(name, new PyProperty(new PyBuiltinFunction(name,
          (a, k) -> get.apply((PyFile) a[0])), null, null));
    }
  }

  private static Object arg(Object[] a, int i) {
    return a.length > i ? a[i] : null;
  }

  static {
    def("read", Fn.read);
    def("readline", Fn.readline);
    def("readlines", Fn.readlines);
    def("write", Fn.write);
    def("writelines", Fn.writelines);
    def("seek", Fn.seek);
    def("tell", Fn.tell);
    def("truncate", Fn.truncate);
    def("close", Fn.close);
    def("flush", Fn.flush);
    def("readable", Fn.readable);
    def("writable", Fn.writable);
    def("seekable", Fn.seekable);
    def("isatty", Fn.isatty);
    def("fileno", Fn.fileno);
    def("__enter__", Fn.__enter__);
    def("__exit__", Fn.__exit__);
    def("__iter__", Fn.__iter__);
    def("__next__", Fn.__next__);
    def("__repr__", Fn.__repr__);
    attr("name", f -> f.name);
    attr("mode", f -> f.mode);
    attr("closed", f -> f.closed);
    for (PyType t : new PyType[] {TEXT}) {
      t.dict.put("encoding", new PyProperty(new PyBuiltinFunction("encoding",
          Fn.encoding), null, null));
      t.dict.put("errors", new PyProperty(new PyBuiltinFunction("errors",
          Fn.errors), null, null));
      t.dict.put("line_buffering", new PyProperty(new PyBuiltinFunction("line_buffering",
          Fn.line_buffering), null, null));
      t.dict.put("newlines", new PyProperty(new PyBuiltinFunction("newlines",
          Fn.newlines), null, null));
    }
  }

  /** The check of methods whose closed-file message has no final period in CPython. */
  private void checkOpenQuiet() {
    if (closed) {
      throw Errors.valueError("I/O operation on closed file");
    }
  }

  /**
   * The built-in functions defined above, one constant each: one class whose {@link #call}
   * switches on the constant, where a lambda per function made a class each, all of them
   * loaded at every start from the AOT cache (docs/internals/startup.md). Each constant's
   * case is the function's body; its name and owner are where the constant is used.
   */
  private enum Fn implements PyBuiltinFunction.Body {
    read, readline, readlines, write, writelines, seek, tell, truncate, close, flush, readable,
    writable, seekable, isatty, fileno, __enter__, __exit__, __iter__, __next__, __repr__,
    encoding, errors, line_buffering, newlines;

    @Override
    public Object call(Object[] a, String[] k) {
      switch (this) {
        case read: return ((PyFile) a[0]).read(arg(a, 1));
        case readline: return ((PyFile) a[0]).readline(arg(a, 1));
        case readlines: {
          PyFile f = (PyFile) a[0];
          f.checkReadable();
          return f.readlines(arg(a, 1));
        }
        case write: {
          PyFile f = (PyFile) a[0];
          ArgParser.exactlyOne("write", a, k, 1);
          if (f.binary) {
            f.checkWritable();
            byte[] b = bytesLike(a[1]);
            f.writeBytes(b);
            return (long) b.length;
          }
          if (!(a[1] instanceof String s)) {
            throw Errors.typeError("write() argument must be str, not " + Types.typeOf(a[1]).name);
          }
          return f.writeText(s);
        }
        case writelines: {
          PyFile f = (PyFile) a[0];
          f.checkWritable();
          Object it = Ops.iter(a[1]);
          for (Object x; (x = Ops.next(it)) != null; ) {
            if (f.binary) {
              f.writeBytes(bytesLike(x));
            } else if (x instanceof String s) {
              f.writeText(s);
            } else {
              throw Errors.typeError("write() argument must be str, not " + Types.typeOf(x).name);
            }
          }
          return PySingleton.NONE;
        }
        case seek: return ((PyFile) a[0]).seek(a[1], arg(a, 2));
        case tell: return ((PyFile) a[0]).tell();
        case truncate: {
          PyFile f = (PyFile) a[0];
          if (!f.writable && !f.closed) {
            throw unsupported(f.binary ? "truncate" : "truncate");
          }
          return f.truncate(arg(a, 1));
        }
        case close: {
          ((PyFile) a[0]).close();
          return PySingleton.NONE;
        }
        case flush: {
          ((PyFile) a[0]).checkOpen();
          return PySingleton.NONE;
        }
        case readable: {
          PyFile f = (PyFile) a[0];
          f.checkOpenQuiet();
          return f.readable;
        }
        case writable: {
          PyFile f = (PyFile) a[0];
          if (f.binary) {
            f.checkOpenQuiet();
          }
          return f.writable;
        }
        case seekable: {
          ((PyFile) a[0]).checkOpenQuiet();
          return true;
        }
        case isatty: {
          ((PyFile) a[0]).checkOpenQuiet();
          return false;
        }
        case fileno: {
          ((PyFile) a[0]).checkOpenQuiet();
          return 3L;
        }
        case __enter__: {
          ((PyFile) a[0]).checkOpen();
          return a[0];
        }
        case __exit__: {
          ((PyFile) a[0]).close();
          return PySingleton.NONE;
        }
        case __iter__: {
          ((PyFile) a[0]).checkOpen();
          return a[0];
        }
        case __next__: {
          PyFile f = (PyFile) a[0];
          if (f.closed) {
            throw Errors.valueError(f.binary ? "readline of closed file"
                : "I/O operation on closed file.");
          }
          Object line = f.readline(null);
          if (f.atEnd(line)) {
            throw Errors.stopIteration();
          }
          return line;
        }
        case __repr__: return ((PyFile) a[0]).repr();
        case encoding: return ((PyFile) a[0]).encoding;
        case errors: return ((PyFile) a[0]).errors;
        case line_buffering: return false;
        case newlines: return PySingleton.NONE;
        default:
          throw new AssertionError(this);
      }
    }
  }
}
