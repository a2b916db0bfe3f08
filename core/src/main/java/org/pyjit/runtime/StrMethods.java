package org.pyjit.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The methods of str, as CPython 3.13 has them: every method except encode (which needs
 * bytes), with CPython's argument handling and messages (via {@link ArgParser}).
 *
 * <p>Contract: a Python str is a java.lang.String whose characters are code points, so every
 * index a method takes or returns (find, count's start/end, center's width...) counts code
 * points, never UTF-16 units; strings with only BMP characters take fast paths where the two
 * agree. Character properties (is* predicates, case mappings, whitespace) follow Unicode
 * 15.1 as CPython 3.13: the JDK's tables, minus the code points unassigned in 15.1
 * ({@link UnicodeVersion}), plus the few properties the JDK lacks (Numeric_Type=Digit and
 * the Han numerals of isnumeric, case folding, Case_Ignorable) written out here.
 * str.format and format_map are {@link StrFormatter}.
 */
public final class StrMethods {
  private StrMethods() {}

  /**
   * str's methods, one constant each, named as in Python (with its kind of argument check):
   * one class whose {@link #call} switches on the constant, where a lambda per method made a
   * class each, all loaded at every start from the AOT cache (docs/internals/startup.md).
   * The order of the constants is the order of str's dict.
   */
  private enum Method implements PyBuiltinFunction.Body {
    upper(NO_ARGS), lower(NO_ARGS), casefold(NO_ARGS), swapcase(NO_ARGS), title(NO_ARGS),
    capitalize(NO_ARGS), isalpha(NO_ARGS), isalnum(NO_ARGS), isdecimal(NO_ARGS),
    isdigit(NO_ARGS), isnumeric(NO_ARGS), isspace(NO_ARGS), isascii(NO_ARGS),
    isprintable(NO_ARGS), isidentifier(NO_ARGS), islower(NO_ARGS), isupper(NO_ARGS),
    istitle(NO_ARGS), join(ANY), center(ANY), ljust(ANY), rjust(ANY), zfill(ANY), strip(ANY),
    lstrip(ANY), rstrip(ANY), find(ANY), rfind(ANY), index(ANY), rindex(ANY), count(ANY),
    startswith(ANY), endswith(ANY), removeprefix(ANY), removesuffix(ANY), partition(ANY),
    rpartition(ANY), replace(ANY), split(ANY), rsplit(ANY), splitlines(ANY), expandtabs(ANY),
    translate(ANY), maketrans(STATIC), format(ANY), format_map(ANY),
    // the special methods, for explicit calls (s.__len__(), str.__add__(a, b)); the
    // interpreter's operators on str take their own fast paths and never come here
    __len__(WRAPPER_0), __str__(WRAPPER_0), __repr__(WRAPPER_0), __hash__(WRAPPER_0),
    __iter__(WRAPPER_0), __getnewargs__(WRAPPER_0), __contains__(WRAPPER_1),
    __getitem__(WRAPPER_1), __add__(WRAPPER_1), __mul__(WRAPPER_1), __rmul__(WRAPPER_1),
    __mod__(WRAPPER_1), __rmod__(WRAPPER_1), __lt__(WRAPPER_1), __le__(WRAPPER_1),
    __eq__(WRAPPER_1), __ne__(WRAPPER_1), __gt__(WRAPPER_1), __ge__(WRAPPER_1),
    __format__(ANY);

    /** How the arguments are checked before the switch. */
    private final int kind;
    /** "str.upper", for the messages of the argument checks. */
    private final String qualified;

    Method(int kind) {
      this.kind = kind;
      this.qualified = "str." + name();
    }

    @Override
    public Object call(Object[] a, String[] k) {
      if (kind == STATIC) {
        return maketrans(a, k);
      }
      if (a.length - ArgParser.nkw(k) == 0) {
        throw Errors.typeError("unbound method str." + name() + "() needs an argument");
      }
      if (!(a[0] instanceof String s)) {
        throw Errors.typeError("descriptor '" + name() + "' for 'str' objects doesn't apply to a '"
            + Types.typeOf(a[0]).name + "' object");
      }
      if (kind == NO_ARGS) {
        ArgParser.noArgs(qualified, a, k, 1);
        return noArgs(s);
      }
      if (kind == ANY) {
        return withArgs(s, a, k);
      }
      if (this == __getnewargs__) { // METH_NOARGS, not a slot
        ArgParser.noArgs(qualified, a, k, 1);
        return wrapper(s, null);
      }
      // a slot wrapper taking kind - WRAPPER_0 (0 or 1) arguments, with CPython's messages
      int nargs = kind - WRAPPER_0;
      if (ArgParser.nkw(k) > 0) {
        throw Errors.typeError("wrapper " + name() + "() takes no keyword arguments");
      }
      if (a.length - 1 != nargs) {
        throw Errors.typeError("expected " + nargs + " argument" + (nargs == 1 ? "" : "s")
            + ", got " + (a.length - 1));
      }
      return wrapper(s, nargs == 0 ? null : a[1]);
    }

    private Object noArgs(String s) {
      return switch (this) {
        case upper -> upper(s);
        case lower -> lower(s);
        case casefold -> casefold(s);
        case swapcase -> swapcase(s);
        case title -> title(s);
        case capitalize -> capitalize(s);
        case isascii -> isAscii(s);
        case isprintable -> all(s, this) || s.isEmpty();
        case isidentifier -> isIdentifier(s);
        case islower -> caseTest(s, true);
        case isupper -> caseTest(s, false);
        case istitle -> isTitle(s);
        default -> all(s, this); // the other is* predicates
      };
    }

