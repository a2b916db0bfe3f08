package org.pyjit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * QuickArgs against picocli, which it stands in for: on seeded random command lines, every
 * one QuickArgs accepts must parse under picocli without error into the same fields, and
 * the usual forms must be accepted (not all left to picocli).
 */
class QuickArgsTest {
  private static final String[] WORDS = {"-c", "-i", "-q", "-X", "--dump", "-V", "--version",
      "-h", "--help", "-iq", "-cpass", "--dump=ast", "-", "--", "-x", "prog.py", "pass",
      "print(1)", "ast", "jit=off", "", "-1", "a b"};

  @Test
  void agreesWithPicocliOnRandomCommandLines() {
    Random random = new Random(6);
    int accepted = 0;
    for (int n = 0; n < 4_000; n++) {
      String[] args = new String[random.nextInt(6)];
      for (int i = 0; i < args.length; i++) {
        args[i] = WORDS[random.nextInt(WORDS.length)];
      }
      List<String> options = List.of(args).subList(0, Main.programStart(args));
      Main quick = Main.forParsing();
      if (!QuickArgs.fill(quick, options)) {
        continue;
      }
      accepted++;
      Main slow = Main.forParsing();
      CommandLine cl = new CommandLine(slow);
      cl.setStopAtPositional(true);
      cl.parseArgs(options.toArray(String[]::new)); // throws if picocli rejects it
      assertThat(fields(quick)).as(Arrays.toString(args)).isEqualTo(fields(slow));
    }
    assertThat(accepted).isGreaterThan(200);
  }

  @Test
  void acceptsTheCommonForms() {
    for (String[] args : new String[][] {{"-c", "pass"}, {"prog.py", "-x", "--help"},
        {"-", "a"}, {}, {"-i", "prog.py"}, {"-q"}, {"-X", "jit=off", "-c", "print(1)", "-i"},
        {"--dump", "ast", "a.py", "b.py"}, {"--version"}, {"-V"}}) {
      List<String> options = List.of(args).subList(0, Main.programStart(args));
      assertThat(QuickArgs.fill(Main.forParsing(), options)).as(Arrays.toString(args)).isTrue();
    }
  }

  @Test
  void leavesTheRestToPicocli() {
    for (String[] args : new String[][] {{"-h"}, {"--help"}, {"-iq"}, {"-cpass"},
        {"--dump=ast", "a.py"}, {"-c"}, {"-i", "-i"}, {"-c", "-1"}, {"--", "a.py"},
        {"-x"}, {"-V", "--version"}, {"--dump", "ast", "--dump", "ast", "a.py"}}) {
      List<String> options = List.of(args).subList(0, Main.programStart(args));
      assertThat(QuickArgs.fill(Main.forParsing(), options)).as(Arrays.toString(args)).isFalse();
    }
  }

  private static List<Object> fields(Main m) {
    return List.of(String.valueOf(m.command), m.interactive, m.quiet,
        new ArrayList<>(m.xOptions), String.valueOf(m.dump), m.version, m.help,
        new ArrayList<>(m.rest));
  }
}
