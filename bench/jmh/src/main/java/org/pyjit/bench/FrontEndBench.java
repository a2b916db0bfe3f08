package org.pyjit.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pyjit.ast.Mod;
import org.pyjit.bytecode.CodeObject;
import org.pyjit.compiler.CodeGen;
import org.pyjit.parse.Parser;

/**
 * Parser throughput and bytecode compile time on bench/interp's programs (a few hundred
 * lines each of ordinary Python): parse = bytes to AST, compile = AST to code objects.
 * Divide a program's size (its source bytes, printed by setup) by the time per operation for
 * the throughput in bytes per microsecond.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FrontEndBench {
  @Param({"oo_sim", "dict_str", "closures_exc", "nbody"})
  public String program;

  byte[] source;
  String text;
  Mod.Module ast;

  @Setup
  public void setup() {
    source = Programs.source(program);
    text = new String(source, StandardCharsets.UTF_8);
    ast = Parser.parseModule(source, program + ".py");
  }

  @Benchmark
  public Mod.Module parse() {
    return Parser.parseModule(source, program + ".py");
  }

  @Benchmark
  public CodeObject compile() {
    return CodeGen.compileModule(ast, program + ".py", text);
  }
}
