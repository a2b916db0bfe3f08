package org.pyjit.cli;

import java.util.List;

/**
 * The common command lines parsed by hand, so that starting a program does not pay for
 * picocli: it builds its model by reflection over annotations and its classes (compiled for
 * an old class-file version) cannot be kept in the AOT start-up cache, which together cost
 * more than the rest of {@code pyjit -c pass}.
 *
 * <p>Contract: {@link #fill} accepts only command lines on which picocli would set the same
 * fields without an error — each of {@code -c CODE} or {@code -m MODULE}, {@code -i},
 * {@code -q}, {@code -u}, {@code -E}, {@code -s}, {@code -S}, {@code -B}, {@code -V},
 * {@code --version} and {@code --dump KIND} at most once, {@code -X OPT} and
 * {@code -W ARG} any number of times, each as its own argument, then FILE, {@code -} or
 * nothing. Anything else (help, clustered flags like {@code -iq}, {@code -cCODE},
 * {@code -Werror}, {@code --dump=KIND}, a repeated or unknown option, an option value that
 * looks like an option) returns false and is left
 * to picocli, which gives its usual result or error message.
 */
final class QuickArgs {
  private QuickArgs() {}

  /**
   * Sets {@code main}'s option fields from {@code options} (the arguments before the
   * program's own, see {@link Main#programStart}) as picocli would; false, with
   * {@code main} possibly half-filled, when picocli must parse them instead.
   */
  static boolean fill(Main main, List<String> options) {
    boolean seenI = false;
    boolean seenQ = false;
    boolean seenV = false;
    for (int i = 0; i < options.size(); i++) {
      String a = options.get(i);
      switch (a) {
        case "-c", "-m", "-X", "-W", "--dump" -> {
          if (i + 1 >= options.size()) {
            return false;
          }
          String value = options.get(++i);
          if (value.startsWith("-")) {
            return false; // picocli may take it for an option
          }
          if (a.equals("-c")) {
            if (main.command != null || main.module != null) {
              return false;
            }
            main.command = value;
          } else if (a.equals("-m")) {
            if (main.command != null || main.module != null) {
              return false;
            }
            main.module = value;
          } else if (a.equals("-X")) {
            main.xOptions.add(value);
          } else if (a.equals("-W")) {
            main.warnOptions.add(value);
          } else {
            if (main.dump != null) {
              return false;
            }
            main.dump = value;
          }
        }
        case "-i" -> {
          if (seenI) {
            return false;
          }
          seenI = main.interactive = true;
        }
        case "-q" -> {
          if (seenQ) {
            return false;
          }
          seenQ = main.quiet = true;
        }
        case "-u" -> {
          if (main.unbuffered) {
            return false;
          }
          main.unbuffered = true;
        }
        case "-E" -> {
          if (main.ignoreEnvironment) {
            return false;
          }
          main.ignoreEnvironment = true;
        }
        case "-s" -> {
          if (main.noUserSite) {
            return false;
          }
          main.noUserSite = true;
        }
        case "-S" -> {
          if (main.noSite) {
            return false;
          }
          main.noSite = true;
        }
        case "-B" -> {
          if (main.dontWriteBytecode) {
            return false;
          }
          main.dontWriteBytecode = true;
        }
        case "-V", "--version" -> {
          if (seenV) {
            return false;
          }
          seenV = main.version = true;
        }
        default -> {
          if (a.startsWith("-") && !a.equals("-")) {
            return false;
          }
          main.rest.add(a);
        }
      }
    }
    return true;
  }
}
