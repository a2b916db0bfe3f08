package org.pyjit.parse;

/**
 * The kinds of tokens the {@link Tokenizer} produces: CPython 3.13's token types
 * (Grammar/Tokens), with every operator its own kind and the hard keywords split out of
 * NAME so that the parser compares enum constants instead of strings. Soft keywords
 * (match, case, type, _) stay NAME tokens. {@link #text} is the fixed spelling of an
 * operator or keyword, null for kinds whose text varies.
 */
public enum TokenKind {
  ENDMARKER(null), NAME(null), NUMBER(null), STRING(null), NEWLINE(null), INDENT(null),
  DEDENT(null), FSTRING_START(null), FSTRING_MIDDLE(null), FSTRING_END(null),
  /** A character that starts no token; the parser reports it as invalid syntax. */
  ERRORTOKEN(null),

  LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), COLON(":"), COMMA(","), SEMI(";"),
  PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), VBAR("|"), AMPER("&"), LESS("<"),
  GREATER(">"), EQUAL("="), DOT("."), PERCENT("%"), LBRACE("{"), RBRACE("}"),
  EQEQUAL("=="), NOTEQUAL("!="), LESSEQUAL("<="), GREATEREQUAL(">="), TILDE("~"),
  CIRCUMFLEX("^"), LEFTSHIFT("<<"), RIGHTSHIFT(">>"), DOUBLESTAR("**"), PLUSEQUAL("+="),
  MINEQUAL("-="), STAREQUAL("*="), SLASHEQUAL("/="), PERCENTEQUAL("%="), AMPEREQUAL("&="),
  VBAREQUAL("|="), CIRCUMFLEXEQUAL("^="), LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="),
  DOUBLESTAREQUAL("**="), DOUBLESLASH("//"), DOUBLESLASHEQUAL("//="), AT("@"),
  ATEQUAL("@="), RARROW("->"), ELLIPSIS("..."), COLONEQUAL(":="), EXCLAMATION("!"),

  FALSE("False"), NONE("None"), TRUE("True"), AND("and"), AS("as"), ASSERT("assert"),
  ASYNC("async"), AWAIT("await"), BREAK("break"), CLASS("class"), CONTINUE("continue"),
  DEF("def"), DEL("del"), ELIF("elif"), ELSE("else"), EXCEPT("except"),
  FINALLY("finally"), FOR("for"), FROM("from"), GLOBAL("global"), IF("if"),
  IMPORT("import"), IN("in"), IS("is"), LAMBDA("lambda"), NONLOCAL("nonlocal"), NOT("not"),
  OR("or"), PASS("pass"), RAISE("raise"), RETURN("return"), TRY("try"), WHILE("while"),
  WITH("with"), YIELD("yield");

  public final String text;

  TokenKind(String text) {
    this.text = text;
  }

  /** True for the hard keywords (False ... yield). */
  public boolean isKeyword() {
    return ordinal() >= FALSE.ordinal();
  }

  /** The keyword kind for an identifier, or NAME. */
  public static TokenKind keywordOrName(String s) {
    return switch (s) {
      case "False" -> FALSE;
      case "None" -> NONE;
      case "True" -> TRUE;
      case "and" -> AND;
      case "as" -> AS;
      case "assert" -> ASSERT;
      case "async" -> ASYNC;
      case "await" -> AWAIT;
      case "break" -> BREAK;
      case "class" -> CLASS;
      case "continue" -> CONTINUE;
      case "def" -> DEF;
      case "del" -> DEL;
      case "elif" -> ELIF;
      case "else" -> ELSE;
      case "except" -> EXCEPT;
      case "finally" -> FINALLY;
      case "for" -> FOR;
      case "from" -> FROM;
      case "global" -> GLOBAL;
      case "if" -> IF;
      case "import" -> IMPORT;
      case "in" -> IN;
      case "is" -> IS;
      case "lambda" -> LAMBDA;
      case "nonlocal" -> NONLOCAL;
      case "not" -> NOT;
      case "or" -> OR;
      case "pass" -> PASS;
      case "raise" -> RAISE;
      case "return" -> RETURN;
      case "try" -> TRY;
      case "while" -> WHILE;
      case "with" -> WITH;
      case "yield" -> YIELD;
      default -> NAME;
    };
  }
}
