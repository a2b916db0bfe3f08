package org.pyjit.jit.basic;

import java.io.PrintStream;
import org.pyjit.jit.mem.InstalledCode;
import org.pyjit.jit.x64.Disassembly;

/**
 * {@code pyjit --dump asm FILE} and {@code PYJIT_DUMP_ASM=1}: the machine code of every
 * signature compiled while the program runs, disassembled (objdump when installed, hex
 * otherwise), on standard error, with its IR before it.
 */
public final class AsmDump {
  private AsmDump() {}

  /** Where dumps go; null: no dump (the default unless PYJIT_DUMP_ASM is set). */
  public static volatile PrintStream out =
      "1".equals(System.getenv("PYJIT_DUMP_ASM")) ? System.err : null;

  static void maybeDump(Variant v, InstalledCode code) {
    PrintStream o = out;
    if (o == null) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    sb.append("# @jit ").append(v.name).append(v.argTypes).append(" -> ")
        .append(v.returnType).append(String.format(" (compiled in %d us)",
            v.compileNanos / 1000)).append('\n');
    sb.append(v.ir.dump());
    sb.append(Disassembly.of(code.bytes(), code.address(), v.name));
    o.print(sb);
    o.flush();
  }
}
