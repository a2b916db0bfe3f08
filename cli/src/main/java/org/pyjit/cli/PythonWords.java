package org.pyjit.cli;

import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.pyjit.interp.InteractiveConsole;

/**
 * How JLine sees a Python line: never as incomplete (Python's rules decide that, in
 * InteractiveConsole), and for Tab completion the word at the cursor is the dotted name
 * that ends there, as with readline's delimiters in CPython; the completions themselves
 * come from the console.
 */
final class PythonWords implements Parser, Completer {
  private final InteractiveConsole console;

  PythonWords(InteractiveConsole console) {
    this.console = console;
  }

  /** A completing line (JLine warns otherwise); Python names need no escaping. */
  private record Line(String line, int cursor, String word) implements CompletingParsedLine {
    @Override
    public int wordCursor() {
      return word.length();
    }

    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
      return candidate;
    }

    @Override
    public int rawWordCursor() {
      return word.length();
    }

    @Override
    public int rawWordLength() {
      return word.length();
    }

    @Override
    public int wordIndex() {
      return 0;
    }

    @Override
    public List<String> words() {
      return List.of(word);
    }
  }

  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) {
    int start = cursor;
    while (start > 0 && (Character.isLetterOrDigit(line.charAt(start - 1))
        || line.charAt(start - 1) == '_' || line.charAt(start - 1) == '.')) {
      start--;
    }
    return new Line(line, cursor, line.substring(start, cursor));
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    if (line.word().isEmpty()) {
      // as rlcompleter: Tab with nothing to complete indents
      candidates.add(new Candidate("\t", "\t", null, null, null, null, false));
      return;
    }
    for (String c : console.completions(line.word())) {
      // complete=false: no space after the word (a keyword's own space is in it)
      candidates.add(new Candidate(c, c, null, null, null, null, false));
    }
  }
}
