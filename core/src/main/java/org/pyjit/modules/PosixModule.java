package org.pyjit.modules;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.pyjit.runtime.ArgParser;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyBytes;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyException;
import org.pyjit.runtime.PyInstance;
import org.pyjit.runtime.PyList;
import org.pyjit.runtime.PyModule;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyTuple;
import org.pyjit.runtime.Types;
import org.pyjit.runtime.WorkingDirectory;

/**
 * The {@code posix} module: the operating system calls under os.py (the library's os is
 * Python over this, as CPython's is over its C posix module). Files go through java.nio;
 * relative paths are resolved against {@link WorkingDirectory} (os.chdir never changes the
 * JVM's own directory). Failures raise OSError with Linux's errno and strerror and the
 * path(s), so that OSError picks CPython's subclass and message:
 * {@code FileNotFoundError: [Errno 2] No such file or directory: 'x'}.
 *
 * <p>stat returns a plain tuple of 16 values (mode, ino, dev, nlink, uid, gid, size, the
 * three times as floats and as nanoseconds, then blksize and blocks); os.py makes
 * os.stat_result of it. The environment is the process's at start; putenv/unsetenv keep
 * their changes here and pass them to the processes os.system starts (the JVM's own
 * environment cannot change).
 */
public final class PosixModule {
  private PosixModule() {}

  /** The environment as putenv/unsetenv changed it: null value = removed. */
  private static final Map<String, String> ENV_CHANGES = new HashMap<>();

