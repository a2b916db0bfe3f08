package org.pyjit.parse;

/**
 * One token. {@code start}/{@code end} are char offsets into the tokenizer's source text
 * (after newline normalization), {@code line}/{@code endLine} are 1-based line numbers of
 * the first and last character. {@code text} is the token's spelling; for NAME tokens it
 * is the NFKC-normalized identifier, for FSTRING_MIDDLE the literal text with doubled
 * braces already reduced (escapes are still undecoded).
 */
public record Token(TokenKind kind, String text, int line, int start, int endLine, int end) {
  @Override
  public String toString() {
    return kind + "(" + text + ")@" + line + ":" + start;
  }
}
