package org.pyjit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pyjit.Version;
import org.pyjit.interp.InteractiveConsole;
import org.pyjit.jit.JitOptions;
import org.pyjit.runtime.Builtins;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.Sys;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code pyjit} command. Its command line follows {@code python3}'s: options, then
 * {@code -c CODE}, {@code -} or a FILE, then the program's own arguments, which are not
 * parsed as options. The common command lines are parsed by {@link QuickArgs}, the rest
 * (help, errors, unusual forms) by picocli from the annotations below, which stay the one
 * description of the options. {@link #run} is the whole command as a function of its streams, so
 * tests call it directly; {@link #main} runs it on a thread with a large stack, because
 * parsing and (later) interpreting deeply nested Python recurses in Java.
 */
@Command(
    name = "pyjit",
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = "Python 3.13 on the JVM, with JIT compilers to x86-64.",
    customSynopsis = "pyjit [option] ... [-c cmd | -m mod | file | -] [arg] ...")
public final class Main implements Callable<Integer> {
  @Option(names = "-c", paramLabel = "cmd",
      description = "program passed in as string (terminates option list)")
  String command;

  @Option(names = "-m", paramLabel = "mod",
      description = "run library module as a script (terminates option list)")
  String module;

  @Option(names = "-i", description = "inspect interactively after running script")
  boolean interactive;

  @Option(names = "-q", description = "don't print version and copyright messages on"
      + " interactive startup")
  boolean quiet;

  @Option(names = "-u", description = "force the stdout and stderr streams to be unbuffered;"
      + " this option has no effect on stdin; also PYTHONUNBUFFERED=x")
  boolean unbuffered; // read in main(), before the streams are made (stdout())

  @Option(names = "-W", paramLabel = "arg", description = "warning control; arg is"
      + " action:message:category:module:lineno; also PYTHONWARNINGS=arg")
  List<String> warnOptions = new ArrayList<>();

  @Option(names = "-X", paramLabel = "opt", description = "implementation-specific option")
  List<String> xOptions = new ArrayList<>();

  @Option(names = "-E", description = "ignore PYTHON* environment variables (such as"
      + " PYTHONPATH)")
  boolean ignoreEnvironment;

  @Option(names = "-s", description = "don't add user site directory to sys.path (pyjit has"
      + " none)")
  boolean noUserSite;

  @Option(names = "-S", description = "don't imply 'import site' on initialization (sys.flags"
      + " only)")
  boolean noSite;

  @Option(names = "-B", description = "don't write .pyc files on import (pyjit never does)")
  boolean dontWriteBytecode;

  @Option(names = "--dump", paramLabel = "KIND",
      description = "print a compiler stage instead of running: ast (CPython's ast.dump"
          + " format, one line per file), ast-attrs (the same with node positions),"
          + " ast-mermaid (a Mermaid flowchart), bytecode (a dis-like listing),"
          + " uops (FILE is a tier-2 trace in the text form of docs/internals/tier2.md),"
          + " asm (for a .uops trace, the trace and the machine code the copy-and-patch"
          + " backend makes of it; for a program, runs it and prints the IR and machine code"
          + " of every function @jit compiles on stderr: objdump's disassembly when"
          + " installed, else hex)")
  String dump;

  @Option(names = {"-V", "--version"}, description = "print the Python version number and exit")
  boolean version;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this help message and exit")
  boolean help;

  @Parameters(paramLabel = "file | - [arg]",
      description = "program read from script file, or from stdin (-); then its arguments")
  List<String> rest = new ArrayList<>();

  /** The program's own arguments: everything after -c CODE, FILE or '-'. */
  List<String> programArgs = List.of();

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  private Main(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  /**
   * Whether the REPL opened the terminal with JLine, which may leave threads behind: the
   * process then ends by System.exit. (Here, not in Repl: reading it must not load Repl,
   * whose verification loads JLine's classes.)
   */
  static volatile boolean terminalOpened;

  /** A command with no streams, whose option fields a parser fills (QuickArgsTest). */
  static Main forParsing() {
    return new Main(null, null, null);
  }

  public static void main(String[] args) {
    Sigint.install();
    int[] status = {0};
    Thread t = new Thread(null,
        () -> status[0] = run(args, System.in, stdout(args), stderr()), "main", 1L << 30);
    t.start();
    if (runsAFile(args)) {
      startCommonCleaner();
    }
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      status[0] = 130;
    }
    System.out.flush();
    if (Programs.endedByKeyboardInterrupt) {
      Sigint.exitBySigint();
    }
    if (terminalOpened) {
      System.exit(status[0]); // runs JLine's shutdown hook, which restores the terminal
    }
    if (status[0] != 0) {
      // run() flushed the program's streams and pyjit registers no shutdown hook: halt ends
      // the process as System.exit would, without Runtime.exit's lookup of a System.Logger
      // to log the exit (the logging service's classes, about 20 ms of CPU on every error
      // exit). A JFR recording to be dumped at exit is the one hook it skips.
      System.err.flush();
      Runtime.getRuntime().halt(status[0]);
    }
    // Status 0 ends by returning: the JVM's normal shutdown, which does not log the exit.
  }

  /** Whether the command line names a script file (a guess: it only decides a warm-up). */
  static boolean runsAFile(String[] args) {
    int split = programStart(args);
    if (split == 0 || args[split - 1].startsWith("-")) {
      return false; // no program (the REPL), '-', -cCODE or options only
    }
    return split < 2 || !args[split - 2].equals("-c");
  }

  /**
   * Starts the JDK's common Cleaner, on this thread, which otherwise only waits for the
   * program's. Opening a file by name (FileInputStream, RandomAccessFile and NIO's channels
   * alike) registers its descriptor with that Cleaner, whose first use initialises a dozen
   * classes and starts its thread: 0.3-0.4 ms on the program thread's path when it reads
   * the script, which here overlaps the runtime's set-up (docs/internals/startup.md).
   */
  private static void startCommonCleaner() {
    try (java.io.FileInputStream unused = new java.io.FileInputStream("/dev/null")) {
      // opened and closed: the registration was the point
    } catch (IOException | RuntimeException e) {
      // no /dev/null: the script's own opening starts the Cleaner, as before
    }
  }

  /**
   * sys.stdout: written through at once on a terminal, with -u or PYTHONUNBUFFERED,
   * buffered in 8 KB blocks elsewhere (a pipe, a file), as CPython's is; every exit path,
   * input(), print(flush=True) and sys.stdout.flush() empty the buffer.
   */
  private static PrintStream stdout(String[] args) {
    java.io.OutputStream fd = new java.io.FileOutputStream(java.io.FileDescriptor.out);
    List<String> options = List.of(args).subList(0, programStart(args));
    String env = options.contains("-E") ? null : System.getenv("PYTHONUNBUFFERED");
    boolean unbuffered = env != null && !env.isEmpty() || options.contains("-u");
    if (!unbuffered && !Tty.isTerminalByProc(1)) {
      fd = new java.io.BufferedOutputStream(fd, 8192);
    }
    return new PrintStream(fd, false, StandardCharsets.UTF_8);
  }

  private static PrintStream stderr() {
    return new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
        StandardCharsets.UTF_8);
  }

  /** Runs the command line and returns the process exit code. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    Main main = new Main(in, out, err);
    Sys.setOrigArgv(args);
    // as in python3, what follows -c CODE, FILE or '-' belongs to the program, unparsed
    int split = programStart(args);
    main.programArgs = List.of(args).subList(split, args.length);
    List<String> options = List.of(args).subList(0, split);
    int code;
    if (QuickArgs.fill(main, options)) {
      try {
        code = main.call();
      } catch (Exception | Error e) { // as the picocli path's execution exception handler
        code = internalError(e, err);
      }
    } else {
      code = parseWithPicocli(new Main(in, out, err), options, main.programArgs, out, err);
    }
    out.flush();
    err.flush();
    return code;
  }

  private static int parseWithPicocli(Main main, List<String> options,
      List<String> programArgs, PrintStream out, PrintStream err) {
    main.programArgs = programArgs;
    CommandLine cl = new CommandLine(main);
    cl.setStopAtPositional(true);
    cl.setOut(new java.io.PrintWriter(out, true));
    cl.setErr(new java.io.PrintWriter(err, true));
    cl.setParameterExceptionHandler((ex, a) -> {
      err.println("pyjit: " + ex.getMessage());
      err.println("usage: pyjit [option] ... [-c cmd | -m mod | file | -] [arg] ...");
      err.println("Try `pyjit -h' for more information.");
      return 2;
    });
    cl.setExecutionExceptionHandler((ex, c, r) -> internalError(ex, err));
    return cl.execute(options.toArray(String[]::new));
  }

  private static int internalError(Throwable ex, PrintStream err) {
    if (Boolean.getBoolean("pyjit.debug")) {
      ex.printStackTrace(err);
    } else {
      err.println("pyjit: internal error: " + ex);
    }
    return 70;
  }

  /** Index of the first argument that belongs to the program, not to pyjit. */
  static int programStart(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("-c") || a.equals("-m") || a.equals("-X") || a.equals("-W")
          || a.equals("--dump")) {
        if (a.equals("-c") || a.equals("-m")) {
          return Math.min(i + 2, args.length);
        }
        i++; // the option's value
      } else if (a.startsWith("-c") || a.startsWith("-m")) {
        return i + 1; // -cCODE, -mMODULE
      } else if (a.equals("-") || !a.startsWith("-")) {
        return i + 1;
      }
    }
    return args.length;
  }

  @Override
  public Integer call() throws IOException {
    if (version) {
      out.println("Python " + Version.PYTHON_VERSION + " (pyjit " + Version.PYJIT_VERSION + ")");
      return 0;
    }
    Builtins.setStdin(in); // not before: --version need not build the builtins
    // every run sets these, so that programs run one after another in a JVM (tests) do not
    // inherit them
    Sys.setCommandLine(new Sys.CommandLineFlags(interactive, noUserSite, noSite,
        ignoreEnvironment, quiet), warnOptions(ignoreEnvironment
            ? null : System.getenv("PYTHONWARNINGS"), warnOptions));
    boolean jitOn = !"0".equals(Sys.env("PYTHON_JIT")); // CPython 3.13's JIT switch
    for (String x : xOptions) {
      if (x.equals("jit") || x.startsWith("jit=")) {
        Boolean on = x.equals("jit") ? Boolean.TRUE : JitOptions.parse(x.substring(4));
        if (on == null) {
          err.println("pyjit: -X " + x + ": expected jit=on or jit=off");
          return 2;
        }
        jitOn = on;
      }
    }
    JitOptions.setEnabled(jitOn);
    Sys.setXOptions(xOptions);
    if ("asm".equals(dump) && !(!rest.isEmpty() && rest.getFirst().endsWith(".uops"))) {
      // run the program; every signature @jit compiles meanwhile is dumped to stderr
      org.pyjit.jit.basic.AsmDump.out = err;
    } else if (dump != null) {
      List<String> files = new ArrayList<>(rest);
      files.addAll(programArgs);
      return Dumps.run(dump, files, out, err);
    }
    if (module != null) {
      List<String> args = new ArrayList<>(rest);
      args.addAll(programArgs);
      return Programs.runModule(module, args, out, err);
    }
    if (command != null) {
      List<String> argv = new ArrayList<>();
      argv.add("-c");
      argv.addAll(rest);
      argv.addAll(programArgs);
      Programs.setArgv(argv, "");
      if (interactive) {
        PyDict globals = InteractiveConsole.mainGlobals();
        Programs.runSource(command, "<string>", new Programs.Mode(globals, true), out, err);
        String[] lines = command.split("\r\n|\r|\n", -1);
        return interact(globals, f -> f.equals("<string>") ? lines : null);
      }
      return Programs.runSource(command, "<string>", out, err);
    }
    if (rest.isEmpty() && (interactive || in == System.in && Tty.isatty(0))) {
      Programs.setArgv(List.of(""), "");
      if (!quiet) {
        err.print(Repl.banner());
      }
      return interact(InteractiveConsole.mainGlobals(), f -> null);
    }
    String file = rest.isEmpty() ? "-" : rest.getFirst();
    // `python3 < file` has sys.argv == [''], `python3 - < file` ['-']
    List<String> argv = new ArrayList<>(rest.isEmpty() ? List.of("") : rest);
    argv.addAll(programArgs);
    if (!file.equals("-") && new java.io.File(file).isDirectory()) {
      // a directory runs its __main__.py with the directory as sys.path[0], as CPython's
      // runpy does (a zip file is not supported)
      String dir = Path.of(scriptName(file)).normalize().toString();
      if (!new java.io.File(dir, "__main__.py").isFile()) {
        err.println("pyjit: can't find '__main__' module in '" + dir + "'");
        return 1;
      }
      Programs.setArgv(argv, dir);
      file = dir + java.io.File.separator + "__main__.py";
    } else {
      // java.io, not Path: NIO's file system (its classes and native library) is not set up
      // at start-up otherwise (docs/internals/startup.md). sys.path[0] is the directory of
      // the script's real path (symbolic links and "." and ".." resolved), as CPython's
      java.io.File script = new java.io.File(file);
      String parent;
      try {
        parent = script.getCanonicalFile().getParent();
      } catch (IOException e) {
        parent = script.getAbsoluteFile().getParent();
      }
      Programs.setArgv(argv, file.equals("-") || parent == null ? "" : parent);
    }
    if (file.equals("-")) {
      return Programs.runSource(new String(in.readAllBytes(), StandardCharsets.UTF_8),
          "<stdin>", out, err);
    }
    byte[] source;
    try {
      source = readFile(file);
    } catch (NoSuchFileException e) {
      err.println("pyjit: can't open file '" + Path.of(file).toAbsolutePath()
          + "': [Errno 2] No such file or directory");
      return 2;
    }
    if (interactive) {
      PyDict globals = InteractiveConsole.mainGlobals();
      String name = scriptName(file);
      Programs.runFile(source, name, new Programs.Mode(globals, true), out, err);
      String[] lines = new String(source, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1);
      return interact(globals, f -> f.equals(name) ? lines : null);
    }
    return Programs.runFile(source, scriptName(file), out, err);
  }

  /**
   * The program's file. java.io, not Files.readAllBytes: a FileInputStream is initialised
   * at every start already, where NIO's channels, buffers and file system provider took
   * about 40 more classes to initialise, interpreted (docs/internals/startup.md). Anything
   * but a plain read (a missing file, a directory, no permission) is left to Files, whose
   * exceptions the caller reports.
   */
  private static byte[] readFile(String file) throws IOException {
    try (java.io.FileInputStream s = new java.io.FileInputStream(file)) {
      return s.readAllBytes();
    } catch (java.io.FileNotFoundException e) {
      return Files.readAllBytes(Path.of(file));
    }
  }

  /**
   * sys.warnoptions as CPython 3.13 makes it: PYTHONWARNINGS's comma-separated entries (empty
   * ones dropped, the others kept as they are), then the -W options, in order.
   */
  static List<String> warnOptions(String pythonWarnings, List<String> dashW) {
    List<String> all = new ArrayList<>();
    if (pythonWarnings != null) {
      for (String w : pythonWarnings.split(",")) {
        if (!w.isEmpty()) {
          all.add(w);
        }
      }
    }
    all.addAll(dashW);
    return all;
  }

  /** The interactive prompt on {@code globals}, until end of input or SystemExit. */
  private int interact(PyDict globals, java.util.function.Function<String, String[]> files) {
    PrintStream savedOut = Builtins.stdout;
    PrintStream savedErr = Builtins.stderr;
    Builtins.stdout = out;
    Builtins.stderr = err;
    try {
      InteractiveConsole console = new InteractiveConsole(globals, err,
          new WarningPrinter(err, "<stdin>", null), files);
      return Repl.run(console, in == System.in && Tty.isatty(0), out, err);
    } finally {
      out.flush();
      Builtins.stdout = savedOut;
      Builtins.stderr = savedErr;
    }
  }

  /**
   * The script's name as CPython 3.13 reports it in SyntaxErrors (and code objects): the
   * working directory and the path as given, joined without normalizing, so
   * {@code python3 ./a.py} run in /tmp reports {@code /tmp/./a.py}. The non-UTF-8 source
   * error names the file this way too.
   */
  static String scriptName(String file) {
    if (new java.io.File(file).isAbsolute()) { // java.io, not Path: see call()
      return file;
    }
    // Even a cwd of "/" gets a separator added: CPython reports "//tmp/a.py" there.
    // String.concat, not +: a + is an invokedynamic whose first run spins a class with the
    // ClassFile API (about 7 ms of CPU) when the AOT cache's training run did not link it
    // (docs/internals/startup.md)
    return System.getProperty("user.dir").concat(java.io.File.separator).concat(file);
  }
}