    /** Whether cp passes this is* predicate (str.isalpha ...). */
    boolean holds(int cp) {
      return switch (this) {
        case isalpha -> isAlpha(cp);
        case isalnum -> isAlnum(cp);
        case isdecimal -> isDecimal(cp);
        case isdigit -> isDigit(cp);
        case isnumeric -> isNumeric(cp);
        case isspace -> isSpace(cp);
        case isprintable -> isPrintable(cp);
        default -> throw new AssertionError(this);
      };
    }

    private Object withArgs(String s, Object[] a, String[] k) {
      return switch (this) {
        case join -> StrMethods.join(s, ArgParser.exactlyOne("str.join", a, k, 1));
        case center, ljust, rjust -> pad(name(), s, a, k);
        case zfill -> StrMethods.zfill(s, ArgParser.ssize(
            ArgParser.exactlyOne("str.zfill", a, k, 1)));
        case strip -> StrMethods.strip("strip", s, a, k, true, true);
        case lstrip -> StrMethods.strip("lstrip", s, a, k, true, false);
        case rstrip -> StrMethods.strip("rstrip", s, a, k, false, true);
        case find -> findMethod("find", s, a, k, false, false);
        case rfind -> findMethod("rfind", s, a, k, true, false);
        case index -> findMethod("index", s, a, k, false, true);
        case rindex -> findMethod("rindex", s, a, k, true, true);
        case count -> StrMethods.count(s, a, k);
        case startswith -> affix("startswith", s, a, k, true);
        case endswith -> affix("endswith", s, a, k, false);
        case removeprefix -> {
          String p = strArg("removeprefix() argument", ArgParser.exactlyOne("str.removeprefix",
              a, k, 1));
          yield s.startsWith(p) ? s.substring(p.length()) : s;
        }
        case removesuffix -> {
          String p = strArg("removesuffix() argument", ArgParser.exactlyOne("str.removesuffix",
              a, k, 1));
          yield s.endsWith(p) && !p.isEmpty() ? s.substring(0, s.length() - p.length()) : s;
        }
        case partition -> StrMethods.partition(s, ArgParser.exactlyOne("str.partition", a, k, 1),
            false);
        case rpartition -> StrMethods.partition(s, ArgParser.exactlyOne("str.rpartition", a, k,
            1), true);
        case replace -> StrMethods.replace(s, a, k);
        case split -> StrMethods.split("split", s, a, k, false);
        case rsplit -> StrMethods.split("rsplit", s, a, k, true);
        case splitlines -> StrMethods.splitlines(s, a, k);
        case expandtabs -> StrMethods.expandtabs(s, a, k);
        case translate -> StrMethods.translate(s, ArgParser.exactlyOne("str.translate", a, k,
            1));
        case format -> formatMethod(s, a, k);
        case format_map -> StrFormatter.format(s, null,
            ArgParser.exactlyOne("str.format_map", a, k, 1));
        case __format__ -> dunderFormat(s, a, k);
        default -> throw new AssertionError(this);
      };
    }

    private Object wrapper(String s, Object x) {
      return switch (this) {
        case __len__ -> (long) cpLen(s);
        case __str__ -> s;
        case __repr__ -> Ops.repr(s);
        case __hash__ -> Ops.hash(s);
        case __iter__ -> Ops.iter(s);
        case __getnewargs__ -> PyTuple.of(s);
        case __contains__ -> Ops.contains(s, x);
        case __getitem__ -> StrOps.getitem(s, x);
        case __add__ -> x instanceof String t ? s + t : PySingleton.NOT_IMPLEMENTED;
        case __mul__, __rmul__ -> mul(s, x);
        // not Ops.binary, which calls this again when x is an instance of a subclass
        case __mod__ -> PercentOperands.format(s, x);
        case __rmod__ -> PySingleton.NOT_IMPLEMENTED;
        case __lt__ -> compare(org.pyjit.bytecode.CompareOp.LT, s, x);
        case __le__ -> compare(org.pyjit.bytecode.CompareOp.LE, s, x);
        case __eq__ -> compare(org.pyjit.bytecode.CompareOp.EQ, s, x);
        case __ne__ -> compare(org.pyjit.bytecode.CompareOp.NE, s, x);
        case __gt__ -> compare(org.pyjit.bytecode.CompareOp.GT, s, x);
        case __ge__ -> compare(org.pyjit.bytecode.CompareOp.GE, s, x);
        default -> throw new AssertionError(this);
      };
    }
  }

  private static final int NO_ARGS = 0;
  private static final int ANY = 1;
  private static final int STATIC = 2;
  private static final int WRAPPER_0 = 3;
  private static final int WRAPPER_1 = 4;

  public static void install() {
    for (Method m : Method.values()) {
      PyBuiltinFunction f = m.kind == STATIC ? new PyBuiltinFunction(m.name(), m)
          : new PyBuiltinFunction(m.name(), Types.STR, m);
      Types.STR.dict.put(m.name(), m.kind == STATIC ? new PyStaticMethod(f) : f);
    }
  }

