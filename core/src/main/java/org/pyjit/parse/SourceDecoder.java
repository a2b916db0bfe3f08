package org.pyjit.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the bytes of a source file into text the way CPython 3.13 does when it runs a
 * script ({@code python3 file.py}), including the SyntaxErrors it raises on the way.
 *
 * <p>Contract, in CPython's order:
 * <ol>
 *   <li>A UTF-8 BOM is removed and makes the file UTF-8.
 *   <li>A coding declaration is looked for on line 1, and on line 2 only when line 1 is
 *       blank or a comment. It must be on a comment-only line: optional spaces, tabs or
 *       form feeds, {@code #}, then anywhere {@code coding}, {@code :} or {@code =}, spaces
 *       or tabs, and a name of ASCII letters, digits, {@code - _ .}. CPython's tokenizer
 *       rewrites a few names first (utf-8 and latin-1 spellings); others go to Python's codec
 *       lookup, which pyjit imitates with its own alias table.
 *   <li>A BOM with a declaration other than utf-8: "encoding problem: NAME with BOM".
 *       An unknown or unsupported encoding, or bytes that do not decode in a declared one:
 *       "encoding problem: NAME". Neither has a file name, line or text (Python None).
 *   <li>Undeclared UTF-8 is checked strictly, line by line: the first bad sequence gives
 *       "Non-UTF-8 code starting with '\xNN' in file F on line N, but no encoding declared;
 *       see https://peps.python.org/pep-0263/ for details", again without a location.
 *   <li>A NUL character gives "source code cannot contain null bytes" at (line, 0) with
 *       the line's text up to the NUL; whichever of 4 and 5 comes first in the file wins.
 * </ol>
 *
 * <p>Known differences, too odd to imitate (see docs/internals/syntax-errors.md): with a BOM
 * or an explicit utf-8 declaration CPython does not check the whole file, only the tokens it
 * decodes (bad bytes in comments pass; in a string literal they give "(unicode error)
 * 'utf-8' codec can't decode ..." at the literal). Here every such bad byte becomes a lone
 * surrogate U+DC80..U+DCFF (Python's "surrogateescape"), which valid UTF-8 can never produce,
 * so the tokenizer can find them and raise that error where CPython does. CPython decodes
 * only the first 8 KiB eagerly in a declared encoding; a bad byte beyond that gives a
 * different message there. Newlines are not translated: that is the tokenizer's job.
 */
public final class SourceDecoder {
  private SourceDecoder() {}

  /** The name CPython's tokenizer gives UTF-8 after rewriting the declared name. */
  private static final String UTF8 = "utf-8";

  /**
   * Decodes a source file.
   *
   * @param filename the name used in the "Non-UTF-8 code ... in file F" message; CPython
   *     puts its absolute form of the script path there
   * @throws SyntaxErrorException as described in the class comment
   */
  public static String decode(byte[] source, String filename) {
    int start = hasUtf8Bom(source) ? 3 : 0;
    boolean bom = start == 3;
    Declaration decl = findDeclaration(source, start);
    if (decl == null) {
      return bom ? checkNul(escapingUtf8(source, start, source.length), filename)
          : strictUtf8(source, start, filename);
    }
    if (bom && !decl.name().equals(UTF8)) {
      throw encodingProblem(decl.name() + " with BOM");
    }
    if (decl.name().equals(UTF8)) {
      return checkNul(escapingUtf8(source, start, source.length), filename);
    }
    if (decl.line() == 2) {
      // CPython validates line 1 as UTF-8 before it reads the declaration on line 2.
      strictUtf8(source, start, decl.lineStart(), filename);
    }
    Charset cs = lookupCodec(decl.name());
    if (cs == null) {
      throw encodingProblem(decl.name());
    }
    // The lines up to the declaration are read as bytes by CPython, not decoded; they
    // are blank or comments, so any readable rendering will do.
    String head = escapingUtf8(source, start, decl.lineEnd());
    CharsetDecoder dec = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    String rest;
    try {
      rest = dec.decode(ByteBuffer.wrap(source, decl.lineEnd(), source.length - decl.lineEnd()))
          .toString();
    } catch (CharacterCodingException e) {
      throw encodingProblem(decl.name());
    }
    return checkNul(head + rest, filename);
  }

  /** True if the bytes start with the UTF-8 byte order mark EF BB BF. */
  public static boolean hasUtf8Bom(byte[] source) {
    return source.length >= 3 && (source[0] & 0xff) == 0xef && (source[1] & 0xff) == 0xbb
        && (source[2] & 0xff) == 0xbf;
  }

  /** True for the lone surrogates that stand for undecodable bytes (see class comment). */
  public static boolean isEscapedByte(char c) {
    return c >= 0xdc80 && c <= 0xdcff;
  }

  /**
   * A coding declaration: the name after CPython's rewriting, its 1-based line, and the
   * byte offsets of that line's start and of the start of the next line.
   */
  record Declaration(String name, int line, int lineStart, int lineEnd) {}

  /** Looks for a declaration on line 1, then on line 2 if line 1 is blank or a comment. */
  static Declaration findDeclaration(byte[] src, int start) {
    int lineStart = start;
    for (int line = 1; line <= 2 && lineStart < src.length; line++) {
      int contentEnd = lineStart;
      while (contentEnd < src.length && src[contentEnd] != '\n' && src[contentEnd] != '\r') {
        contentEnd++;
      }
      int next = contentEnd;
      if (next < src.length) {
        next += src[next] == '\r' && next + 1 < src.length && src[next + 1] == '\n' ? 2 : 1;
      }
      // CPython scans the line as a C string, so a NUL ends it.
      int cEnd = lineStart;
      while (cEnd < contentEnd && src[cEnd] != 0) {
        cEnd++;
      }
      String name = codingSpec(src, lineStart, cEnd);
      if (name != null) {
        return new Declaration(name, line, lineStart, next);
      }
      if (!blankOrComment(src, lineStart, cEnd)) {
        return null;
      }
      lineStart = next;
    }
    return null;
  }

  /** The declared name on a comment-only line, after CPython's rewriting; null if none. */
  private static String codingSpec(byte[] s, int from, int to) {
    int i = from;
    while (i < to && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f')) {
      i++;
    }
    if (i >= to || s[i] != '#') {
      return null;
    }
    for (; i + 6 < to; i++) {
      if (!(s[i] == 'c' && s[i + 1] == 'o' && s[i + 2] == 'd' && s[i + 3] == 'i'
          && s[i + 4] == 'n' && s[i + 5] == 'g')) {
        continue;
      }
      int t = i + 6;
      if (s[t] != ':' && s[t] != '=') {
        continue;
      }
      do {
        t++;
      } while (t < to && (s[t] == ' ' || s[t] == '\t'));
      int begin = t;
      while (t < to && (isAsciiAlnum(s[t]) || s[t] == '-' || s[t] == '_' || s[t] == '.')) {
        t++;
      }
      if (t > begin) {
        return normalName(new String(s, begin, t - begin, StandardCharsets.US_ASCII));
      }
    }
    return null;
  }

  private static boolean blankOrComment(byte[] s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s[i] == '#') {
        return true;
      }
      if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiAlnum(byte b) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
  }

  /**
   * CPython's tokenizer rewrites utf-8 and latin-1 spellings before anything else, looking
   * at no more than the first 12 characters, lower-cased with '_' read as '-'. The result
   * is what its messages show, so "Latin_1" is reported as "iso-8859-1" but "UTF8" as is.
   */
  static String normalName(String s) {
    String head = s.substring(0, Math.min(12, s.length())).toLowerCase(Locale.ROOT).replace('_', '-');
    if (head.equals("utf-8") || head.startsWith("utf-8-")) {
      return UTF8;
    }
    if (head.equals("latin-1") || head.equals("iso-8859-1") || head.equals("iso-latin-1")
        || head.startsWith("latin-1-") || head.startsWith("iso-8859-1-")
        || head.startsWith("iso-latin-1-")) {
      return "iso-8859-1";
    }
    return s;
  }

  // ---- Python codec lookup ------------------------------------------------------------

  /**
   * The codec tables, in a class of their own so that they are built only when a source
   * declares an encoding other than UTF-8 (not at every start: docs/internals/startup.md).
   */
  private static final class Codecs {
    private Codecs() {}

    /** Python codec name -> Java charset name, for the codecs pyjit can decode source with. */
    private static final Map<String, String> CODEC_TO_JAVA = new HashMap<>();

    /** Normalized alias (as Python's encodings package normalizes) -> Python codec name. */
    private static final Map<String, String> ALIASES = new HashMap<>();

    private static void codec(String pyCodec, String javaName, String... aliases) {
      CODEC_TO_JAVA.put(pyCodec, javaName);
      ALIASES.put(pythonNormalize(pyCodec), pyCodec);
      for (String a : aliases) {
        ALIASES.put(pythonNormalize(a), pyCodec);
      }
    }

    static {
      // Only ASCII-compatible codecs: CPython reads the declaration line as bytes and the
      // rest through the codec, so UTF-16/32 declarations cannot work there either. Left out
      // because Java's tables differ from Python's (checked by SourceDecoderTest): the Mac
      // Cyrillic, Greek, Icelandic and Turkish codecs, tis-620 and cp950.
      codec("utf-8", "UTF-8", "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001");
      codec("ascii", "US-ASCII", "646", "us_ascii", "us", "ansi_x3.4_1968", "ansi_x3_4_1968",
          "ansi_x3.4_1986", "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991",
          "iso_ir_6");
      codec("iso8859-1", "ISO-8859-1", "latin_1", "latin1", "latin", "l1", "iso8859_1",
          "iso_8859_1", "iso_8859_1_1987", "iso_ir_100", "8859", "cp819", "csisolatin1",
          "ibm819");
      codec("iso8859-2", "ISO-8859-2", "iso8859_2", "iso_8859_2", "latin2", "l2");
      codec("iso8859-3", "ISO-8859-3", "iso8859_3", "iso_8859_3", "latin3", "l3");
      codec("iso8859-4", "ISO-8859-4", "iso8859_4", "iso_8859_4", "latin4", "l4");
      codec("iso8859-5", "ISO-8859-5", "iso8859_5", "iso_8859_5", "cyrillic");
      codec("iso8859-6", "ISO-8859-6", "iso8859_6", "iso_8859_6", "arabic");
      codec("iso8859-7", "ISO-8859-7", "iso8859_7", "iso_8859_7", "greek", "greek8");
      codec("iso8859-8", "ISO-8859-8", "iso8859_8", "iso_8859_8", "hebrew");
      codec("iso8859-9", "ISO-8859-9", "iso8859_9", "iso_8859_9", "latin5", "l5");
      codec("iso8859-11", "x-iso-8859-11", "iso8859_11", "iso_8859_11", "thai");
      codec("iso8859-13", "ISO-8859-13", "iso8859_13", "iso_8859_13", "latin7", "l7");
      codec("iso8859-15", "ISO-8859-15", "iso8859_15", "iso_8859_15", "latin9", "l9");
      codec("iso8859-16", "ISO-8859-16", "iso8859_16", "iso_8859_16", "latin10", "l10");
      for (int n = 1250; n <= 1258; n++) {
        codec("cp" + n, "windows-" + n, "windows_" + n);
      }
      codec("koi8-r", "KOI8-R", "koi8_r", "cskoi8r");
      codec("koi8-u", "KOI8-U", "koi8_u");
      codec("mac-roman", "x-MacRoman", "mac_roman", "macroman", "macintosh");
      codec("mac-latin2", "x-MacCentralEurope", "mac_latin2", "maclatin2", "maccentraleurope",
          "mac_centeuro");
      codec("cp437", "IBM437", "437", "ibm437");
      codec("cp737", "x-IBM737");
      codec("cp775", "IBM775", "ibm775");
      codec("cp850", "IBM850", "850", "ibm850");
      codec("cp852", "IBM852", "852", "ibm852");
      codec("cp855", "IBM855", "855", "ibm855");
      codec("cp857", "IBM857", "857", "ibm857");
      codec("cp858", "IBM00858", "858", "ibm858");
      codec("cp862", "IBM862", "862", "ibm862");
      codec("cp866", "IBM866", "866", "ibm866");
      codec("cp869", "IBM869", "869", "ibm869", "cp_gr");
      codec("cp874", "x-windows-874");
      codec("shift_jis", "Shift_JIS", "csshiftjis", "shiftjis", "sjis", "s_jis");
      codec("cp932", "windows-31j", "932", "ms932", "mskanji", "ms_kanji");
      codec("euc_jp", "EUC-JP", "eucjp", "ujis", "u_jis");
      codec("iso2022_jp", "ISO-2022-JP", "csiso2022jp", "iso2022jp", "iso_2022_jp");
      codec("euc_kr", "EUC-KR", "euckr", "korean", "ksc5601", "ks_c_5601", "ks_c_5601_1987",
          "ksx1001", "ks_x_1001");
      codec("cp949", "x-windows-949", "949", "ms949", "uhc");
      codec("gb2312", "GB2312", "chinese", "csiso58gb231280", "euc_cn", "euccn",
          "eucgb2312_cn", "gb2312_1980", "gb2312_80", "iso_ir_58");
      codec("gbk", "GBK", "936", "cp936", "ms936");
      codec("gb18030", "GB18030", "gb18030_2000");
      codec("big5", "Big5", "big5_tw", "csbig5");
      codec("big5hkscs", "Big5-HKSCS", "big5_hkscs", "hkscs");
    }
  }

  /**
   * Normalizes a codec name as Python's codec registry and encodings package do: lower
   * case, each run of characters other than ASCII letters, digits and '.' becomes one '_',
   * none at either end.
   */
  static String pythonNormalize(String name) {
    StringBuilder sb = new StringBuilder();
    boolean punct = false;
    for (int i = 0; i < name.length(); i++) {
      char c = Character.toLowerCase(name.charAt(i));
      boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.';
      if (keep) {
        if (punct && !sb.isEmpty()) {
          sb.append('_');
        }
        sb.append(c);
        punct = false;
      } else {
        punct = true;
      }
    }
    return sb.toString();
  }

  /** The Python codec a declared name resolves to, or null if pyjit does not know it. */
  static String pythonCodec(String declared) {
    String norm = pythonNormalize(declared);
    String codec = Codecs.ALIASES.get(norm);
    if (codec == null) {
      codec = Codecs.ALIASES.get(norm.replace('.', '_'));
    }
    return codec;
  }

  /** The Java charset for a declared encoding name, or null. */
  static Charset lookupCodec(String declared) {
    String codec = pythonCodec(declared);
    if (codec == null) {
      return null;
    }
    String javaName = Codecs.CODEC_TO_JAVA.get(codec);
    return javaName != null && Charset.isSupported(javaName) ? Charset.forName(javaName) : null;
  }

  // ---- UTF-8 ----------------------------------------------------------------------------

  /**
   * Length of the well-formed UTF-8 sequence at s[i], or 0 if there is none; the same
   * rules as CPython's tokenizer check (no overlongs, no surrogates, nothing past U+10FFFF).
   */
  private static int utf8Length(byte[] s, int i, int end) {
    int b = s[i] & 0xff;
    if (b < 0x80) {
      return 1;
    }
    int need;
    int lo = 0x80;
    int hi = 0xbf;
    if (b < 0xc2) {
      return 0;
    } else if (b < 0xe0) {
      need = 1;
    } else if (b < 0xf0) {
      need = 2;
      if (b == 0xe0) {
        lo = 0xa0;
      } else if (b == 0xed) {
        hi = 0x9f;
      }
    } else if (b < 0xf5) {
      need = 3;
      if (b == 0xf0) {
        lo = 0x90;
      } else if (b == 0xf4) {
        hi = 0x8f;
      }
    } else {
      return 0;
    }
    if (i + need >= end) {
      return 0;
    }
    int second = s[i + 1] & 0xff;
    if (second < lo || second > hi) {
      return 0;
    }
    for (int k = 2; k <= need; k++) {
      int c = s[i + k] & 0xff;
      if (c < 0x80 || c > 0xbf) {
        return 0;
      }
    }
    return need + 1;
  }

  /** Decodes UTF-8 that must be valid and NUL-free, reporting the first problem as CPython. */
  private static String strictUtf8(byte[] s, int from, String filename) {
    strictUtf8(s, from, s.length, filename);
    return new String(s, from, s.length - from, StandardCharsets.UTF_8);
  }

  private static void strictUtf8(byte[] s, int from, int to, String filename) {
    int line = 1;
    int lineStart = from;
    for (int i = from; i < to; ) {
      int b = s[i] & 0xff;
      if (b == '\n' || b == '\r') {
        i += b == '\r' && i + 1 < to && s[i + 1] == '\n' ? 2 : 1;
        line++;
        lineStart = i;
        continue;
      }
      if (b == 0) {
        throw nulError(escapingUtf8(s, lineStart, i), line, filename);
      }
      int n = utf8Length(s, i, to);
      if (n == 0) {
        throw new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR,
            String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d,"
                + " but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                b, filename, line),
            null, -1, 0, -1, 0, null);
      }
      i += n;
    }
  }

  /** Decodes UTF-8, turning each byte of a bad sequence into U+DC80..U+DCFF. */
  private static String escapingUtf8(byte[] s, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    for (int i = from; i < to; ) {
      int n = utf8Length(s, i, to);
      if (n == 0) {
        sb.append((char) (0xdc00 + (s[i] & 0xff)));
        i++;
      } else {
        sb.append(new String(s, i, n, StandardCharsets.UTF_8));
        i += n;
      }
    }
    return sb.toString();
  }

  // ---- errors ---------------------------------------------------------------------------

  private static String checkNul(String text, String filename) {
    int nul = text.indexOf('\0');
    if (nul < 0) {
      return text;
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < nul; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    throw nulError(text.substring(lineStart, nul), line, filename);
  }

  private static SyntaxErrorException nulError(String linePrefix, int line, String filename) {
    // CPython's text is the line cut at the NUL; column 0 means no caret is drawn.
    return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR,
        "source code cannot contain null bytes", filename, line, 0, line, 0, linePrefix);
  }

  private static SyntaxErrorException encodingProblem(String what) {
    return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR,
        "encoding problem: " + what, null, -1, 0, -1, 0, null);
  }
}
