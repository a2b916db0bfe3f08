package org.pyjit.modules;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import org.pyjit.runtime.ArgParser;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.MathModule;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyModule;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyStructSeq;
import org.pyjit.runtime.PyTuple;
import org.pyjit.runtime.PyType;
import org.pyjit.runtime.Types;

/**
 * The {@code time} module: clocks (java.time and System.nanoTime), struct_time (a struct
 * sequence with tm_zone and tm_gmtoff beside its nine items), conversions between seconds
 * and broken-down time in UTC and in the local zone (the JVM's default zone, which it takes
 * from TZ at start, as CPython's tzset), and strftime/strptime in the C locale.
 * {@link #strptime} also serves datetime.strptime (through {@code time._strptime}), which
 * needs the microseconds and UTC offset a struct_time cannot carry.
 */
public final class TimeModule {
  private TimeModule() {}

  static final PyType STRUCT_TIME = PyStructSeq.typeWithExtra("time", "struct_time",
      new String[] {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
          "tm_yday", "tm_isdst"}, "tm_zone", "tm_gmtoff");

  private static final long START_NANOS = System.nanoTime();

  public static PyModule module() {
    PyDict d = new PyDict();
    d.put("__name__", "time");
    d.put("struct_time", STRUCT_TIME);
    for (Fn f : Fn.values()) {
      d.put(f.name(), new PyBuiltinFunction(f.name(), f));
    }
    ZoneId zone = ZoneId.systemDefault();
    int year = LocalDateTime.now().getYear();
    ZonedDateTime jan = ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, zone);
    ZonedDateTime jul = ZonedDateTime.of(year, 7, 1, 0, 0, 0, 0, zone);
    int offJan = jan.getOffset().getTotalSeconds();
    int offJul = jul.getOffset().getTotalSeconds();
    boolean north = offJan <= offJul;
    int std = north ? offJan : offJul;
    int dst = north ? offJul : offJan;
    d.put("timezone", (long) -std);
    d.put("altzone", (long) -dst);
    d.put("daylight", offJan != offJul ? 1L : 0L);
    d.put("tzname", PyTuple.of(zoneName(north ? jan : jul), zoneName(north ? jul : jan)));
    return new PyModule("time", d);
  }

  /** The zone's abbreviation as C's tzname ("UTC", "CET", or "+03" for an unnamed one). */
  private static String zoneName(ZonedDateTime t) {
    ZoneId z = t.getZone();
    if (z instanceof ZoneOffset || z.getId().equals("UTC") || z.getId().equals("Etc/UTC")
        || z.getId().equals("Z")) {
      int off = t.getOffset().getTotalSeconds();
      if (off == 0) {
        return "UTC";
      }
      return offsetName(off);
    }
    String n = z.getDisplayName(TextStyle.SHORT, Locale.ROOT);
    String s = java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ROOT).format(t);
    return s.startsWith("GMT") && s.length() > 3 ? offsetName(t.getOffset().getTotalSeconds())
        : s.isEmpty() ? n : s;
  }

  private static String offsetName(int off) {
    int a = Math.abs(off);
    return (off < 0 ? "-" : "+") + String.format("%02d", a / 3600)
        + (a % 3600 == 0 ? "" : String.format("%02d", a % 3600 / 60));
  }

  // ------------------------------------------------------------------ conversions

  /** seconds (an int or float, or None for now) as a whole second, as CPython's. */
  private static long secondsArg(String fn, Object o) {
    if (o == null || o == PySingleton.NONE) {
      return Math.floorDiv(System.currentTimeMillis(), 1000);
    }
    if (o instanceof Double dd) {
      if (dd.isNaN()) {
        throw Errors.valueError("Invalid value NaN (not a number)");
      }
      if (dd.isInfinite() || Math.abs(dd) > 9.2e18) {
        throw Errors.overflow("timestamp out of range for platform time_t");
      }
      return (long) (double) dd; // truncated toward zero, as _PyTime_ROUND_FLOOR on time_t
    }
    if (o instanceof Long || o instanceof Boolean || o instanceof java.math.BigInteger) {
      if (o instanceof java.math.BigInteger) {
        throw Errors.overflow("timestamp out of range for platform time_t");
      }
      return Ops.asIndex(o);
    }
    throw Errors.typeError("'" + Types.typeOf(o).name
        + "' object cannot be interpreted as an integer");
  }

  static PyStructSeq structTime(ZonedDateTime t) {
    PyStructSeq s = PyStructSeq.of(STRUCT_TIME, (long) t.getYear(), (long) t.getMonthValue(),
        (long) t.getDayOfMonth(), (long) t.getHour(), (long) t.getMinute(),
        (long) t.getSecond(), (long) (t.getDayOfWeek().getValue() - 1),
        (long) t.getDayOfYear(), isDst(t) ? 1L : 0L);
    // gmtime's zone is named GMT, as glibc names it; localtime's the local zone's name
    s.extra = new Object[] {t.getZone() == ZoneOffset.UTC ? "GMT" : zoneName(t),
        (long) t.getOffset().getTotalSeconds()};
    return s;
  }

  private static boolean isDst(ZonedDateTime t) {
    return t.getZone().getRules().isDaylightSavings(t.toInstant());
  }

  private static ZonedDateTime at(long seconds, ZoneId zone) {
    try {
      return Instant.ofEpochSecond(seconds).atZone(zone);
    } catch (java.time.DateTimeException | ArithmeticException e) {
      throw Errors.overflow("timestamp out of range for platform time_t");
    }
  }

  /** The nine fields of a struct_time or 9-tuple, checked as CPython's gettmarg. */
  private static long[] fields(String fn, Object o) {
    if (!(o instanceof PyTuple t)) {
      throw Errors.typeError("Tuple or struct_time argument required");
    }
    if (t.items.length != 9) {
      throw Errors.typeError(fn + "(): illegal time tuple argument");
    }
    long[] f = new long[9];
    for (int i = 0; i < 9; i++) {
      Object x = t.items[i];
      if (!(x instanceof Long) && !(x instanceof Boolean)
          && !(x instanceof java.math.BigInteger)) {
        throw Errors.typeError("'" + Types.typeOf(x).name
            + "' object cannot be interpreted as an integer");
      }
      f[i] = Ops.asIndex(x);
    }
    return f;
  }

  /** Checks a struct_time's fields as CPython's checktm (strftime and asctime). */
  private static void check(long[] f, boolean forStrftime) {
    if (forStrftime) {
      if (f[1] == 0) {
        f[1] = 1;
      }
      if (f[2] == 0) {
        f[2] = 1;
      }
      if (f[7] == 0) {
        f[7] = 1;
      }
    }
    if (f[1] < 1 || f[1] > 12) {
      throw Errors.valueError("month out of range");
    }
    if (f[2] < 1 || f[2] > 31) {
      throw Errors.valueError("day of month out of range");
    }
    if (f[3] < 0 || f[3] > 23) {
      throw Errors.valueError("hour out of range");
    }
    if (f[4] < 0 || f[4] > 59) {
      throw Errors.valueError("minute out of range");
    }
    if (f[5] < 0 || f[5] > 61) {
      throw Errors.valueError("seconds out of range");
    }
    if (f[6] < 0) {
      throw Errors.valueError("day of week out of range");
    }
    if (f[7] < 1 || f[7] > 366) {
      throw Errors.valueError("day of year out of range");
    }
  }

  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May",
      "June", "July", "August", "September", "October", "November", "December"};

  private static String asctime(long[] f) {
    return String.format("%s %s %2d %02d:%02d:%02d %d", DAYS[(int) (f[6] % 7)].substring(0, 3),
        MONTHS[(int) f[1] - 1].substring(0, 3), f[2], f[3], f[4], f[5], f[0]);
  }

  /**
   * C's strftime in the C locale over the nine fields (tm_wday 0 = Monday, as Python's) and
   * the zone name and offset ({@code zone} null: the local zone's). Unknown directives are
   * copied as glibc copies them.
   */
  public static String strftime(String fmt, long[] f, String zone, Long gmtoff) {
    StringBuilder sb = new StringBuilder();
    int wday = (int) Math.floorMod(f[6] + 1, 7); // C: 0 = Sunday
    for (int i = 0; i < fmt.length(); i++) {
      char c = fmt.charAt(i);
      if (c != '%' || i + 1 >= fmt.length()) {
        sb.append(c);
        continue;
      }
      char d = fmt.charAt(++i);
      switch (d) {
        case 'a' -> sb.append(DAYS[(int) Math.floorMod(f[6], 7)], 0, 3);
        case 'A' -> sb.append(DAYS[(int) Math.floorMod(f[6], 7)]);
        case 'b', 'h' -> sb.append(MONTHS[(int) f[1] - 1], 0, 3);
        case 'B' -> sb.append(MONTHS[(int) f[1] - 1]);
        case 'c' -> sb.append(asctime(f).replaceAll(" (\\d+)$", " $1"));
        case 'C' -> sb.append(String.format("%02d", Math.floorDiv(f[0], 100)));
        case 'd' -> sb.append(String.format("%02d", f[2]));
        case 'D' -> sb.append(String.format("%02d/%02d/%02d", f[1], f[2], Math.floorMod(f[0], 100)));
        case 'e' -> sb.append(String.format("%2d", f[2]));
        case 'F' -> sb.append(String.format("%d-%02d-%02d", f[0], f[1], f[2]));
        case 'H' -> sb.append(String.format("%02d", f[3]));
        case 'I' -> sb.append(String.format("%02d", f[3] % 12 == 0 ? 12 : f[3] % 12));
        case 'j' -> sb.append(String.format("%03d", f[7]));
        case 'm' -> sb.append(String.format("%02d", f[1]));
        case 'M' -> sb.append(String.format("%02d", f[4]));
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'p' -> sb.append(f[3] < 12 ? "AM" : "PM");
        case 'r' -> sb.append(String.format("%02d:%02d:%02d %s",
            f[3] % 12 == 0 ? 12 : f[3] % 12, f[4], f[5], f[3] < 12 ? "AM" : "PM"));
        case 'R' -> sb.append(String.format("%02d:%02d", f[3], f[4]));
        case 'S' -> sb.append(String.format("%02d", f[5]));
        case 'T', 'X' -> sb.append(String.format("%02d:%02d:%02d", f[3], f[4], f[5]));
        case 'u' -> sb.append(wday == 0 ? 7 : wday);
        case 'w' -> sb.append(wday);
        case 'x' -> sb.append(String.format("%02d/%02d/%02d", f[1], f[2], Math.floorMod(f[0], 100)));
        case 'y' -> sb.append(String.format("%02d", Math.floorMod(f[0], 100)));
        case 'Y' -> sb.append(f[0]);
        case 'G', 'g', 'V' -> {
          java.time.LocalDate date = java.time.LocalDate.of((int) f[0], (int) f[1], (int) f[2]);
          int wy = date.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR);
          int wk = date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
          sb.append(d == 'G' ? String.valueOf(wy) : d == 'g' ? String.format("%02d", wy % 100)
              : String.format("%02d", wk));
        }
        case 'U' -> sb.append(String.format("%02d", (f[7] - 1 + 7 - wday) / 7));
        case 'W' -> sb.append(String.format("%02d", (f[7] - 1 + 7 - Math.floorMod(wday - 1, 7)) / 7));
        case 'z' -> {
          if (gmtoff != null) {
            long o = gmtoff;
            long a = Math.abs(o);
            sb.append(o < 0 ? '-' : '+').append(String.format("%02d%02d", a / 3600, a % 3600 / 60));
          }
        }
        case 'Z' -> sb.append(zone == null ? "" : zone);
        case '%' -> sb.append('%');
        default -> sb.append('%').append(d);
      }
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------ strptime

  /**
   * Parses {@code s} by {@code fmt} as CPython's _strptime: returns year, month, day, hour,
   * minute, second, weekday, yearday, isdst, microsecond, UTC offset in seconds (or None),
   * zone name (or None).
   */
  static PyTuple strptime(String s, String fmt) {
    int[] pos = {0};
    long year = 1900;
    long month = 1;
    long day = 1;
    long hour = 0;
    long minute = 0;
    long second = 0;
    long micro = 0;
    long wdayParsed = -1;
    long yday = -1;
    Object gmtoff = PySingleton.NONE;
    Object zoneName = PySingleton.NONE;
    boolean pm = false;
    boolean ampm = false;
    boolean twelve = false;
    long isdst = -1;
    for (int i = 0; i < fmt.length(); i++) {
      char c = fmt.charAt(i);
      if (Character.isWhitespace(c)) {
        while (i + 1 < fmt.length() && Character.isWhitespace(fmt.charAt(i + 1))) {
          i++;
        }
        while (pos[0] < s.length() && Character.isWhitespace(s.charAt(pos[0]))) {
          pos[0]++;
        }
        continue;
      }
      if (c != '%') {
        if (pos[0] >= s.length() || Character.toLowerCase(s.charAt(pos[0]))
            != Character.toLowerCase(c)) {
          throw mismatch(s, fmt);
        }
        pos[0]++;
        continue;
      }
      if (i + 1 >= fmt.length()) {
        throw Errors.valueError("stray % in format '" + fmt + "'");
      }
      char d = fmt.charAt(++i);
      switch (d) {
        case 'Y' -> year = number(s, pos, 4, 4, fmt);
        case 'y' -> {
          long y = number(s, pos, 2, 2, fmt);
          year = y <= 68 ? 2000 + y : 1900 + y;
        }
        case 'm' -> month = range(number(s, pos, 1, 2, fmt), 1, 12, s, fmt);
        case 'd' -> day = range(number(s, pos, 1, 2, fmt), 1, 31, s, fmt);
        case 'H' -> hour = range(number(s, pos, 1, 2, fmt), 0, 23, s, fmt);
        case 'I' -> {
          hour = range(number(s, pos, 1, 2, fmt), 1, 12, s, fmt);
          twelve = true;
        }
        case 'M' -> minute = range(number(s, pos, 1, 2, fmt), 0, 59, s, fmt);
        case 'S' -> second = range(number(s, pos, 1, 2, fmt), 0, 61, s, fmt);
        case 'j' -> yday = range(number(s, pos, 1, 3, fmt), 1, 366, s, fmt);
        case 'f' -> {
          int start = pos[0];
          long v = number(s, pos, 1, 6, fmt);
          for (int n = pos[0] - start; n < 6; n++) {
            v *= 10;
          }
          micro = v;
        }
        case 'p' -> {
          String w = word(s, pos, new String[] {"am", "pm"}, s, fmt);
          pm = w.equals("pm");
          ampm = true;
        }
        case 'b', 'B', 'h' -> {
          String[] names = new String[24];
          for (int m = 0; m < 12; m++) {
            names[m] = MONTHS[m].toLowerCase(Locale.ROOT);
            names[12 + m] = names[m].substring(0, 3);
          }
          String w = word(s, pos, names, s, fmt);
          for (int m = 0; m < 24; m++) {
            if (names[m].equals(w)) {
              month = m % 12 + 1;
            }
          }
        }
        case 'a', 'A' -> {
          String[] names = new String[14];
          for (int m = 0; m < 7; m++) {
            names[m] = DAYS[m].toLowerCase(Locale.ROOT);
            names[7 + m] = names[m].substring(0, 3);
          }
          String w = word(s, pos, names, s, fmt);
          for (int m = 0; m < 14; m++) {
            if (names[m].equals(w)) {
              wdayParsed = m % 7;
            }
          }
        }
        case 'w' -> {
          long w = range(number(s, pos, 1, 1, fmt), 0, 6, s, fmt);
          wdayParsed = (w + 6) % 7;
        }
        case 'z' -> {
          int p = pos[0];
          if (p < s.length() && s.charAt(p) == 'Z') {
            pos[0]++;
            gmtoff = 0L;
          } else {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "([+-])(\\d\\d):?(\\d\\d)(?::?(\\d\\d)(?:\\.(\\d{1,6}))?)?").matcher(s);
            m.region(p, s.length());
            if (!m.lookingAt()) {
              throw mismatch(s, fmt);
            }
            long off = Long.parseLong(m.group(2)) * 3600 + Long.parseLong(m.group(3)) * 60
                + (m.group(4) == null ? 0 : Long.parseLong(m.group(4)));
            gmtoff = m.group(1).equals("-") ? -off : off;
            pos[0] = m.end();
          }
        }
        case 'Z' -> {
          String w = word(s, pos, new String[] {"utc", "gmt"}, s, fmt);
          zoneName = w.toUpperCase(Locale.ROOT);
          isdst = 0;
        }
        case '%' -> {
          if (pos[0] >= s.length() || s.charAt(pos[0]) != '%') {
            throw mismatch(s, fmt);
          }
          pos[0]++;
        }
        default -> {
          throw Errors.valueError("'" + d + "' is a bad directive in format '%" + d + "'");
        }
      }
    }
    if (pos[0] < s.length()) {
      throw Errors.valueError("unconverted data remains: " + s.substring(pos[0]));
    }
    if (twelve) {
      hour = hour % 12 + (ampm && pm ? 12 : 0);
    }
    java.time.LocalDate date;
    try {
      if (yday > 0 && !fmt.contains("%m") && !fmt.contains("%d")) {
        date = java.time.LocalDate.ofYearDay((int) year, (int) yday);
        month = date.getMonthValue();
        day = date.getDayOfMonth();
      }
      date = java.time.LocalDate.of((int) year, (int) month, (int) day);
    } catch (java.time.DateTimeException e) {
      throw Errors.valueError("day is out of range for month");
    }
    long wday = date.getDayOfWeek().getValue() - 1;
    return PyTuple.of(year, month, day, hour, minute, second, wday,
        (long) date.getDayOfYear(), isdst, micro, gmtoff, zoneName);
  }

  private static org.pyjit.runtime.PyException mismatch(String s, String fmt) {
    return Errors.valueError("time data " + Ops.repr(s) + " does not match format "
        + Ops.repr(fmt));
  }

  private static long number(String s, int[] pos, int min, int max, String fmt) {
    int p = pos[0];
    int e = p;
    while (e < s.length() && e - p < max && s.charAt(e) >= '0' && s.charAt(e) <= '9') {
      e++;
    }
    if (e - p < min) {
      throw mismatch(s, fmt);
    }
    pos[0] = e;
    return Long.parseLong(s.substring(p, e));
  }

  private static long range(long v, long lo, long hi, String s, String fmt) {
    if (v < lo || v > hi) {
      throw mismatch(s, fmt);
    }
    return v;
  }

  /** The longest of {@code words} (lower case) at the position, case-insensitively. */
  private static String word(String s, int[] pos, String[] words, String str, String fmt) {
    String best = null;
    for (String w : words) {
      if (s.regionMatches(true, pos[0], w, 0, w.length())
          && (best == null || w.length() > best.length())) {
        best = w;
      }
    }
    if (best == null) {
      throw mismatch(str, fmt);
    }
    pos[0] += best.length();
    return best;
  }

  private static String strArg(String fn, Object o, int n) {
    if (!(o instanceof String s)) {
      throw Errors.typeError(fn + "() argument " + n + " must be str, not "
          + Types.typeOf(o).name);
    }
    return s;
  }

  private enum Fn implements PyBuiltinFunction.Body {
    time, time_ns, perf_counter, perf_counter_ns, monotonic, monotonic_ns, process_time,
    process_time_ns, thread_time, thread_time_ns, sleep, gmtime, localtime, mktime, asctime,
    ctime, strftime, strptime, _strptime, tzset;

    @Override
    public Object call(Object[] a, String[] k) {
      switch (this) {
        case time, time_ns: {
          ArgParser.noArgs(name(), a, k, 0);
          Instant now = Instant.now();
          long ns = now.getEpochSecond() * 1_000_000_000L + now.getNano();
          return this == time ? (Object) (ns / 1e9) : (Object) ns;
        }
        case perf_counter, monotonic: {
          ArgParser.noArgs(name(), a, k, 0);
          return (System.nanoTime() - START_NANOS) / 1e9;
        }
        case perf_counter_ns, monotonic_ns: {
          ArgParser.noArgs(name(), a, k, 0);
          return System.nanoTime() - START_NANOS;
        }
        case process_time, process_time_ns, thread_time, thread_time_ns: {
          ArgParser.noArgs(name(), a, k, 0);
          long ns;
          if (this == thread_time || this == thread_time_ns) {
            ns = java.lang.management.ManagementFactory.getThreadMXBean()
                .getCurrentThreadCpuTime();
          } else {
            ns = ProcessHandle.current().info().totalCpuDuration()
                .map(java.time.Duration::toNanos).orElse(0L);
          }
          return name().endsWith("_ns") ? (Object) ns : (Object) (ns / 1e9);
        }
        case sleep: {
          Object o = ArgParser.exactlyOne("time.sleep", a, k, 0);
          if (!(o instanceof Long || o instanceof Double || o instanceof Boolean)) {
            throw Errors.typeError("'" + Types.typeOf(o).name
                + "' object cannot be interpreted as an integer");
          }
          double secs = MathModule.real(o);
          if (Double.isNaN(secs)) {
            throw Errors.valueError("Invalid value NaN (not a number)");
          }
          if (secs < 0) {
            throw Errors.valueError("sleep length must be non-negative");
          }
          long ns = (long) (secs * 1e9);
          try {
            Thread.sleep(ns / 1_000_000, (int) (ns % 1_000_000));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return PySingleton.NONE;
        }
        case gmtime, localtime: {
          Object[] v = ArgParser.keywords(name(), a, k, 0, new String[] {"seconds"}, 1, 0);
          long secs = secondsArg(name(), v[0]);
          return structTime(at(secs, this == gmtime ? ZoneOffset.UTC : ZoneId.systemDefault()));
        }
        case mktime: {
          long[] f = fields("mktime", ArgParser.exactlyOne("mktime", a, k, 0));
          LocalDateTime base = LocalDateTime.of((int) f[0], 1, 1, 0, 0, 0);
          LocalDateTime t = base.plusMonths(f[1] - 1).plusDays(f[2] - 1).plusHours(f[3])
              .plusMinutes(f[4]).plusSeconds(f[5]);
          return (double) t.atZone(ZoneId.systemDefault()).toEpochSecond();
        }
        case asctime, ctime: {
          if (a.length > 1) {
            throw Errors.typeError(name() + " expected at most 1 argument, got " + a.length);
          }
          long[] f;
          if (this == ctime) {
            long secs = secondsArg("ctime", a.length == 0 ? null : a[0]);
            PyStructSeq st = structTime(at(secs, ZoneId.systemDefault()));
            f = fields("ctime", st);
          } else {
            Object t = a.length == 0 || a[0] == PySingleton.NONE
                ? structTime(at(secondsArg("asctime", null), ZoneId.systemDefault())) : a[0];
            f = fields("asctime", t);
            check(f, false);
          }
          return asctime(f);
        }
        case strftime: {
          if (a.length < 1 || a.length > 2) {
            throw Errors.typeError("strftime() takes at most 2 arguments (" + a.length
                + " given)");
          }
          String fmt = strArg("strftime", a[0], 1);
          Object t = a.length == 1
              ? structTime(at(secondsArg("strftime", null), ZoneId.systemDefault())) : a[1];
          long[] f = fields("strftime", t);
          check(f, true);
          String zone = null;
          Long off = null;
          if (t instanceof PyStructSeq s && s.extra != null && s.extra.length == 2) {
            zone = s.extra[0] instanceof String z ? z : null;
            off = s.extra[1] instanceof Long o ? o : null;
          } else {
            ZonedDateTime now = ZonedDateTime.now();
            zone = zoneName(now);
            off = (long) now.getOffset().getTotalSeconds();
          }
          return TimeModule.strftime(fmt, f, zone, off);
        }
        case strptime, _strptime: {
          if (a.length < 1 || a.length > 2) {
            throw Errors.typeError("strptime() takes at most 2 arguments (" + a.length
                + " given)");
          }
          // CPython's messages (from _strptime) count from 0 and show the class
          for (int i = 0; i < a.length; i++) {
            if (!(a[i] instanceof String)) {
              throw Errors.typeError("strptime() argument " + i + " must be str, not <class '"
                  + Types.typeOf(a[i]).name + "'>");
            }
          }
          String s = (String) a[0];
          String fmt = a.length == 2 ? (String) a[1] : "%a %b %d %H:%M:%S %Y";
          PyTuple r = TimeModule.strptime(s, fmt);
          if (this == _strptime) {
            return r;
          }
          PyStructSeq st = PyStructSeq.of(STRUCT_TIME, java.util.Arrays.copyOf(r.items, 9));
          st.extra = new Object[] {r.items[11], r.items[10]};
          return st;
        }
        case tzset: {
          return PySingleton.NONE;
        }
        default:
          throw new AssertionError(this);
      }
    }
  }
}
