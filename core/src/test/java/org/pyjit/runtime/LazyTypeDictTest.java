package org.pyjit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The built-in methods' installer keeps LazyTypeDict's contract: it writes only to the dicts
 * of the types it was deferred with, so none of the dicts it fills could be read before it
 * ran (the installer compares the other built-in types' dict sizes when assertions are on). (That a lazily filled dict reads as an eager one did, in the same order, is shown by
 * the Python programs that print dir() and __dict__ of built-in types; which programs never
 * run it, by StartPathTest.)
 */
class LazyTypeDictTest {
  @Test
  void installerWritesOnlyToItsDeclaredTargets() {
    assertThat(LazyTypeDict.class.desiredAssertionStatus()).as("the check needs assertions")
        .isTrue();
    assertThat(Builtins.dict(null).getStr("len")).isNotNull(); // the runtime started
    LazyTypeDict.installNow();
    assertThat(Types.STR.dict.getStr("upper")).as("str's methods installed").isNotNull();
    assertThat(DictMethods.KEYS.dict.getStr("__iter__")).isNotNull();
    assertThat(LazyTypeDict.wroteOtherDict).isFalse();
  }
}
