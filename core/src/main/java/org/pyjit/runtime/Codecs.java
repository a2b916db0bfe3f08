package org.pyjit.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Locale;

/**
 * str.encode and bytes.decode for the codecs programs use most: utf-8 (and utf-8-sig),
 * ascii, latin-1, utf-16, utf-32 and a few single-byte code pages (cp1252 ..., see {@link
 * #CHARMAPS}), with the error handlers strict, ignore, replace, backslashreplace,
 * surrogateescape, surrogatepass (UTF-8) and, when encoding, xmlcharrefreplace and
 * namereplace. Codecs that are not text encodings (rot13, base64 ...) get CPython's
 * LookupError. Contract: the UTF-8 decoder
 * reports errors exactly where CPython does (the maximal invalid subsequence, "invalid
 * start byte" / "invalid continuation byte" / "unexpected end of data"), because
 * programs print the positions; Java's decoders do not follow those rules.
 */
final class Codecs {
  private Codecs() {}

  static String normalize(String encoding) {
    return normalize(encoding, "encode");
  }

  /** The codec's canonical name; {@code use} names codecs' function in the LookupError. */
  private static String normalize(String encoding, String use) {
    String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-').strip();
    return switch (e) {
      case "utf-8", "utf8", "u8", "utf", "cp65001" -> "utf-8";
      case "ascii", "us-ascii", "646" -> "ascii";
      case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859", "cp819", "latin" ->
          "latin-1";
      case "utf-16", "utf16", "u16" -> "utf-16";
      case "utf-16-le", "utf-16le" -> "utf-16-le";
      case "utf-16-be", "utf-16be" -> "utf-16-be";
      case "cp1252", "windows-1252" -> "cp1252";
      case "utf-32", "utf32", "u32" -> "utf-32";
      case "utf-32-le", "utf-32le" -> "utf-32-le";
      case "utf-32-be", "utf-32be" -> "utf-32-be";
      case "utf-8-sig", "utf8-sig" -> "utf-8-sig";
      case "cp1251", "windows-1251" -> "cp1251";
      case "cp1250", "windows-1250" -> "cp1250";
      case "cp437", "ibm437", "437" -> "cp437";
      case "cp850", "ibm850", "850" -> "cp850";
      case "iso-8859-15", "iso8859-15", "latin-9", "latin9", "l9" -> "iso-8859-15";
      case "iso-8859-2", "iso8859-2", "latin-2", "latin2", "l2" -> "iso-8859-2";
      case "koi8-r" -> "koi8-r";
      case "mac-roman", "macroman" -> "mac-roman";
      case "rot13", "rot-13", "base64", "base-64", "base64-codec", "hex", "hex-codec", "zlib",
          "zip", "zlib-codec", "bz2", "bz2-codec", "quopri", "quotedprintable",
          "quoted-printable", "quopri-codec", "uu", "uu-codec" ->
          throw Errors.raise(Types.LOOKUP_ERROR, "'" + encoding + "' is not a text encoding;"
              + " use codecs." + use + "() to handle arbitrary codecs");
      default -> throw Errors.raise(Types.LOOKUP_ERROR, "unknown encoding: " + encoding);
    };
  }

  /**
   * The single-byte code pages, by normalized name: Java's charset of the same table (checked
   * byte for byte against CPython 3.13's, where U+FFFD marks CPython's undefined bytes).
   */
  private static final java.util.Map<String, String> CHARMAPS = java.util.Map.of(
      "cp1252", "windows-1252", "cp1251", "windows-1251", "cp1250", "windows-1250",
      "cp437", "IBM437", "cp850", "IBM850", "iso-8859-15", "ISO-8859-15",
      "iso-8859-2", "ISO-8859-2", "koi8-r", "KOI8-R", "mac-roman", "x-MacRoman");

  /**
   * A code page both ways: its 256 characters (U+FFFD where it has none) and each defined
   * character's byte. Made once per code page, on its first use.
   */
  private record Charmap(String chars, java.util.Map<Integer, Integer> bytes) {}

  private static final java.util.Map<String, Charmap> CHARMAP_TABLES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static Charmap charmap(String enc) {
    return CHARMAP_TABLES.computeIfAbsent(enc, e -> {
      byte[] all = new byte[256];
      for (int i = 0; i < 256; i++) {
        all[i] = (byte) i;
      }
      String chars = new String(all, Charset.forName(CHARMAPS.get(e)));
      java.util.Map<Integer, Integer> bytes = new java.util.HashMap<>();
      for (int i = 0; i < 256; i++) {
        if (chars.charAt(i) != '\ufffd') {
          bytes.put((int) chars.charAt(i), i);
        }
      }
      return new Charmap(chars, bytes);
    });
  }