  public static PyModule module() {
    ENV_CHANGES.clear();
    PyDict d = new PyDict();
    d.put("__name__", "posix");
    PyDict env = new PyDict();
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(System.getenv()).entrySet()) {
      env.put(e.getKey(), e.getValue());
    }
    d.put("environ", env);
    for (Fn f : Fn.values()) {
      d.put(f.name(), new PyBuiltinFunction(f.name(), f));
    }
    return new PyModule("posix", d);
  }

  // ------------------------------------------------------------------ paths and errors

  /** A path argument as a str: str, bytes or os.PathLike, as CPython's path converter. */
  static String path(String fn, String param, Object o) {
    if (o instanceof String s) {
      if (s.indexOf('\0') >= 0) {
        throw Errors.valueError(fn + ": embedded null character in " + param);
      }
      return s;
    }
    if (o instanceof PyBytes b) {
      return new String(b.data, java.nio.charset.StandardCharsets.UTF_8);
    }
    if (o instanceof PyInstance && Types.typeOf(o).lookup("__fspath__") != null) {
      Object r = Ops.call(Ops.getattr(o, "__fspath__"), new Object[0], null);
      if (r instanceof String || r instanceof PyBytes) {
        return path(fn, param, r);
      }
      throw Errors.typeError("expected " + Types.typeOf(o).name
          + ".__fspath__() to return str or bytes, not " + Types.typeOf(r).name);
    }
    String kinds = switch (fn) {
      case "listdir", "scandir" -> "string, bytes, os.PathLike, integer or None";
      case "stat", "chdir", "chmod", "utime", "truncate" -> "string, bytes, os.PathLike or integer";
      default -> "string, bytes or os.PathLike";
    };
    throw Errors.typeError(fn + ": " + param + " should be " + kinds + ", not "
        + Types.typeOf(o).name);
  }

  private static Path resolve(String p) {
    return WorkingDirectory.resolve(p);
  }

  /** A path argument resolved; the empty path names no file (ENOENT), as in C. */
  private static Path target(String fn, String param, Object o) {
    String p = path(fn, param, o);
    if (p.isEmpty()) {
      throw osError(2, o, null);
    }
    return resolve(p);
  }

  /** OSError(errno, strerror, filename[, None, filename2]). */
  static PyException osError(int errno, Object filename, Object filename2) {
    return filename2 == null ? Errors.osError(errno, strerror(errno), filename)
        : Errors.osError(errno, strerror(errno), filename, PySingleton.NONE, filename2);
  }

  private static PyException osError(IOException e, Object filename, Object filename2) {
    return osError(errno(e), filename, filename2);
  }

  /** Linux's errno for what java.nio reported. */
  static int errno(IOException e) {
    return switch (e) {
      case NoSuchFileException _ -> 2;
      case FileAlreadyExistsException _ -> 17;
      case AccessDeniedException _ -> 13;
      case DirectoryNotEmptyException _ -> 39;
      case NotDirectoryException _ -> 20;
      case NotLinkException _ -> 22;
      case FileSystemException fe when fe.getReason() != null -> errnoOfMessage(fe.getReason());
      default -> 5;
    };
  }

  /** The errno whose strerror is reason; EIO (5) for a message Linux does not give. */
  private static int errnoOfMessage(String reason) {
    for (int i = 1; i < STRERROR.length; i++) {
      if (reason.equals(STRERROR[i])) {
        return i;
      }
    }
    return 5;
  }

  /** Linux's messages by errno (glibc's strerror), for the errors file calls give. */
  private static final String[] STRERROR = {"Success", "Operation not permitted",
      "No such file or directory", "No such process", "Interrupted system call",
      "Input/output error", "No such device or address", "Argument list too long",
      "Exec format error", "Bad file descriptor", "No child processes",
      "Resource temporarily unavailable", "Cannot allocate memory", "Permission denied",
      "Bad address", "Block device required", "Device or resource busy", "File exists",
      "Invalid cross-device link", "No such device", "Not a directory", "Is a directory",
      "Invalid argument", "Too many open files in system", "Too many open files",
      "Inappropriate ioctl for device", "Text file busy", "File too large",
      "No space left on device", "Illegal seek", "Read-only file system", "Too many links",
      "Broken pipe", "Numerical argument out of domain", "Numerical result out of range",
      "Resource deadlock avoided", "File name too long", "No locks available",
      "Function not implemented", "Directory not empty",
      "Too many levels of symbolic links"};

  static String strerror(int errno) {
    return errno >= 0 && errno < STRERROR.length ? STRERROR[errno]
        : "Unknown error " + errno;
  }

  private static PyTuple statTuple(Path p, boolean follow, Object name) {
    Map<String, Object> at;
    try {
      at = follow ? Files.readAttributes(p, "unix:*")
          : Files.readAttributes(p, "unix:*", LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      throw osError(e, name, null);
    } catch (UnsupportedOperationException e) {
      throw osError(5, name, null);
    }
    long size = ((Number) at.get("size")).longValue();
    FileTime a = (FileTime) at.get("lastAccessTime");
    FileTime m = (FileTime) at.get("lastModifiedTime");
    FileTime c = (FileTime) at.get("ctime");
    return PyTuple.of((long) (Integer) at.get("mode"), ((Number) at.get("ino")).longValue(),
        ((Number) at.get("dev")).longValue(), (long) (Integer) at.get("nlink"),
        (long) (Integer) at.get("uid"), (long) (Integer) at.get("gid"), size,
        seconds(a), seconds(m), seconds(c), nanos(a), nanos(m), nanos(c), 4096L,
        (size + 511) / 512 / 8 * 8 + ((size + 511) / 512 % 8 == 0 ? 0 : 8));
  }

  private static double seconds(FileTime t) {
    return nanosLong(t) / 1e9;
  }

  private static long nanosLong(FileTime t) {
    java.time.Instant i = t.toInstant();
    return i.getEpochSecond() * 1_000_000_000L + i.getNano();
  }

  private static Object nanos(FileTime t) {
    java.time.Instant i = t.toInstant();
    return java.math.BigInteger.valueOf(i.getEpochSecond())
        .multiply(java.math.BigInteger.valueOf(1_000_000_000L))
        .add(java.math.BigInteger.valueOf(i.getNano())).longValue();
  }

  private static Object[] args(String fn, Object[] a, String[] k, String[] names,
      int required) {
    Object[] v = ArgParser.keywords(fn, a, k, 0, names, 0, required);
    for (int i = 0; i < required; i++) {
      if (v[i] == null) {
        throw Errors.typeError(fn + "() missing required argument '" + names[i] + "' (pos "
            + (i + 1) + ")");
      }
    }
    return v;
  }

  private static boolean flag(Object o, boolean dflt) {
    return o == null ? dflt : Ops.truth(o);
  }

  /** The permissions of a mode's low nine bits. */
  private static Set<PosixFilePermission> permissions(long mode) {
    Set<PosixFilePermission> s = java.util.EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE,
        PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
        PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE,
        PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
    for (int i = 0; i < 9; i++) {
      if ((mode & (1L << i)) != 0) {
        s.add(order[i]);
      }
    }
    return s;
  }

  /** The environment os.system gives a child: the start one with putenv's changes. */
  /** Applies os.environ's changes (putenv/unsetenv) to a child's environment. */
  static void applyEnv(Map<String, String> env) {
    for (Map.Entry<String, String> e : ENV_CHANGES.entrySet()) {
      if (e.getValue() == null) {
        env.remove(e.getKey());
      } else {
        env.put(e.getKey(), e.getValue());
      }
    }
  }

  private static String envStr(String fn, Object o) {
    if (o instanceof String s) {
      return s;
    }
    if (o instanceof PyBytes b) {
      return new String(b.data, java.nio.charset.StandardCharsets.UTF_8);
    }
    throw Errors.typeError(fn + "() argument must be str or bytes, not " + Types.typeOf(o).name);
  }

  private enum Fn implements PyBuiltinFunction.Body {
    getcwd, chdir, listdir, mkdir, rmdir, unlink, remove, rename, replace, stat, lstat,
    access, chmod, utime, symlink, readlink, link, getpid, getppid, cpu_count, urandom,
    strerror, putenv, unsetenv, system, truncate, isatty, _exists, _isdir, _isfile, _islink,
    _realpath, getuid, getgid, geteuid, getegid, umask, _disk_usage;

    @Override
    public Object call(Object[] a, String[] k) {
      switch (this) {
        case getcwd: {
          ArgParser.noArgs("getcwd", a, k, 0);
          return WorkingDirectory.get();
        }
        case chdir: {
          Object[] v = args("chdir", a, k, new String[] {"path"}, 1);
          Path target = target("chdir", "path", v[0]).toAbsolutePath().normalize();
          if (!Files.exists(target)) {
            throw osError(2, v[0], null);
          }
          if (!Files.isDirectory(target)) {
            throw osError(20, v[0], null);
          }
          WorkingDirectory.set(target.toString());
          return PySingleton.NONE;
        }
        case listdir: {
          Object[] v = args("listdir", a, k, new String[] {"path"}, 0);
          Object arg = v[0] == null || v[0] == PySingleton.NONE ? "." : v[0];
          String p = path("listdir", "path", arg);
          boolean bytes = arg instanceof PyBytes;
          PyList out = new PyList();
          try (var s = Files.newDirectoryStream(resolve(p.isEmpty() ? "." : p))) {
            for (Path e : s) {
              String n = e.getFileName().toString();
              out.append(bytes ? new PyBytes(n.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                  : n);
            }
          } catch (IOException e) {
            throw osError(e, arg, null);
          }
          return out;
        }
        case mkdir: {
          Object[] v = args("mkdir", a, k, new String[] {"path", "mode", "dir_fd"}, 1);
          Path target = target("mkdir", "path", v[0]);
          try {
            Files.createDirectory(target);
            if (v[1] != null) {
              long mode = Ops.asIndex(v[1]) & 0777 & ~022;
              Files.setPosixFilePermissions(target, permissions(mode));
            }
          } catch (IOException e) {
            throw osError(e, v[0], null);
          }
          return PySingleton.NONE;
        }
        case rmdir: {
          Object[] v = args("rmdir", a, k, new String[] {"path", "dir_fd"}, 1);
          Path target = target("rmdir", "path", v[0]);
          if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw osError(Files.exists(target, LinkOption.NOFOLLOW_LINKS) ? 20 : 2, v[0], null);
          }
          try {
            Files.delete(target);
          } catch (IOException e) {
            throw osError(e, v[0], null);
          }
          return PySingleton.NONE;
        }
        case unlink, remove: {
          Object[] v = args(name(), a, k, new String[] {"path", "dir_fd"}, 1);
          Path target = target(name(), "path", v[0]);
          if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw osError(21, v[0], null);
          }
          try {
            Files.delete(target);
          } catch (IOException e) {
            throw osError(e, v[0], null);
          }
          return PySingleton.NONE;
        }
        case rename, replace: {
          Object[] v = args(name(), a, k, new String[] {"src", "dst", "src_dir_fd",
              "dst_dir_fd"}, 2);
          Path src = target(name(), "src", v[0]);
          Path dst = target(name(), "dst", v[1]);
          if (!Files.exists(src, LinkOption.NOFOLLOW_LINKS)) {
            throw osError(2, v[0], v[1]);
          }
          if (Files.isDirectory(dst) && !Files.isDirectory(src)) {
            throw osError(21, v[0], v[1]);
          }
          if (Files.isDirectory(src) && Files.exists(dst) && !Files.isDirectory(dst)) {
            throw osError(20, v[0], v[1]);
          }
          try {
            Files.move(src, dst, StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
          } catch (IOException e) {
            throw osError(e, v[0], v[1]);
          }
          return PySingleton.NONE;
        }
        case stat, lstat: {
          Object[] v = args(name(), a, k, new String[] {"path", "dir_fd", "follow_symlinks"}, 1);
          Path target = target(name(), "path", v[0]);
          return statTuple(target, this == stat && flag(v[2], true), v[0]);
        }
        case access: {
          Object[] v = args("access", a, k, new String[] {"path", "mode", "dir_fd",
              "effective_ids", "follow_symlinks"}, 2);
          Path target = target("access", "path", v[0]);
          long mode = Ops.asIndex(v[1]);
          if (!Files.exists(target)) {
            return false;
          }
          return ((mode & 4) == 0 || Files.isReadable(target))
              && ((mode & 2) == 0 || Files.isWritable(target))
              && ((mode & 1) == 0 || Files.isExecutable(target));
        }
        case chmod: {
          Object[] v = args("chmod", a, k, new String[] {"path", "mode", "dir_fd",
              "follow_symlinks"}, 2);
          Path target = target("chmod", "path", v[0]);
          try {
            Files.setPosixFilePermissions(target, permissions(Ops.asIndex(v[1])));
          } catch (IOException e) {
            throw osError(e, v[0], null);
          }
          return PySingleton.NONE;
        }
        case utime: {
          Object[] v = args("utime", a, k, new String[] {"path", "times", "ns", "dir_fd",
              "follow_symlinks"}, 1);
          Path target = target("utime", "path", v[0]);
          FileTime at;
          FileTime mt;
          Object times = v[1] == null ? PySingleton.NONE : v[1];
          if (times != PySingleton.NONE && v[2] != null) {
            throw Errors.valueError("utime: you may specify either 'times' or 'ns' but not both");
          }
          if (times != PySingleton.NONE) {
            if (!(times instanceof PyTuple t) || t.items.length != 2) {
              throw Errors.typeError("utime: 'times' must be either a tuple of two ints or None");
            }
            at = fileTime(org.pyjit.runtime.MathModule.real(t.items[0]));
            mt = fileTime(org.pyjit.runtime.MathModule.real(t.items[1]));
          } else if (v[2] != null) {
            if (!(v[2] instanceof PyTuple t) || t.items.length != 2) {
              throw Errors.typeError("utime: 'ns' must be a tuple of two ints");
            }
            at = FileTime.from(java.time.Instant.EPOCH.plusNanos(Ops.asIndex(t.items[0])));
            mt = FileTime.from(java.time.Instant.EPOCH.plusNanos(Ops.asIndex(t.items[1])));
          } else {
            at = mt = FileTime.from(java.time.Instant.now());
          }
          try {
            var view = Files.getFileAttributeView(target,
                java.nio.file.attribute.BasicFileAttributeView.class);
            if (!Files.exists(target)) {
              throw new NoSuchFileException(target.toString());
            }
            view.setTimes(mt, at, null);
          } catch (IOException e) {
            throw osError(e, v[0], null);
          }
          return PySingleton.NONE;
        }
        case symlink: {
          Object[] v = args("symlink", a, k, new String[] {"src", "dst",
              "target_is_directory", "dir_fd"}, 2);
          String src = path("symlink", "src", v[0]);
          Path dst = target("symlink", "dst", v[1]);
          try {
            Files.createSymbolicLink(dst, Path.of(src));
          } catch (IOException e) {
            throw osError(e, v[0], v[1]);
          }
          return PySingleton.NONE;
        }
        case link: {
          Object[] v = args("link", a, k, new String[] {"src", "dst", "src_dir_fd",
              "dst_dir_fd", "follow_symlinks"}, 2);
          Path src = target("link", "src", v[0]);
          Path dst = target("link", "dst", v[1]);
          try {
            Files.createLink(dst, src);
          } catch (IOException e) {
            throw osError(e, v[0], v[1]);
          }
          return PySingleton.NONE;
        }
        case readlink: {
          Object[] v = args("readlink", a, k, new String[] {"path", "dir_fd"}, 1);
          Path target = target("readlink", "path", v[0]);
          try {
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
              throw new NoSuchFileException(target.toString());
            }
            if (!Files.isSymbolicLink(target)) {
              throw osError(22, v[0], null);
            }
            String r = Files.readSymbolicLink(target).toString();
            return v[0] instanceof PyBytes
                ? new PyBytes(r.getBytes(java.nio.charset.StandardCharsets.UTF_8)) : r;
          } catch (IOException e) {
            throw osError(e, v[0], null);
          }
        }
        case truncate: {
          Object[] v = args("truncate", a, k, new String[] {"path", "length"}, 2);
          Path target = target("truncate", "path", v[0]);
          long n = Ops.asIndex(v[1]);
          try (var ch = java.nio.channels.FileChannel.open(target,
              java.nio.file.StandardOpenOption.WRITE)) {
            if (n < ch.size()) {
              ch.truncate(n);
            } else if (n > ch.size()) {
              ch.write(java.nio.ByteBuffer.wrap(new byte[] {0}), n - 1);
            }
          } catch (IOException e) {
            throw osError(e, v[0], null);
          }
          return PySingleton.NONE;
        }
        case _exists, _isdir, _isfile, _islink: {
          // os.path's tests: False for any error, as CPython's (no exception ever)
          Object o = ArgParser.exactlyOne(name(), a, k, 0);
          String p;
          try {
            p = path(name(), "path", o);
          } catch (PyException e) {
            if (o instanceof Long) {
              return false; // a file descriptor: not supported
            }
            throw e;
          }
          if (p.isEmpty()) {
            return false;
          }
          Path target;
          try {
            target = resolve(p);
          } catch (java.nio.file.InvalidPathException e) {
            return false;
          }
          return switch (this) {
            case _exists -> Files.exists(target);
            case _isdir -> Files.isDirectory(target);
            case _isfile -> Files.isRegularFile(target);
            default -> Files.isSymbolicLink(target);
          };
        }
        case _realpath: {
          String p = path("realpath", "path", ArgParser.exactlyOne("realpath", a, k, 0));
          Path target = resolve(p).toAbsolutePath().normalize();
          // the longest existing prefix resolved through its links, the rest as written
          Path rest = null;
          Path cur = target;
          while (cur != null) {
            try {
              Path real = cur.toRealPath();
              return (rest == null ? real : real.resolve(rest)).normalize().toString();
            } catch (IOException e) {
              Path name = cur.getFileName();
              if (name == null) {
                break;
              }
              rest = rest == null ? name : name.resolve(rest);
              cur = cur.getParent();
            }
          }
          return target.toString();
        }
        case getpid: {
          ArgParser.noArgs("getpid", a, k, 0);
          return ProcessHandle.current().pid();
        }
        case getppid: {
          ArgParser.noArgs("getppid", a, k, 0);
          return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
        }
        case getuid, geteuid, getgid, getegid: {
          ArgParser.noArgs(name(), a, k, 0);
          try {
            Map<String, Object> at = Files.readAttributes(Path.of("/proc/self"), "unix:uid,gid");
            return (long) (Integer) at.get(name().endsWith("uid") ? "uid" : "gid");
          } catch (IOException | RuntimeException e) {
            return 0L;
          }
        }
        case umask: {
          Ops.asIndex(ArgParser.exactlyOne("umask", a, k, 0));
          return 022L; // the usual default; the JVM cannot read or change it
        }
        case _disk_usage: { // shutil.disk_usage: (total, used, free) as from statvfs
          Path target = target("disk_usage", "path", ArgParser.exactlyOne("_disk_usage", a, k, 0));
          try {
            java.nio.file.FileStore store = java.nio.file.Files.getFileStore(target);
            long total = store.getTotalSpace();
            return PyTuple.of(total, total - store.getUnallocatedSpace(),
                store.getUsableSpace());
          } catch (IOException e) {
            throw osError(e, a[0], null);
          }
        }
        case cpu_count: {
          ArgParser.noArgs("cpu_count", a, k, 0);
          return (long) Runtime.getRuntime().availableProcessors();
        }
        case urandom: {
          long n = Ops.asIndex(ArgParser.exactlyOne("urandom", a, k, 0));
          if (n < 0) {
            throw Errors.valueError("negative argument not allowed");
          }
          byte[] b = new byte[(int) n];
          new java.security.SecureRandom().nextBytes(b);
          return new PyBytes(b);
        }
        case strerror: {
          Object o = ArgParser.exactlyOne("strerror", a, k, 0);
          if (!(o instanceof Long) && !(o instanceof Boolean)) {
            throw Errors.typeError("'" + Types.typeOf(o).name
                + "' object cannot be interpreted as an integer");
          }
          return PosixModule.strerror((int) Ops.asIndex(o));
        }
        case putenv: {
          if (a.length != 2 || k != null && k.length > 0) {
            throw Errors.typeError("putenv expected 2 arguments, got " + a.length);
          }
          String key = envStr("putenv", a[0]);
          String val = envStr("putenv", a[1]);
          if (key.isEmpty() || key.indexOf('=') >= 0) {
            throw Errors.valueError("illegal environment variable name");
          }
          if (key.indexOf('\0') >= 0 || val.indexOf('\0') >= 0) {
            throw Errors.valueError("embedded null byte");
          }
          ENV_CHANGES.put(key, val);
          return PySingleton.NONE;
        }
        case unsetenv: {
          String key = envStr("unsetenv", ArgParser.exactlyOne("unsetenv", a, k, 0));
          if (key.isEmpty() || key.indexOf('=') >= 0) {
            throw Errors.valueError("illegal environment variable name");
          }
          ENV_CHANGES.put(key, null);
          return PySingleton.NONE;
        }
        case system: {
          Object[] v = args("system", a, k, new String[] {"command"}, 1);
          String cmd = envStr("system", v[0]);
          org.pyjit.runtime.Builtins.stdout.flush();
          ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", cmd).inheritIO()
              .directory(new java.io.File(WorkingDirectory.get()));
          applyEnv(pb.environment());
          try {
            int status = pb.start().waitFor();
            return (long) (status << 8);
          } catch (IOException e) {
            return 127L << 8;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1L;
          }
        }
        case isatty: {
          long fd = Ops.asIndex(ArgParser.exactlyOne("isatty", a, k, 0));
          // the JVM knows only whether it runs on a terminal (stdin and stdout together)
          java.io.Console c = System.console();
          return fd >= 0 && fd <= 2 && c != null && c.isTerminal();
        }
        default:
          throw new AssertionError(this);
      }
    }
  }

  private static FileTime fileTime(double seconds) {
    long whole = (long) Math.floor(seconds);
    long nanos = Math.round((seconds - whole) * 1e9);
    return FileTime.from(java.time.Instant.ofEpochSecond(whole, nanos));
  }
}
