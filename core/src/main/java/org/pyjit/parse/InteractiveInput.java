package org.pyjit.parse;

import java.util.List;
import org.pyjit.ast.Mod;
import org.pyjit.ast.Stmt;

/**
 * Decides, line by line, when the lines typed at an interactive prompt form one statement,
 * as CPython's classic REPL does (its tokenizer asks for another line with sys.ps2 while a
 * bracket, a triple-quoted string, a backslash continuation or a block is open).
 *
 * <p>{@link #classify} takes all the lines of the statement typed so far and answers:
 * <ul>
 *   <li>{@link Incomplete}: more lines are needed. That is the case when the parse fails
 *       only because the input ended (an open bracket or string, a trailing backslash, a
 *       block header or decorator without its body), and when a compound statement parses
 *       but no empty line has ended it yet: only an empty line (not even spaces) closes a
 *       compound statement, since an {@code else:} or a further body line may follow.</li>
 *   <li>{@link Complete}: the statement, as CPython's 'single' start rule gives it; blank or
 *       comment-only input is an empty statement, run as CPython runs its {@code pass}.</li>
 *   <li>{@link Invalid}: a SyntaxError to report now. An empty line that ends an open block
 *       is an error at that line (CPython: "expected an indented block"), and a line at the
 *       left margin after a complete compound statement is "invalid syntax" there, because
 *       CPython's REPL reads one statement per prompt.</li>
 * </ul>
 * Lines are given without their newline. Line numbers count from 1 at the first line of
 * the statement, as in CPython's REPL, where each statement is its own {@code <stdin>}.
 */
public final class InteractiveInput {
  private InteractiveInput() {}

  /** What the lines typed so far amount to. */
  public sealed interface Result permits Incomplete, Complete, Invalid {}

  /** More lines are needed (the sys.ps2 prompt). */
  public record Incomplete() implements Result {}

  /** One statement (or none, for blank input), with the source it was parsed from. */
  public record Complete(Mod.Interactive tree, String source) implements Result {}

  /** A syntax error to report; the statement is abandoned. */
  public record Invalid(SyntaxErrorException error) implements Result {}

  /**
   * What {@code lines} (the statement typed so far, each without its newline) amount to;
   * SyntaxErrors name {@code filename}.
   */
  public static Result classify(List<String> lines, String filename) {
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      sb.append(l).append('\n');
    }
    String source = sb.toString();
    boolean endedByEmptyLine = lines.size() > 1 && lines.getLast().isEmpty();
    Mod.Module module;
    try {
      module = parse(source, filename);
    } catch (StatementParser.IncompleteInput e) {
      SyntaxErrorException extra = statementAfterCompound(lines, filename);
      if (extra != null) {
        return new Invalid(extra);
      }
      // an empty line closes blocks, but not brackets, strings or a continued line
      return endedByEmptyLine && !Tokenizer.endedInside(e.error)
          ? new Invalid(atEmptyLine(e.error, lines.size())) : new Incomplete();
    } catch (SyntaxErrorException e) {
      SyntaxErrorException extra = statementAfterCompound(lines, filename);
      return new Invalid(extra != null ? extra : e);
    }
    List<Stmt> body = module.body();
    if (body.isEmpty() || !isCompound(body.getFirst())) {
      return new Complete(new Mod.Interactive(body), source);
    }
    if (body.size() > 1) {
      return new Invalid(invalidSyntaxAt(lines, body.get(1).pos().lineno(),
          body.get(1).pos().colOffset(), filename));
    }
    return endedByEmptyLine ? new Complete(new Mod.Interactive(body), source)
        : new Incomplete();
  }

  /**
   * The error CPython's REPL reports when a compound statement is complete and the last
   * line starts another statement at the left margin (instead of the empty line that ends
   * the compound statement, or one of its own clauses).
   */
  private static SyntaxErrorException statementAfterCompound(List<String> lines,
      String filename) {
    int n = lines.size();
    String last = lines.getLast();
    if (n < 2 || last.isEmpty() || Character.isWhitespace(last.charAt(0))
        || last.startsWith("#") || startsClause(last)) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (String l : lines.subList(0, n - 1)) {
      sb.append(l).append('\n');
    }
    try {
      List<Stmt> before = parse(sb.toString(), filename).body();
      if (before.size() != 1 || !isCompound(before.getFirst())) {
        return null;
      }
    } catch (SyntaxErrorException | StatementParser.IncompleteInput e) {
      return null;
    }
    return invalidSyntaxAt(lines, n, 0, filename);
  }

  /** Whether a line at the margin continues a compound statement with another clause. */
  private static boolean startsClause(String line) {
    for (String kw : List.of("else", "elif", "except", "finally")) {
      if (line.startsWith(kw) && (line.length() == kw.length()
          || !Character.isJavaIdentifierPart(line.charAt(kw.length())))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCompound(Stmt s) {
    return switch (s) {
      case Stmt.FunctionDef f -> true;
      case Stmt.AsyncFunctionDef f -> true;
      case Stmt.ClassDef c -> true;
      case Stmt.For f -> true;
      case Stmt.AsyncFor f -> true;
      case Stmt.While w -> true;
      case Stmt.If i -> true;
      case Stmt.With w -> true;
      case Stmt.AsyncWith w -> true;
      case Stmt.Match m -> true;
      case Stmt.Try t -> true;
      case Stmt.TryStar t -> true;
      default -> false;
    };
  }

  /** CPython's generic "invalid syntax" at the token starting at (line, col). */
  private static SyntaxErrorException invalidSyntaxAt(List<String> lines, int line, int col,
      String filename) {
    String text = lines.get(line - 1);
    int end = col;
    while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
      end++;
    }
    if (end == col) {
      end = Math.min(col + 1, Math.max(text.length(), col + 1));
    }
    return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, "invalid syntax",
        filename, line, col + 1, line, end + 1, text);
  }

  private static Mod.Module parse(String source, String filename) {
    Source src = new Source(source, filename);
    try {
      return new StatementParser(src, WarningListener.IGNORE).fileAllowingIncomplete();
    } catch (StackOverflowError e) {
      throw new SourceTooComplexException();
    }
  }

  /** CPython's REPL reports a block left empty at the empty line, whose text is "". */
  private static SyntaxErrorException atEmptyLine(SyntaxErrorException e, int line) {
    return new SyntaxErrorException(e.kind(), e.msg(), e.filename(), line, 1, line, 1, "");
  }
}