  private static String decodeCharmap(byte[] b, String enc, String errors) {
    String table = charmap(enc).chars();
    StringBuilder sb = new StringBuilder(b.length);
    for (int i = 0; i < b.length; i++) {
      char c = table.charAt(b[i] & 0xff);
      if (c != '\ufffd') {
        sb.append(c);
      } else {
        i = handleDecode(sb, b, i, i + 1, "charmap", "character maps to <undefined>", errors)
            - 1;
      }
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------ decoding

  static String decode(byte[] b, String encoding, String errors) {
    String enc = normalize(encoding, "decode");
    switch (enc) {
      case "utf-8" -> {
        return decodeUtf8(b, errors);
      }
      case "latin-1" -> {
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
      }
      case "ascii" -> {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < b.length; i++) {
          if (b[i] >= 0) {
            sb.append((char) b[i]);
          } else {
            i = handleDecode(sb, b, i, i + 1, "ascii", "ordinal not in range(128)", errors) - 1;
          }
        }
        return sb.toString();
      }
      case "utf-16" -> {
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
          return new String(b, 2, b.length - 2, java.nio.charset.StandardCharsets.UTF_16BE);
        }
        int off = b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe ? 2 : 0;
        return new String(b, off, b.length - off, java.nio.charset.StandardCharsets.UTF_16LE);
      }
      case "utf-16-le" -> {
        return new String(b, java.nio.charset.StandardCharsets.UTF_16LE);
      }
      case "utf-16-be" -> {
        return new String(b, java.nio.charset.StandardCharsets.UTF_16BE);
      }
      case "utf-32", "utf-32-le", "utf-32-be" -> {
        boolean be = enc.equals("utf-32-be");
        int off = 0;
        if (enc.equals("utf-32") && b.length >= 4) {
          if (b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff) {
            be = true;
            off = 4;
          } else if ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0) {
            off = 4;
          }
        }
        return new String(b, off, b.length - off, Charset.forName(be ? "UTF-32BE" : "UTF-32LE"));
      }
      case "utf-8-sig" -> {
        boolean bom = b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb
            && (b[2] & 0xff) == 0xbf;
        return decodeUtf8(bom ? java.util.Arrays.copyOfRange(b, 3, b.length) : b, errors);
      }
      default -> {
        return decodeCharmap(b, enc, errors);
      }
    }
  }

  private static String decodeUtf8(byte[] b, String errors) {
    StringBuilder sb = new StringBuilder(b.length);
    int i = 0;
    int n = b.length;
    while (i < n) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        sb.append((char) c);
        i++;
        continue;
      }
      int need;
      int lo = 0x80;
      int hi = 0xbf;
      if (c >= 0xc2 && c <= 0xdf) {
        need = 1;
      } else if (c >= 0xe0 && c <= 0xef) {
        need = 2;
        if (c == 0xe0) {
          lo = 0xa0;
        } else if (c == 0xed) {
          hi = 0x9f;
        }
      } else if (c >= 0xf0 && c <= 0xf4) {
        need = 3;
        if (c == 0xf0) {
          lo = 0x90;
        } else if (c == 0xf4) {
          hi = 0x8f;
        }
      } else {
        i = handleDecode(sb, b, i, i + 1, "utf-8", "invalid start byte", errors);
        continue;
      }
      int cp = c & (0x3f >> need);
      int j = i + 1;
      String reason = null;
      for (int m = 0; m < need; m++, j++) {
        if (j >= n) {
          reason = "unexpected end of data";
          break;
        }
        int d = b[j] & 0xff;
        if (d < (m == 0 ? lo : 0x80) || d > (m == 0 ? hi : 0xbf)) {
          reason = "invalid continuation byte";
          break;
        }
        cp = (cp << 6) | (d & 0x3f);
      }
      if (reason != null) {
        i = handleDecode(sb, b, i, j, "utf-8", reason, errors);
        continue;
      }
      sb.appendCodePoint(cp);
      i = j;
    }
    return sb.toString();
  }

  /** Applies the error handler to b[start..end); returns where decoding resumes. */
  private static int handleDecode(StringBuilder sb, byte[] b, int start, int end, String enc,
      String reason, String errors) {
    switch (errors) {
      case "ignore" -> { }
      case "replace" -> sb.append('\ufffd');
      case "backslashreplace" -> {
        for (int i = start; i < end; i++) {
          sb.append(String.format("\\x%02x", b[i] & 0xff));
        }
      }
      case "surrogateescape" -> {
        for (int i = start; i < end; i++) {
          if ((b[i] & 0xff) < 128) {
            throw decodeError(b, start, end, enc, reason);
          }
          sb.append((char) (0xdc00 + (b[i] & 0xff)));
        }
      }
      case "surrogatepass" -> {
        // a surrogate encoded as UTF-8 (ED A0..BF 80..BF): CPython's handler decodes it
        if (enc.equals("utf-8") && start + 2 < b.length && (b[start] & 0xff) == 0xed
            && (b[start + 1] & 0xe0) == 0xa0 && (b[start + 2] & 0xc0) == 0x80) {
          sb.append((char) (0xd000 | (b[start + 1] & 0x3f) << 6 | (b[start + 2] & 0x3f)));
          return start + 3;
        }
        throw decodeError(b, start, end, enc, reason);
      }
      case "strict" -> throw decodeError(b, start, end, enc, reason);
      default -> throw Errors.raise(Types.LOOKUP_ERROR,
          "unknown error handler name '" + errors + "'");
    }
    return end;
  }

  private static PyException decodeError(byte[] b, int start, int end, String enc,
      String reason) {
    String msg = end - start == 1
        ? String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", enc,
            b[start] & 0xff, start, reason)
        : String.format("'%s' codec can't decode bytes in position %d-%d: %s", enc, start,
            end - 1, reason);
    PyException e = Errors.raise(Types.UNICODE_DECODE_ERROR, msg);
    e.value.args = PyTuple.of(enc, new PyBytes(b), (long) start, (long) end, reason);
    e.value.dict.put("encoding", enc);
    e.value.dict.put("object", new PyBytes(b));
    e.value.dict.put("start", (long) start);
    e.value.dict.put("end", (long) end);
    e.value.dict.put("reason", reason);
    return e;
  }

  // ------------------------------------------------------------------ encoding

  static byte[] encode(String s, String encoding, String errors) {
    String enc = normalize(encoding);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    switch (enc) {
      case "utf-16", "utf-16-le", "utf-16-be" -> {
        if (enc.equals("utf-16")) {
          out.write(0xff);
          out.write(0xfe);
        }
        out.writeBytes(s.getBytes(enc.equals("utf-16-be")
            ? java.nio.charset.StandardCharsets.UTF_16BE
            : java.nio.charset.StandardCharsets.UTF_16LE));
        return out.toByteArray();
      }
      case "utf-8-sig" -> {
        out.writeBytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        out.writeBytes(encode(s, "utf-8", errors));
        return out.toByteArray();
      }
      case "utf-32", "utf-32-le", "utf-32-be" -> {
        if (enc.equals("utf-32")) {
          out.writeBytes(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0});
        }
        out.writeBytes(s.getBytes(Charset.forName(enc.equals("utf-32-be") ? "UTF-32BE"
            : "UTF-32LE")));
        return out.toByteArray();
      }
      default -> { }
    }
    int limit = enc.equals("ascii") ? 128 : enc.equals("latin-1") ? 256 : Integer.MAX_VALUE;
    java.util.Map<Integer, Integer> charmap =
        CHARMAPS.containsKey(enc) ? charmap(enc).bytes() : null;
    String errorName = charmap != null ? "charmap" : enc; // as CPython's messages name it
    int errorLimit = charmap != null ? -1 : limit;
    int pos = 0;
    for (int i = 0; i < s.length(); pos++) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      boolean surrogate = cp >= 0xd800 && cp <= 0xdfff;
      if (charmap != null) {
        Integer byteValue = charmap.get(cp);
        if (byteValue != null) {
          out.write(byteValue);
          continue;
        }
      } else if (encodable(cp, limit)) {
        if (limit == Integer.MAX_VALUE) {
          out.writeBytes(new String(Character.toChars(cp))
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else {
          out.write(cp);
        }
        continue;
      }
      switch (errors) {
        case "ignore" -> { }
        case "replace" -> out.write('?');
        case "backslashreplace" -> out.writeBytes(Builtins.ascii(new String(
            Character.toChars(cp))).replace("'", "").getBytes());
        case "xmlcharrefreplace" -> out.writeBytes(("&#" + cp + ";").getBytes());
        case "namereplace" -> {
          String name = org.pyjit.parse.UnicodeNames.name(cp);
          out.writeBytes((name != null ? "\\N{" + name + "}" : Builtins.ascii(new String(
              Character.toChars(cp))).replace("'", "")).getBytes());
        }
        case "surrogatepass" -> {
          if (surrogate && charmap == null && limit == Integer.MAX_VALUE) {
            out.write(0xe0 | cp >> 12);
            out.write(0x80 | (cp >> 6 & 0x3f));
            out.write(0x80 | (cp & 0x3f));
          } else {
            throw encodeError(s, cp, pos, pos + unencodableRun(s, i, charmap, limit), errorName,
                errorLimit);
          }
        }
        case "surrogateescape" -> {
          if (cp >= 0xdc80 && cp <= 0xdcff) {
            out.write(cp - 0xdc00);
          } else {
            throw encodeError(s, cp, pos, pos + unencodableRun(s, i, charmap, limit), errorName,
                errorLimit);
          }
        }
        case "strict" -> throw encodeError(s, cp, pos, pos + unencodableRun(s, i, charmap, limit),
            errorName, errorLimit);
        default -> throw Errors.raise(Types.LOOKUP_ERROR,
            "unknown error handler name '" + errors + "'");
      }
    }
    return out.toByteArray();
  }

  /**
   * Checks that the standard streams can write {@code s} in UTF-8: CPython's
   * UnicodeEncodeError ("surrogates not allowed", positions in {@code s}) for a lone
   * surrogate, which Java's encoder would silently replace by '?'.
   */
  static void checkWritable(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
          continue;
        }
        if (STDIO_SURROGATEESCAPE && c >= 0xdc80 && c <= 0xdcff) {
          continue; // CPython writes the byte it stands for; pyjit '?' (a known gap)
        }
        encode(s, "utf-8", STDIO_SURROGATEESCAPE ? "surrogateescape" : "strict");
      }
    }
  }

  /**
   * Whether CPython's standard streams would use the surrogateescape error handler: in the
   * C and POSIX locales and the UTF-8 ones it coerces to (C.UTF-8, ...), as its
   * config_get_stdio_errors decides from LC_ALL, LC_CTYPE or LANG; strict elsewhere.
   */
  private static final boolean STDIO_SURROGATEESCAPE = stdioSurrogateescape();

  private static boolean stdioSurrogateescape() {
    String loc = null;
    for (String var : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
      String v = System.getenv(var);
      if (v != null && !v.isEmpty()) {
        loc = v;
        break;
      }
    }
    return loc == null || loc.equals("C") || loc.equals("POSIX") || loc.equals("C.UTF-8")
        || loc.equals("C.utf8") || loc.equals("UTF-8");
  }

  /** Whether the UTF-8 (limit MAX_VALUE), ASCII or Latin-1 encoder takes cp. */
  private static boolean encodable(int cp, int limit) {
    return cp < limit && !(limit == Integer.MAX_VALUE && cp >= 0xd800 && cp <= 0xdfff);
  }

  /**
   * How many code points from char index i on the encoder cannot take either: CPython's
   * encoders report a whole run of them in one error (start to end).
   */
  private static int unencodableRun(String s, int i, java.util.Map<Integer, Integer> charmap,
      int limit) {
    int n = 1;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (charmap != null ? charmap.containsKey(cp) : encodable(cp, limit)) {
        break;
      }
      i += Character.charCount(cp);
      n++;
    }
    return n;
  }

  private static PyException encodeError(String s, int cp, int pos, int end, String enc,
      int limit) {
    String reason = limit == Integer.MAX_VALUE ? "surrogates not allowed"
        : limit < 0 ? "character maps to <undefined>" : "ordinal not in range(" + limit + ")";
    String ch = Builtins.ascii(new String(Character.toChars(cp)));
    String msg = "'" + enc + "' codec can't encode " + (end - pos == 1 ? "character " + ch
        + " in position " + pos : "characters in position " + pos + "-" + (end - 1))
        + ": " + reason;
    PyException e = Errors.raise(Types.UNICODE_ENCODE_ERROR, msg);
    e.value.args = PyTuple.of(enc, s, (long) pos, (long) end, reason);
    e.value.dict.put("encoding", enc);
    e.value.dict.put("object", s);
    e.value.dict.put("start", (long) pos);
    e.value.dict.put("end", (long) end);
    e.value.dict.put("reason", reason);
    return e;
  }
}
