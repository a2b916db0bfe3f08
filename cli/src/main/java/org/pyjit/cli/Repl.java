package org.pyjit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.pyjit.interp.InteractiveConsole;
import org.pyjit.runtime.Builtins;
import org.pyjit.runtime.Interrupts;
import org.pyjit.runtime.PyException;
import org.pyjit.runtime.Types;

/**
 * The terminal side of the interactive prompt; the statements themselves are
 * {@link InteractiveConsole}'s business. On a terminal, lines are read with JLine (editing,
 * Tab completion of names, history kept in ~/.pyjit_history); otherwise, as CPython does when standard input is not a
 * terminal, the prompts go to stderr and lines are read from standard input as they come
 * (the same reader as input() and sys.stdin, so a statement can read the lines after it).
 * End of input exits with status 0, SystemExit with its status; Ctrl-C at the prompt
 * prints KeyboardInterrupt and drops the unfinished statement, and Ctrl-C while a statement
 * runs raises KeyboardInterrupt in it (see {@link Sigint}), whose traceback is printed.
 */
final class Repl {
  private Repl() {}

  /** What pyjit prints first when the prompt opens without -q (to stderr, as CPython). */
  static String banner() {
    return "Python " + org.pyjit.Version.PYTHON_VERSION + " (pyjit "
        + org.pyjit.Version.PYJIT_VERSION + ") on linux\n"
        + "Type \"exit()\" or Ctrl-D (i.e. EOF) to exit.\n";
  }

  /** Reads and runs statements until end of input or SystemExit; returns the exit status. */
  static int run(InteractiveConsole console, boolean terminal, PrintStream out,
      PrintStream err) {
    try {
      return terminal ? onTerminal(console, out, err) : piped(console, out, err);
    } catch (PyException e) {
      out.flush();
      return Programs.exitStatus(e.value, err);
    }
  }

  private static int piped(InteractiveConsole console, PrintStream out, PrintStream err) {
    BufferedReader in = Builtins.stdin;
    while (true) {
      out.flush();
      err.print(console.prompt());
      err.flush();
      String line;
      try {
        line = in.readLine();
      } catch (IOException e) {
        line = null;
      } catch (PyException e) {
        if (!e.value.type().isSubtypeOf(Types.KEYBOARD_INTERRUPT)) {
          throw e;
        }
        // Ctrl-C while waiting for a line: CPython ends the prompt's line and drops the
        // unfinished statement
        console.reset();
        err.println();
        err.println("KeyboardInterrupt");
        continue;
      }
      if (line == null) {
        err.println();
        if (console.endOfInput()) {
          continue;
        }
        return 0;
      }
      console.push(line);
    }
  }

  /** The home directory as CPython's expanduser("~") finds it: $HOME first. */
  private static String home() {
    String home = System.getenv("HOME");
    return home != null && !home.isEmpty() ? home : System.getProperty("user.home");
  }

  private static int onTerminal(InteractiveConsole console, PrintStream out, PrintStream err) {
    Main.terminalOpened = true;
    Terminal terminal;
    try {
      terminal = TerminalBuilder.builder().system(true).build();
    } catch (IOException e) {
      return piped(console, out, err);
    }
    PythonWords words = new PythonWords(console);
    LineReader reader = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("pyjit")
        .parser(words)
        .completer(words)
        .variable(LineReader.HISTORY_FILE, Path.of(home(), ".pyjit_history"))
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // '!' is Python's
        .option(LineReader.Option.INSERT_TAB, true) // Tab indents at the start of a line
        .option(LineReader.Option.HISTORY_IGNORE_SPACE, false) // indented lines too
        .option(LineReader.Option.HISTORY_REDUCE_BLANKS, false)
        .build();
    // Ctrl-C while a statement runs (JLine takes it over while it reads a line); without
    // this JLine would give SIGINT its default action, which ends the process
    terminal.handle(Terminal.Signal.INT, s -> Interrupts.signal());
    boolean dumb = terminal.getType().startsWith(Terminal.TYPE_DUMB);
    try {
      while (true) {
        out.flush();
        err.flush();
        String line;
        try {
          line = reader.readLine(console.prompt());
        } catch (UserInterruptException e) {
          console.reset();
          err.println("KeyboardInterrupt");
          continue;
        } catch (EndOfFileException e) {
          if (dumb) {
            err.println(); // other terminals have had JLine end the line already
          }
          if (console.endOfInput()) {
            continue;
          }
          return 0;
        }
        console.push(line);
      }
    } finally {
      try {
        reader.getHistory().save();
        terminal.close();
      } catch (IOException e) {
        // the history is a convenience: losing it is no reason to fail the exit
      }
    }
  }
}
