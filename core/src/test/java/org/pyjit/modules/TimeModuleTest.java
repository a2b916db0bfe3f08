package org.pyjit.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.PyException;
import org.pyjit.runtime.PyTuple;

/**
 * time's strftime and strptime against each other on seeded random instants: what strftime
 * writes with a format, strptime must read back to the same fields, for formats mixing
 * numeric fields, month and day names, 12-hour clocks and day-of-year dates. Also the fixed
 * layouts CPython's docs give (asctime-like %c, %x, %X, ISO week fields at year ends).
 */
class TimeModuleTest {
  private static long[] fields(ZonedDateTime t) {
    return new long[] {t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(),
        t.getMinute(), t.getSecond(), t.getDayOfWeek().getValue() - 1, t.getDayOfYear(), 0};
  }

  @Test
  void strptimeReadsWhatStrftimeWrites() {
    Random random = new Random(20261123);
    String[] formats = {"%Y-%m-%d %H:%M:%S", "%d %B %Y %I:%M:%S %p", "%a %b %d %H:%M:%S %Y",
        "%j %Y %H%M%S", "%y%m%d %A"};
    for (int i = 0; i < 3000; i++) {
      long seconds = random.nextLong(-60_000_000_000L, 250_000_000_000L);
      ZonedDateTime t = Instant.ofEpochSecond(seconds).atZone(ZoneOffset.UTC);
      if (t.getYear() < 1000) {
        continue; // %Y of years before 1000 has fewer than 4 digits, which %Y does not read
      }
      long[] f = fields(t);
      for (String fmt : formats) {
        String text = TimeModule.strftime(fmt, f, "UTC", 0L);
        PyTuple r = TimeModule.strptime(text, fmt);
        boolean twoDigitYear = fmt.contains("%y");
        long expectYear = twoDigitYear ? (f[0] % 100 <= 68 ? 2000 : 1900) + f[0] % 100 : f[0];
        assertThat(r.items[0]).as("%s of %s", fmt, text).isEqualTo(expectYear);
        if (!twoDigitYear) {
          assertThat(new Object[] {r.items[1], r.items[2], r.items[7]}).as(text)
              .containsExactly(f[1], f[2], f[7]);
          assertThat(r.items[6]).as(text).isEqualTo(f[6]);
        }
        if (fmt.contains("%H") || fmt.contains("%I")) {
          assertThat(new Object[] {r.items[3], r.items[4], r.items[5]}).as(text)
              .containsExactly(f[3], f[4], f[5]);
        }
      }
    }
  }

  @Test
  void fixedLayouts() {
    long[] f = fields(ZonedDateTime.of(2024, 3, 5, 14, 7, 9, 0, ZoneOffset.UTC));
    assertThat(TimeModule.strftime("%c|%x|%X|%D|%e|%I %p|%%|%q", f, "UTC", 0L))
        .isEqualTo("Tue Mar  5 14:07:09 2024|03/05/24|14:07:09|03/05/24| 5|02 PM|%|%q");
    // ISO weeks at year ends: 2020-12-31 is in week 53 of 2020, 2021-01-03 too
    assertThat(TimeModule.strftime("%G-%V-%u", fields(ZonedDateTime.of(2021, 1, 3, 0, 0, 0, 0,
        ZoneOffset.UTC)), null, null)).isEqualTo("2020-53-7");
    assertThat(TimeModule.strftime("%G-%V-%u %U %W", fields(ZonedDateTime.of(2024, 12, 30, 0,
        0, 0, 0, ZoneOffset.UTC)), null, null)).isEqualTo("2025-01-1 52 53");
    assertThat(TimeModule.strftime("%z %Z", f, "CET", 3600L)).isEqualTo("+0100 CET");
    assertThat(TimeModule.strftime("%z", f, "X", -5400L)).isEqualTo("-0130");
  }

  @Test
  void strptimeErrors() {
    assertThatThrownBy(() -> TimeModule.strptime("2024-13-01", "%Y-%m-%d"))
        .isInstanceOf(PyException.class)
        .hasMessageContaining("time data '2024-13-01' does not match format '%Y-%m-%d'");
    assertThatThrownBy(() -> TimeModule.strptime("2024-12-01 x", "%Y-%m-%d"))
        .isInstanceOf(PyException.class).hasMessageContaining("unconverted data remains:  x");
    assertThatThrownBy(() -> TimeModule.strptime("2023-02-29", "%Y-%m-%d"))
        .isInstanceOf(PyException.class).hasMessageContaining("day is out of range for month");
  }
}