  private static boolean all(String s, Method p) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (!p.holds(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private static Object compare(org.pyjit.bytecode.CompareOp op, String s, Object x) {
    return x instanceof String ? Ops.compare(op, s, x) : PySingleton.NOT_IMPLEMENTED;
  }

  private static Object formatMethod(String s, Object[] a, String[] k) {
    int npos = a.length - ArgParser.nkw(k);
    Object[] args = java.util.Arrays.copyOfRange(a, 1, npos);
    PyDict kwargs = null;
    if (k != null) {
      kwargs = new PyDict();
      for (int i = 0; i < k.length; i++) {
        kwargs.put(k[i], a[npos + i]);
      }
    }
    return StrFormatter.format(s, args, kwargs);
  }

  private static Object dunderFormat(String s, Object[] a, String[] k) {
    Object spec = ArgParser.exactlyOne("str.__format__", a, k, 1);
    if (!(spec instanceof String sp)) {
      throw Errors.typeError("__format__() argument must be str, not "
          + ArgParser.badArgumentType(spec));
    }
    try {
      return org.pyjit.runtime.format.StrFormat.format(s, sp);
    } catch (org.pyjit.runtime.format.FormatError e) {
      throw Errors.from(e);
    }
  }

  private static Object mul(String s, Object n) {
    if (Ops.isInt(n) || n instanceof PyInstance && Types.typeOf(n).lookup("__index__") != null) {
      return Ops.binary(org.pyjit.bytecode.BinaryOp.MULTIPLY, s, Ops.isInt(n) ? n
          : (Object) ArgParser.ssize(n));
    }
    return PySingleton.NOT_IMPLEMENTED;
  }

  // ------------------------------------------------------------------ helpers

  private static String strArg(String what, Object o) {
    if (o instanceof String s) {
      return s;
    }
    throw Errors.typeError(what + " must be str, not " + ArgParser.badArgumentType(o));
  }

  /** The last long string whose length was counted, and its length in code points. */
  private record Counted(String s, int cps) {}

  private static volatile Counted counted;

  /**
   * The length of s in code points. Counting is linear, and a loop calling s.find(x, i) or
   * s[i] asks again and again about the same string, so the answer for the last long string
   * is kept (by identity: a String never changes).
   */
  static int cpLen(String s) {
    if (s.length() < 64) {
      return s.codePointCount(0, s.length());
    }
    Counted c = counted;
    if (c != null && c.s == s) {
      return c.cps;
    }
    int n = s.codePointCount(0, s.length());
    counted = new Counted(s, n);
    return n;
  }

  /** Whether s has no surrogate pairs, so code point indexes are UTF-16 indexes. */
  static boolean isBmp(String s) {
    return cpLen(s) == s.length();
  }

  /** The UTF-16 offset of code point index {@code i} (0 <= i <= cpLen). */
  private static int off(String s, boolean bmp, long i) {
    return bmp ? (int) i : s.offsetByCodePoints(0, (int) i);
  }

  private static long cpIndex(String s, boolean bmp, int off) {
    return bmp ? off : s.codePointCount(0, off);
  }

  /** CPython's ADJUST_INDICES: returns {start, end}; start may still exceed len. */
  private static long[] adjust(long start, long end, int len) {
    if (end > len) {
      end = len;
    } else if (end < 0) {
      end = Math.max(0, end + len);
    }
    if (start < 0) {
      start = Math.max(0, start + len);
    }
    return new long[] {start, end};
  }

  private interface CpPred {
    boolean test(int cp);
  }

  /** A predicate over all characters, False for the empty string. */
  private static boolean all(String s, CpPred p) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (!p.test(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  // ------------------------------------------------------------------ character properties

  private static boolean assigned(int cp) {
    return !UnicodeVersion.isUnassigned(cp);
  }

  public static boolean isSpace(int cp) {
    if (cp < 0x80) {
      return cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= 0x1c && cp <= 0x1f);
    }
    return cp == 0x85 || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a)
        || cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
  }

  static boolean isAlpha(int cp) {
    if (cp < 0x80) {
      return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    }
    return Character.isLetter(cp) && assigned(cp);
  }

  public static boolean isDecimal(int cp) {
    if (cp < 0x80) {
      return cp >= '0' && cp <= '9';
    }
    return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER && assigned(cp);
  }

  /** Code points with Numeric_Type=Digit (isdigit but not isdecimal), Unicode 15.1. */
  private static final int[] DIGIT_RANGES = {
    0xb2, 0xb3, 0xb9, 0xb9, 0x1369, 0x1371, 0x19da, 0x19da, 0x2070, 0x2070, 0x2074, 0x2079,
    0x2080, 0x2089, 0x2460, 0x2468, 0x2474, 0x247c, 0x2488, 0x2490, 0x24ea, 0x24ea,
    0x24f5, 0x24fd, 0x24ff, 0x24ff, 0x2776, 0x277e, 0x2780, 0x2788, 0x278a, 0x2792,
    0x10a40, 0x10a43, 0x10e60, 0x10e68, 0x11052, 0x1105a, 0x1f100, 0x1f10a,
  };

  /** Code points outside category N that are numeric (Han numerals), Unicode 15.1. */
  private static final int[] HAN_NUMERALS = {
    0x3405, 0x3483, 0x382a, 0x3b4d, 0x4e00, 0x4e03, 0x4e07, 0x4e09, 0x4e24, 0x4e5d, 0x4e8c,
    0x4e94, 0x4e96, 0x4eac, 0x4ebf, 0x4ec0, 0x4edf, 0x4ee8, 0x4f0d, 0x4f70, 0x4fe9, 0x5006,
    0x5104, 0x5146, 0x5169, 0x516b, 0x516d, 0x5341, 0x5343, 0x5344, 0x5345, 0x534c, 0x53c1,
    0x53c2, 0x53c3, 0x53c4, 0x56db, 0x58f1, 0x58f9, 0x5e7a, 0x5efe, 0x5eff, 0x5f0c, 0x5f0d,
    0x5f0e, 0x5f10, 0x62d0, 0x62fe, 0x634c, 0x67d2, 0x6d1e, 0x6f06, 0x7396, 0x767e, 0x7695,
    0x79ed, 0x8086, 0x842c, 0x8cae, 0x8cb3, 0x8d30, 0x920e, 0x94a9, 0x9621, 0x9646, 0x964c,
    0x9678, 0x96f6, 0xf96b, 0xf973, 0xf978, 0xf9b2, 0xf9d1, 0xf9d3, 0xf9fd, 0x20001, 0x20064,
    0x200e2, 0x20121, 0x2092a, 0x20983, 0x2098c, 0x2099c, 0x20aea, 0x20afd, 0x20b19,
    0x22390, 0x22998, 0x23b1b, 0x2626d, 0x2f890,
  };

  static boolean isDigit(int cp) {
    if (isDecimal(cp)) {
      return true;
    }
    for (int i = 0; i < DIGIT_RANGES.length && DIGIT_RANGES[i] <= cp; i += 2) {
      if (cp <= DIGIT_RANGES[i + 1]) {
        return true;
      }
    }
    return false;
  }

  static boolean isNumeric(int cp) {
    if (cp < 0x80) {
      return cp >= '0' && cp <= '9';
    }
    int t = Character.getType(cp);
    if (t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER
        || t == Character.OTHER_NUMBER) {
      return assigned(cp);
    }
    return java.util.Arrays.binarySearch(HAN_NUMERALS, cp) >= 0;
  }

  public static boolean isAlnum(int cp) {
    return isAlpha(cp) || isDecimal(cp) || isDigit(cp) || isNumeric(cp);
  }

  static boolean isPrintable(int cp) {
    if (cp < 0x80) {
      return cp >= 0x20 && cp < 0x7f;
    }
    if (!assigned(cp)) {
      return false;
    }
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
          Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR -> false;
      default -> true;
    };
  }

  public static boolean isIdentifier(String s) {
    if (s.isEmpty()) {
      return false;
    }
    int first = s.codePointAt(0);
    if (!(first == '_' || xidStart(first))) {
      return false;
    }
    for (int i = Character.charCount(first); i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (!xidContinue(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private static boolean xidStart(int cp) {
    if (cp < 0x80) {
      return isAlpha(cp);
    }
    // the characters whose NFKC form is not an identifier start are XID_Start exclusions
    if (cp == 0x2e2f || cp == 0x037a || cp == 0x0e33 || cp == 0x0eb3 || (cp >= 0x309b && cp <= 0x309c)
        || (cp >= 0xfc5e && cp <= 0xfc63) || cp == 0xfdfa || cp == 0xfdfb || cp == 0xfe70
        || cp == 0xfe72 || cp == 0xfe74 || cp == 0xfe76 || cp == 0xfe78 || cp == 0xfe7a
        || cp == 0xfe7c || cp == 0xfe7e || (cp >= 0xff9e && cp <= 0xff9f)) {
      return false;
    }
    return Character.isUnicodeIdentifierStart(cp) && assigned(cp);
  }

  private static boolean xidContinue(int cp) {
    if (cp < 0x80) {
      return isAlpha(cp) || (cp >= '0' && cp <= '9') || cp == '_';
    }
    if (cp == 0x200c || cp == 0x200d) {
      return true; // ZWNJ and ZWJ continue identifiers since Unicode 15.1
    }
    if (cp == 0x2e2f || cp == 0x037a || (cp >= 0x309b && cp <= 0x309c) || (cp >= 0xfc5e && cp <= 0xfc63)
        || cp == 0xfdfa || cp == 0xfdfb || cp == 0xfe70 || cp == 0xfe72 || cp == 0xfe74
        || cp == 0xfe76 || cp == 0xfe78 || cp == 0xfe7a || cp == 0xfe7c || cp == 0xfe7e) {
      return false;
    }
    return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp)
        && assigned(cp);
  }

  static boolean isLowerCp(int cp) {
    if (cp < 0x80) {
      return cp >= 'a' && cp <= 'z';
    }
    return Character.isLowerCase(cp) && assigned(cp);
  }

  static boolean isUpperCp(int cp) {
    if (cp < 0x80) {
      return cp >= 'A' && cp <= 'Z';
    }
    return Character.isUpperCase(cp) && assigned(cp);
  }

  static boolean isTitleCp(int cp) {
    return cp >= 0x80 && Character.isTitleCase(cp) && assigned(cp);
  }

  static boolean isCased(int cp) {
    return isLowerCp(cp) || isUpperCp(cp) || isTitleCp(cp);
  }

  /** Case_Ignorable: marks, format characters, modifiers and word-internal punctuation. */
  static boolean isCaseIgnorable(int cp) {
    switch (cp) {
      case '\'', '.', ':', '^', '`', 0xa8, 0xad, 0xaf, 0xb4, 0xb7, 0xb8, 0x387, 0x55f, 0x5f4,
          0x2018, 0x2019, 0x2024, 0x2027, 0xfe13, 0xfe52, 0xfe55, 0xff07, 0xff0e, 0xff1a -> {
        return true;
      }
      default -> {
      }
    }
    if (cp < 0x80) {
      return false;
    }
    return switch (Character.getType(cp)) {
      case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT,
          Character.MODIFIER_LETTER, Character.MODIFIER_SYMBOL -> assigned(cp);
      default -> false;
    };
  }

  /** islower (lower=true) or isupper: some cased character and none of the other case. */
  static boolean caseTest(String s, boolean lower) {
    boolean cased = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (lower ? isUpperCp(cp) || isTitleCp(cp) : isLowerCp(cp) || isTitleCp(cp)) {
        return false;
      }
      if (!cased && (lower ? isLowerCp(cp) : isUpperCp(cp))) {
        cased = true;
      }
    }
    return cased;
  }

  static boolean isTitle(String s) {
    return isTitle(s.codePoints().iterator(),
        cp -> isUpperCp(cp) || isTitleCp(cp), StrMethods::isLowerCp);
  }

  /**
   * istitle() of str and bytes: uppercase (or titlecase) characters only after uncased ones,
   * lowercase ones only after cased ones, and at least one cased character.
   */
  static boolean isTitle(java.util.PrimitiveIterator.OfInt chars,
      java.util.function.IntPredicate upper, java.util.function.IntPredicate lower) {
    boolean cased = false;
    boolean previousCased = false;
    while (chars.hasNext()) {
      int c = chars.nextInt();
      if (upper.test(c)) {
        if (previousCased) {
          return false;
        }
        previousCased = true;
        cased = true;
      } else if (lower.test(c)) {
        if (!previousCased) {
          return false;
        }
        previousCased = true;
        cased = true;
      } else {
        previousCased = false;
      }
    }
    return cased;
  }

  // ------------------------------------------------------------------ case mappings

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The full uppercase mapping of one code point. */
  private static void appendUpper(StringBuilder sb, int cp) {
    if (cp < 0x80) {
      sb.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
    } else if (!assigned(cp)) {
      sb.appendCodePoint(cp);
    } else {
      if (specialUpper(cp)) {
        sb.append(new String(Character.toChars(cp)).toUpperCase(Locale.ROOT));
      } else {
        sb.appendCodePoint(pinned(cp, Character.toUpperCase(cp)));
      }
    }
  }

  /**
   * A simple case mapping as CPython 3.13 has it: the JDK's, unless it maps to a character
   * assigned after Unicode 15.1 (the mapping came with that character).
   */
  private static int pinned(int cp, int mapped) {
    return mapped == cp || assigned(mapped) ? mapped : cp;
  }

  /** The characters whose uppercase is more than one character (SpecialCasing.txt). */
  private static boolean specialUpper(int cp) {
    return cp == 0xdf || cp == 0x149 || cp == 0x1f0 || cp == 0x390 || cp == 0x3b0
        || cp == 0x587 || (cp >= 0x1e96 && cp <= 0x1e9a) || (cp >= 0x1f50 && cp <= 0x1f56)
        || (cp >= 0x1f80 && cp <= 0x1ffc) || (cp >= 0xfb00 && cp <= 0xfb17);
  }

  /** The full lowercase mapping of the code point at {@code i}, with the final sigma rule. */
  private static void appendLower(StringBuilder sb, String s, int i, int cp) {
    if (cp < 0x80) {
      sb.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
    } else if (cp == 0x3a3) {
      sb.append(finalSigma(s, i) ? '\u03c2' : '\u03c3');
    } else if (cp == 0x130) {
      sb.append("i\u0307");
    } else if (!assigned(cp)) {
      sb.appendCodePoint(cp);
    } else {
      sb.appendCodePoint(pinned(cp, Character.toLowerCase(cp)));
    }
  }

  /** Whether the capital sigma at {@code i} ends a word (Unicode's Final_Sigma). */
  private static boolean finalSigma(String s, int i) {
    int j = i;
    int c = 0;
    while (j > 0) {
      c = s.codePointBefore(j);
      j -= Character.charCount(c);
      if (!isCaseIgnorable(c)) {
        break;
      }
    }
    if (j == i || isCaseIgnorable(c) || !isCased(c)) {
      return false;
    }
    j = i + 1;
    while (j < s.length()) {
      c = s.codePointAt(j);
      j += Character.charCount(c);
      if (!isCaseIgnorable(c)) {
        return !isCased(c);
      }
    }
    return true;
  }

  /** The full titlecase mapping of one code point. */
  private static void appendTitle(StringBuilder sb, int cp) {
    if (cp < 0x80 || !assigned(cp)) {
      appendUpper(sb, cp);
      return;
    }
    int t = pinned(cp, Character.toTitleCase(cp));
    if (t != cp || Character.isTitleCase(cp)) {
      sb.appendCodePoint(t);
      return;
    }
    String u = new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
    int first = u.codePointAt(0);
    if (u.length() == Character.charCount(first) || cp == 0x149) {
      sb.append(cp == 0x149 ? u : new String(Character.toChars(cp)));
      return;
    }
    sb.appendCodePoint(first);
    if (cp >= 0x1f80 && cp <= 0x1fff) {
      // Greek with ypogegrammeni: the iota stays a combining mark in titlecase
      sb.append(u.substring(Character.charCount(first)).replace('\u0399', '\u0345'));
      return;
    }
    // other special casings (ß, ligatures): the first letter upper, the rest lower
    sb.append(u.substring(Character.charCount(first)).toLowerCase(Locale.ROOT));
  }

  static String upper(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      appendUpper(sb, cp);
    }
    return sb.toString();
  }

  static String lower(String s) {
    if (isAscii(s)) {
      return s.toLowerCase(Locale.ROOT);
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      appendLower(sb, s, i, cp);
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  static String casefold(String s) {
    if (isAscii(s)) {
      return s.toLowerCase(Locale.ROOT);
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      appendFold(sb, cp);
    }
    return sb.toString();
  }

  /** Full case folding: the lowercase of the uppercase, except where CaseFolding differs. */
  private static void appendFold(StringBuilder sb, int cp) {
    if (cp < 0x80 || !assigned(cp)) {
      appendLower(sb, "", 0, cp);
      return;
    }
    if (cp >= 0x13a0 && cp <= 0x13f5) {
      sb.appendCodePoint(cp); // Cherokee folds to its uppercase letters
      return;
    }
    if (cp >= 0x13f8 && cp <= 0x13fd) {
      sb.appendCodePoint(cp - 8);
      return;
    }
    if (cp >= 0xab70 && cp <= 0xabbf) {
      sb.appendCodePoint(cp - 0xab70 + 0x13a0);
      return;
    }
    switch (cp) {
      case 0x130 -> sb.append("i\u0307");
      case 0x131 -> sb.appendCodePoint(cp);
      case 0x1e9e -> sb.append("ss");
      case 0x3a3, 0x3c2 -> sb.append('\u03c3');
      default -> {
        StringBuilder u = new StringBuilder();
        appendUpper(u, cp);
        String us = u.toString();
        for (int j = 0; j < us.length(); ) {
          int c = us.codePointAt(j);
          j += Character.charCount(c);
          if (c == 0x130) {
            sb.appendCodePoint(cp == 0x130 ? 'i' : c);
          } else {
            sb.appendCodePoint(pinned(c, Character.toLowerCase(c)));
          }
        }
      }
    }
  }

  static String swapcase(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (isUpperCp(cp)) {
        appendLower(sb, s, i, cp);
      } else if (isLowerCp(cp)) {
        appendUpper(sb, cp);
      } else {
        sb.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  static String title(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean previousCased = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (previousCased) {
        appendLower(sb, s, i, cp);
      } else {
        appendTitle(sb, cp);
      }
      previousCased = isCased(cp);
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  static String capitalize(String s) {
    if (s.isEmpty()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    int first = s.codePointAt(0);
    appendTitle(sb, first);
    for (int i = Character.charCount(first); i < s.length(); ) {
      int cp = s.codePointAt(i);
      appendLower(sb, s, i, cp);
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------ join, padding, strip

  static String join(String sep, Object iterable) {
    Object[] items;
    if (iterable instanceof PyList l) {
      items = l.toArray();
    } else if (iterable instanceof PyTuple t) {
      items = t.items;
    } else {
      Object it;
      try {
        it = Ops.iter(iterable);
      } catch (PyException e) {
        if (e.value.type() == Types.TYPE_ERROR) {
          throw Errors.typeError("can only join an iterable");
        }
        throw e;
      }
      List<Object> all = new ArrayList<>();
      for (Object x; (x = Ops.next(it)) != null; ) {
        all.add(x);
      }
      items = all.toArray();
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < items.length; i++) {
      if (!(BuiltinSubclasses.unwrap(items[i]) instanceof String s)) {
        throw Errors.typeError("sequence item " + i + ": expected str instance, "
            + Types.typeOf(items[i]).name + " found");
      }
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(s);
    }
    return sb.toString();
  }

  private static Object pad(String name, String s, Object[] a, String[] k) {
    Object[] p = ArgParser.positional(name, "str." + name, a, k, 1, 1, 2);
    long width = ArgParser.ssize(p[0]);
    int fill = ' ';
    if (p[1] != null) {
      if (!(p[1] instanceof String f)) {
        throw Errors.typeError("The fill character must be a unicode character, not "
            + Types.typeOf(p[1]).name);
      }
      if (f.isEmpty() || f.length() != Character.charCount(f.codePointAt(0))) {
        throw Errors.typeError("The fill character must be exactly one character long");
      }
      fill = f.codePointAt(0);
    }
    int len = cpLen(s);
    if (width <= len) {
      return s;
    }
    long marg = width - len;
    long left = switch (name) {
      case "ljust" -> 0;
      case "rjust" -> marg;
      // CPython puts the odd space on the left only when width is odd too
      default -> marg / 2 + (marg & width & 1);
    };
    if (width > Integer.MAX_VALUE / 2) {
      throw Errors.raise(Types.MEMORY_ERROR, "");
    }
    String f = new String(Character.toChars(fill));
    return f.repeat((int) left) + s + f.repeat((int) (marg - left));
  }

  static String zfill(String s, long width) {
    int len = cpLen(s);
    if (width <= len) {
      return s;
    }
    if (width > Integer.MAX_VALUE / 2) {
      throw Errors.raise(Types.MEMORY_ERROR, "");
    }
    String zeros = "0".repeat((int) (width - len));
    if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      return s.charAt(0) + zeros + s.substring(1);
    }
    return zeros + s;
  }

  private static Object strip(String name, String s, Object[] a, String[] k, boolean left,
      boolean right) {
    Object[] p = ArgParser.positional(name, "str." + name, a, k, 1, 0, 1);
    String chars = null;
    if (p[0] != null && p[0] != PySingleton.NONE) {
      if (!(p[0] instanceof String c)) {
        throw Errors.typeError(name + " arg must be None or str");
      }
      chars = c;
    }
    String set = chars;
    CpPred strip = set == null ? StrMethods::isSpace
        : cp -> set.indexOf(cp) >= 0;
    int start = 0;
    int end = s.length();
    if (left) {
      while (start < end) {
        int cp = s.codePointAt(start);
        if (!strip.test(cp)) {
          break;
        }
        start += Character.charCount(cp);
      }
    }
    if (right) {
      while (end > start) {
        int cp = s.codePointBefore(end);
        if (!strip.test(cp)) {
          break;
        }
        end -= Character.charCount(cp);
      }
    }
    return s.substring(start, end);
  }

  // ------------------------------------------------------------------ searching

  /** The arguments of find/count/index/startswith: (sub, start=None, end=None). */
  private static Object[] subArgs(String name, Object[] a, String[] k) {
    return ArgParser.positional(name, "str." + name, a, k, 1, 1, 3);
  }

  /** Code point index of {@code sub} in s[start:end], or -1. */
  static long find(String s, String sub, long start, long end, boolean reverse) {
    boolean bmp = isBmp(s);
    int n = bmp ? s.length() : cpLen(s);
    long[] r = adjust(start, end, n);
    int subn = cpLen(sub);
    if (r[1] - r[0] < subn) {
      return -1;
    }
    int so = off(s, bmp, r[0]);
    int eo = off(s, bmp, r[1]);
    int idx;
    if (reverse) {
      idx = s.lastIndexOf(sub, eo - sub.length());
      if (idx < so) {
        return -1;
      }
    } else {
      idx = s.indexOf(sub, so);
      if (idx < 0 || idx + sub.length() > eo) {
        return -1;
      }
    }
    return cpIndex(s, bmp, idx);
  }

  private static Object findMethod(String name, String s, Object[] a, String[] k,
      boolean reverse, boolean raise) {
    Object[] p = subArgs(name, a, k);
    String sub = strArg(name + "() argument 1", p[0]);
    long start = ArgParser.sliceIndex(p[1], 0);
    long end = ArgParser.sliceIndex(p[2], Long.MAX_VALUE);
    long i = find(s, sub, start, end, reverse);
    if (i < 0 && raise) {
      throw Errors.valueError("substring not found");
    }
    return i;
  }

  private static Object count(String s, Object[] a, String[] k) {
    Object[] p = subArgs("count", a, k);
    String sub = strArg("count() argument 1", p[0]);
    long start = ArgParser.sliceIndex(p[1], 0);
    long end = ArgParser.sliceIndex(p[2], Long.MAX_VALUE);
    boolean bmp = isBmp(s);
    int n = bmp ? s.length() : cpLen(s);
    long[] r = adjust(start, end, n);
    if (r[1] - r[0] < cpLen(sub)) {
      return 0L;
    }
    if (sub.isEmpty()) {
      return r[1] - r[0] + 1;
    }
    int so = off(s, bmp, r[0]);
    int eo = off(s, bmp, r[1]);
    long c = 0;
    for (int i = s.indexOf(sub, so); i >= 0 && i + sub.length() <= eo;
        i = s.indexOf(sub, i + sub.length())) {
      c++;
    }
    return c;
  }

  private static Object affix(String name, String s, Object[] a, String[] k, boolean prefix) {
    Object[] p = subArgs(name, a, k);
    long start = ArgParser.sliceIndex(p[1], 0);
    long end = ArgParser.sliceIndex(p[2], Long.MAX_VALUE);
    if (p[0] instanceof PyTuple t) {
      for (Object o : t.items) {
        if (!(o instanceof String sub)) {
          throw Errors.typeError("tuple for " + name + " must only contain str, not "
              + Types.typeOf(o).name);
        }
        if (tailMatch(s, sub, start, end, prefix)) {
          return true;
        }
      }
      return false;
    }
    if (!(p[0] instanceof String sub)) {
      throw Errors.typeError(name + " first arg must be str or a tuple of str, not "
          + Types.typeOf(p[0]).name);
    }
    return tailMatch(s, sub, start, end, prefix);
  }

  private static boolean tailMatch(String s, String sub, long start, long end,
      boolean prefix) {
    boolean bmp = isBmp(s);
    int n = bmp ? s.length() : cpLen(s);
    long[] r = adjust(start, end, n);
    long last = r[1] - cpLen(sub);
    if (last < r[0]) {
      return false;
    }
    int at = off(s, bmp, prefix ? r[0] : last);
    return s.startsWith(sub, at);
  }

  private static Object partition(String s, Object sepArg, boolean reverse) {
    if (!(sepArg instanceof String sep)) {
      throw Errors.typeError("must be str, not " + Types.typeOf(sepArg).name);
    }
    if (sep.isEmpty()) {
      throw Errors.valueError("empty separator");
    }
    int i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
    if (i < 0) {
      return reverse ? PyTuple.of("", "", s) : PyTuple.of(s, "", "");
    }
    return PyTuple.of(s.substring(0, i), sep, s.substring(i + sep.length()));
  }

  // ------------------------------------------------------------------ replace, split

  private static final String[] REPLACE_PARAMS = {"old", "new", "count"};

  private static Object replace(String s, Object[] a, String[] k) {
    Object[] p = ArgParser.keywords("replace", a, k, 1, REPLACE_PARAMS, 2, 2);
    String old = strArg("replace() argument 1", p[0]);
    String neu = strArg("replace() argument 2", p[1]);
    long count = p[2] == null ? -1 : ArgParser.ssize(p[2]);
    return replace(s, old, neu, count);
  }

  static String replace(String s, String old, String neu, long count) {
    if (count < 0) {
      count = Long.MAX_VALUE;
    }
    if (count == 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder();
    if (old.isEmpty()) {
      long done = 0;
      int i = 0;
      while (i <= s.length()) {
        if (done < count) {
          sb.append(neu);
          done++;
        } else {
          sb.append(s, i, s.length());
          break;
        }
        if (i == s.length()) {
          break;
        }
        int cp = s.codePointAt(i);
        sb.appendCodePoint(cp);
        i += Character.charCount(cp);
      }
      return sb.toString();
    }
    int i = 0;
    long done = 0;
    for (int j; done < count && (j = s.indexOf(old, i)) >= 0; i = j + old.length()) {
      sb.append(s, i, j).append(neu);
      done++;
    }
    if (done == 0) {
      return s;
    }
    return sb.append(s, i, s.length()).toString();
  }

  private static final String[] SPLIT_PARAMS = {"sep", "maxsplit"};

  private static Object split(String name, String s, Object[] a, String[] k,
      boolean reverse) {
    Object[] p = ArgParser.keywords(name, a, k, 1, SPLIT_PARAMS, 0, 0);
    String sep = null;
    if (p[0] != null && p[0] != PySingleton.NONE) {
      if (!(p[0] instanceof String x)) {
        throw Errors.typeError("must be str or None, not " + Types.typeOf(p[0]).name);
      }
      sep = x;
    }
    long max = p[1] == null ? -1 : ArgParser.ssize(p[1]);
    if (max < 0) {
      max = Long.MAX_VALUE;
    }
    if (sep != null && sep.isEmpty()) {
      throw Errors.valueError("empty separator");
    }
    List<Object> out = new ArrayList<>();
    if (sep == null) {
      if (reverse) {
        rsplitWhitespace(s, max, out);
      } else {
        splitWhitespace(s, max, out);
      }
    } else if (!reverse) {
      int i = 0;
      for (int j; max > 0 && (j = s.indexOf(sep, i)) >= 0; i = j + sep.length(), max--) {
        out.add(s.substring(i, j));
      }
      out.add(s.substring(i));
    } else {
      int end = s.length();
      for (int j; max > 0 && end - sep.length() >= 0
          && (j = s.lastIndexOf(sep, end - sep.length())) >= 0; end = j, max--) {
        out.add(s.substring(j + sep.length(), end));
      }
      out.add(s.substring(0, end));
      java.util.Collections.reverse(out);
    }
    return new PyList(out.toArray());
  }

  private static void splitWhitespace(String s, long max, List<Object> out) {
    int i = 0;
    int n = s.length();
    while (true) {
      while (i < n && isSpace(s.codePointAt(i))) {
        i += Character.charCount(s.codePointAt(i));
      }
      if (i >= n) {
        return;
      }
      if (max-- == 0) {
        // the rest, its trailing whitespace kept
        out.add(s.substring(i));
        return;
      }
      int j = i;
      while (j < n && !isSpace(s.codePointAt(j))) {
        j += Character.charCount(s.codePointAt(j));
      }
      out.add(s.substring(i, j));
      i = j;
    }
  }

  private static void rsplitWhitespace(String s, long max, List<Object> out) {
    int i = s.length();
    while (true) {
      while (i > 0 && isSpace(s.codePointBefore(i))) {
        i -= Character.charCount(s.codePointBefore(i));
      }
      if (i <= 0) {
        break;
      }
      if (max-- == 0) {
        out.add(s.substring(0, i));
        break;
      }
      int j = i;
      while (j > 0 && !isSpace(s.codePointBefore(j))) {
        j -= Character.charCount(s.codePointBefore(j));
      }
      out.add(s.substring(j, i));
      i = j;
    }
    java.util.Collections.reverse(out);
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d
        || c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  private static Object splitlines(String s, Object[] a, String[] k) {
    Object[] p = ArgParser.keywords("splitlines", a, k, 1, new String[] {"keepends"}, 0, 0);
    boolean keep = p[0] != null && Ops.truth(p[0]);
    List<Object> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      int j = i;
      while (j < n && !isLineBreak(s.charAt(j))) {
        j++;
      }
      int eol = j;
      if (j < n) {
        j += s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n' ? 2 : 1;
      }
      out.add(s.substring(i, keep ? j : eol));
      i = j;
    }
    return new PyList(out.toArray());
  }

  private static Object expandtabs(String s, Object[] a, String[] k) {
    Object[] p = ArgParser.keywords("expandtabs", a, k, 1, new String[] {"tabsize"}, 0, 0);
    long tab = p[0] == null ? 8 : ArgParser.cInt(p[0]);
    StringBuilder sb = new StringBuilder(s.length());
    long col = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\t') {
        if (tab > 0) {
          long incr = tab - col % tab;
          col += incr;
          if (sb.length() + incr > Integer.MAX_VALUE / 2) {
            throw Errors.overflow("new string is too long");
          }
          sb.repeat(' ', (int) incr);
        }
      } else {
        sb.appendCodePoint(cp);
        col = cp == '\n' || cp == '\r' ? 0 : col + 1;
      }
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------ translate

  static String translate(String s, Object table) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      Object r;
      try {
        r = Ops.getitem(table, (long) cp);
      } catch (PyException e) {
        if (e.value.type().isSubtypeOf(Types.LOOKUP_ERROR)) {
          sb.appendCodePoint(cp);
          continue;
        }
        throw e;
      }
      if (r == PySingleton.NONE) {
        continue;
      }
      if (r instanceof String x) {
        sb.append(x);
      } else if (Ops.isInt(r)) {
        long v = r instanceof Long l ? l : r instanceof Boolean b ? (b ? 1 : 0) : -1;
        if (v < 0 || v >= 0x110000) {
          throw Errors.valueError("character mapping must be in range(0x110000)");
        }
        sb.appendCodePoint((int) v);
      } else {
        throw Errors.typeError("character mapping must return integer, None or str");
      }
    }
    return sb.toString();
  }

  static Object maketrans(Object[] a, String[] k) {
    Object[] p = ArgParser.positional("maketrans", "str.maketrans", a, k, 0, 1, 3);
    PyDict out = new PyDict();
    if (p[1] == null) {
      if (!(p[0] instanceof PyDict d)) {
        throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
      }
      for (Object[] kv : d.items()) {
        Object key = kv[0];
        if (key instanceof String ks) {
          if (ks.isEmpty() || ks.length() != Character.charCount(ks.codePointAt(0))) {
            throw Errors.valueError("string keys in translate table must be of length 1");
          }
          out.put((long) ks.codePointAt(0), kv[1]);
        } else if (Ops.isInt(key)) {
          out.put(key, kv[1]);
        } else {
          throw Errors.typeError("keys in translate table must be strings or integers");
        }
      }
      return out;
    }
    if (!(p[0] instanceof String x)) {
      throw Errors.typeError(
          "first maketrans argument must be a string if there is a second argument");
    }
    String y = strArg("maketrans() argument 2", p[1]);
    int[] xs = x.codePoints().toArray();
    int[] ys = y.codePoints().toArray();
    if (xs.length != ys.length) {
      throw Errors.valueError("the first two maketrans arguments must have equal length");
    }
    for (int i = 0; i < xs.length; i++) {
      out.put((long) xs[i], (long) ys[i]);
    }
    if (p[2] != null) {
      String z = strArg("maketrans() argument 3", p[2]);
      z.codePoints().forEach(cp -> out.put((long) cp, PySingleton.NONE));
    }
    return out;
  }
}
