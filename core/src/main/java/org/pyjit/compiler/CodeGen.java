package org.pyjit.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.pyjit.ast.Arguments;
import org.pyjit.ast.BoolOperator;
import org.pyjit.ast.CmpOperator;
import org.pyjit.ast.Expr;
import org.pyjit.ast.ExprUnparser;
import org.pyjit.ast.Mod;
import org.pyjit.ast.Operator;
import org.pyjit.ast.Pattern;
import org.pyjit.ast.Pos;
import org.pyjit.ast.Stmt;
import org.pyjit.ast.TypeParam;
import org.pyjit.bytecode.BinaryOp;
import org.pyjit.bytecode.CodeObject;
import org.pyjit.bytecode.CompareOp;
import org.pyjit.bytecode.Opcode;
import org.pyjit.parse.WarningListener;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyTuple;

/**
 * The code generator: AST to code objects, with CPython 3.13's instruction sequences for
 * each construct (see {@link Opcode}).
 *
 * <p>Names are resolved through the {@link Symtable} as CPython's compiler_nameop does:
 * fast locals, cells and free variables (DEREF), globals, or the namespace dict (NAME) of
 * module and class bodies. List, set and dict comprehensions are inlined (PEP 709) with
 * their names hidden in fast slots; generator expressions are nested generator functions.
 * Constructs not compiled yet (generic definitions) raise
 * {@link Unsupported}, naming the construct and its line.
 */
public final class CodeGen {
  /** A construct the compiler does not handle yet. */
  public static final class Unsupported extends RuntimeException {
    public final int line;

    Unsupported(String what, int line) {
      super(what + " is not supported yet (line " + line + ")", null, false, false);
      this.line = line;
    }
  }

  private final String filename;
  /** The source text, for the line of a SyntaxError found here; null when unknown. */
  private String source;
  private CodeBuilder b;
  private final Symtable symtable;
  /** The symbol-table block of the code unit being compiled. */
  private Scope sc;
  /** 'single' mode: module-level expression statements are displayed. */
  private boolean interactive;
  /** The blocks enclosing the code being compiled, innermost first (see {@link FBlock}). */
  private ArrayDeque<FBlock> fblocks = new ArrayDeque<>();
  /** The inlined comprehensions being compiled in the current unit, innermost first. */
  private ArrayDeque<Scope> inlinedComps = new ArrayDeque<>();
  private String qualPrefix = "";
  /** Fold constants and run the peephole optimizer (off only to test the optimizer). */
  private final boolean optimize;
  /** -Dpyjit.optimize=false turns the optimizer off, to compare (see interpreter.md). */
  private static final boolean OPTIMIZE = !"false".equals(System.getProperty("pyjit.optimize"));

  /** Whether modules are compiled with the optimizer (the default; the library cache's). */
  public static boolean optimizing() {
    return OPTIMIZE;
  }

  /**
   * A block that return, break and continue must leave cleanly (CPython's fblock): loops
   * (a for keeps its iterator on the stack), with (its __exit__ on the stack), try/except and
   * try/finally bodies, except clause bodies (the previous exception on the stack) and the
   * exceptional path of a finally. {@code handlersActive} is how many handlers were in force
   * outside the block: its cleanup is compiled under those only.
   */
  private enum FKind { FOR_LOOP, WHILE_LOOP, WITH, ASYNC_WITH, TRY_EXCEPT, TRY_FINALLY, HANDLER_BODY,
    /** A return value kept under a finally body run by that return (CPython's POP_VALUE). */
    POP_VALUE,
    FINALLY_EXCEPTIONAL, EXCEPT_STAR_BODY }

  /**
   * ownsIterator: a for loop over a call's result (for x in gen()), whose iterator nothing
   * else refers to in practice; leaving the loop early drops it with POP_ITER, which closes
   * a generator there as CPython's reference counting does.
   */
  private record FBlock(FKind kind, CodeBuilder.Label continueTo, CodeBuilder.Label breakTo,
      List<Stmt> finalbody, String name, int handlersActive, boolean ownsIterator) {}

  private FBlock push(FKind kind, CodeBuilder.Label cont, CodeBuilder.Label brk,
      List<Stmt> finalbody, String name) {
    return push(kind, cont, brk, finalbody, name, false);
  }

  private FBlock push(FKind kind, CodeBuilder.Label cont, CodeBuilder.Label brk,
      List<Stmt> finalbody, String name, boolean ownsIterator) {
    FBlock f = new FBlock(kind, cont, brk, finalbody, name, b.active.size(), ownsIterator);
    fblocks.push(f);
    return f;
  }

  private CodeGen(String filename, Symtable symtable, boolean optimize) {
    this.filename = filename;
    this.symtable = symtable;
    this.sc = symtable.top();
    this.optimize = optimize;
  }

  private CodeBuilder newBuilder() {
    CodeBuilder nb = new CodeBuilder();
    nb.optimize = optimize;
    nb.futureFlags = symtable.future().flags();
    return nb;
  }

  /** Compiles a module to its code object. */
  public static CodeObject compileModule(Mod.Module m, String filename) {
    return compileModule(m, filename, null);
  }

  /**
   * Compiles a module; {@code source} (may be null) gives the source line of a SyntaxError
   * found after parsing (the symbol table's).
   */
  public static CodeObject compileModule(Mod.Module m, String filename, String source) {
    return compileModule(m, filename, source, WarningListener.IGNORE, OPTIMIZE);
  }

  /** Compiles a module; the compiler's SyntaxWarnings go to {@code warnings}. */
  public static CodeObject compileModule(Mod.Module m, String filename, String source,
      WarningListener warnings) {
    return compileModule(m, filename, source, warnings, OPTIMIZE);
  }

  /**
   * Compiles a module, with or without constant folding and the peephole optimizer
   * ({@code optimize}; the result must be the same, which tests check).
   */
  public static CodeObject compileModule(Mod.Module m, String filename, String source,
      boolean optimize) {
    return compileModule(m, filename, source, WarningListener.IGNORE, optimize);
  }

  /**
   * Compiles a module as if it began with the future imports of {@code futureFlags} (the
   * CO_FUTURE_* bits of compile()'s flags argument) besides its own.
   */
  public static CodeObject compileModule(Mod.Module m, String filename, String source,
      WarningListener warnings, int futureFlags) {
    return compileModule(m, filename, source, warnings, OPTIMIZE, futureFlags);
  }

  private static CodeObject compileModule(Mod.Module m, String filename, String source,
      WarningListener warnings, boolean optimize) {
    return compileModule(m, filename, source, warnings, optimize, 0);
  }

  private static CodeObject compileModule(Mod.Module m, String filename, String source,
      WarningListener warnings, boolean optimize, int futureFlags) {
    CodeGen g = begin(m, filename, source, warnings, optimize, futureFlags);
    List<Stmt> body = m.body();
    if (hasAnnotations(body)) {
      g.b.emit(Opcode.SETUP_ANNOTATIONS);
    }
    int start = 0;
    if (!body.isEmpty() && body.getFirst() instanceof Stmt.ExprStmt e
        && e.value() instanceof Expr.Constant c && c.value() instanceof String doc) {
      g.b.line = e.pos().lineno();
      g.constant(Docstrings.clean(doc));
      g.b.emit(Opcode.STORE_NAME, g.b.name("__doc__"));
      start = 1;
    }
    for (int i = start; i < body.size(); i++) {
      g.stmt(body.get(i));
    }
    // always: a label (a loop's exit, a break target) may point just past the last statement
    g.b.emit(Opcode.RETURN_CONST, g.b.constant(PySingleton.NONE));
    return g.b.build("<module>", "<module>", filename, 1, 0, 0, 0, 0);
  }

  /**
   * The scope analysis and the code generator's own errors of a module or interactive
   * input, then a generator whose top-level unit has begun (RESUME).
   */
  private static CodeGen begin(Mod m, String filename, String source,
      WarningListener warnings, boolean optimize, int futureFlags) {
    Symtable st = Symtable.build(m, filename, source, new Symtable.Options(futureFlags, true));
    CodegenErrors.check(m, st, filename, source, warnings);
    CodeGen g = new CodeGen(filename, st, optimize);
    g.source = source;
    g.b = g.newBuilder();
    g.b.line = 0;
    g.b.emit(Opcode.RESUME);
    return g;
  }

  /**
   * Compiles an interactive statement ('single' mode): as a module body, except that an
   * expression statement at module level hands its value to sys.displayhook (CPython's
   * INTRINSIC_PRINT) and a leading string is not a docstring.
   */
  public static CodeObject compileInteractive(Mod.Interactive m, String filename,
      String source) {
    return compileInteractive(m, filename, source, WarningListener.IGNORE);
  }

  /** The same, the compiler's SyntaxWarnings going to {@code warnings}. */
  public static CodeObject compileInteractive(Mod.Interactive m, String filename,
      String source, WarningListener warnings) {
    return compileInteractive(m, filename, source, warnings, 0);
  }

  /** The same, with the future imports of {@code futureFlags} (CO_FUTURE_* bits). */
  public static CodeObject compileInteractive(Mod.Interactive m, String filename,
      String source, WarningListener warnings, int futureFlags) {
    CodeGen g = begin(m, filename, source, warnings, OPTIMIZE, futureFlags);
    g.interactive = true;
    for (Stmt s : m.body()) {
      g.stmt(s);
    }
    g.b.emit(Opcode.RETURN_CONST, g.b.constant(PySingleton.NONE));
    return g.b.build("<module>", "<module>", filename, 1, 0, 0, 0, 0);
  }

  /** Compiles an expression ('eval' mode): its value is the code's return value. */
  public static CodeObject compileExpression(Mod.Expression e, String filename) {
    return compileExpression(e, filename, WarningListener.IGNORE);
  }

  /** As {@link #compileExpression(Mod.Expression, String)}, reporting SyntaxWarnings. */
  public static CodeObject compileExpression(Mod.Expression e, String filename,
      WarningListener warnings) {
    return compileExpression(e, filename, warnings, 0);
  }

  /** The same, with the future imports of {@code futureFlags} (CO_FUTURE_* bits). */
  public static CodeObject compileExpression(Mod.Expression e, String filename,
      WarningListener warnings, int futureFlags) {
    Symtable st = Symtable.build(e, filename, null, new Symtable.Options(futureFlags, true));
    CodegenErrors.check(e, st, filename, null, warnings);
    CodeGen g = new CodeGen(filename, st, OPTIMIZE);
    g.b = g.newBuilder();
    g.b.line = 0;
    g.b.emit(Opcode.RESUME);
    g.expr(e.body());
    g.b.emit(Opcode.RETURN_VALUE);
    return g.b.build("<module>", "<module>", filename, 1, 0, 0, 0, 0);
  }

  private Unsupported unsupported(String what, Pos pos) {
    return new Unsupported(what, pos.lineno());
  }

  private void constant(Object v) {
    b.emit(Opcode.LOAD_CONST, b.constant(v));
  }

  // ------------------------------------------------------------------ statements

  private void stmts(List<Stmt> body) {
    for (Stmt s : body) {
      stmt(s);
    }
  }

  private void stmt(Stmt s) {
    b.line = s.pos().lineno();
    b.pos = s.pos();
    if (s instanceof Stmt.ExprStmt e) {
      expr(e.value());
      if (interactive && sc == symtable.top()) {
        b.emit(Opcode.CALL_INTRINSIC_1, 1); // INTRINSIC_PRINT
      }
      b.emit(Opcode.POP_TOP);
    } else if (s instanceof Stmt.Assign a) {
      expr(a.value());
      for (int i = 0; i < a.targets().size(); i++) {
        if (i < a.targets().size() - 1) {
          b.emit(Opcode.COPY, 1);
        }
        store(a.targets().get(i));
      }
    } else if (s instanceof Stmt.AugAssign a) {
      augAssign(a);
    } else if (s instanceof Stmt.AnnAssign a) {
      annAssign(a);
    } else if (s instanceof Stmt.Pass p) {
      b.emit(Opcode.NOP);
    } else if (s instanceof Stmt.If i) {
      ifStmt(i);
    } else if (s instanceof Stmt.While w) {
      whileStmt(w);
    } else if (s instanceof Stmt.For f) {
      forStmt(f);
    } else if (s instanceof Stmt.Break br) {
      FBlock loop = unwind(false, true, s.pos(), "'break' outside loop");
      if (loop.kind() == FKind.FOR_LOOP) {
        b.emit(loop.ownsIterator() ? Opcode.POP_ITER : Opcode.POP_TOP); // the iterator
      }
      b.jump(Opcode.JUMP_FORWARD, loop.breakTo());
    } else if (s instanceof Stmt.Continue c) {
      FBlock loop = unwind(false, true, s.pos(), "'continue' not properly in loop");
      b.jump(Opcode.JUMP_BACKWARD, loop.continueTo());
    } else if (s instanceof Stmt.Return r) {
      if (!sc.isFunctionLike()) {
        throw unsupported("'return' outside function", s.pos());
      }
      if (r.value() == null) {
        constant(PySingleton.NONE);
      } else {
        expr(r.value());
      }
      // CPython locates a return of a constant on its own line at the constant
      boolean atValue = r.value() instanceof Expr.Constant
          && r.value().pos().lineno() == s.pos().lineno();
      unwind(true, false, atValue ? r.value().pos() : s.pos(), null);
      b.emit(Opcode.RETURN_VALUE);
    } else if (s instanceof Stmt.FunctionDef f) {
      functionDef(f, f.name(), f.args(), f.body(), f.decoratorList(),
          f.returns(), f.typeParams(), f.pos());
    } else if (s instanceof Stmt.AsyncFunctionDef f) {
      functionDef(f, f.name(), f.args(), f.body(),
          f.decoratorList(), f.returns(), f.typeParams(), f.pos());
    } else if (s instanceof Stmt.AsyncFor f) {
      asyncForStmt(f);
    } else if (s instanceof Stmt.AsyncWith w) {
      withStmt(w.items(), 0, w.body(), true);
    } else if (s instanceof Stmt.Match m) {
      new MatchCompiler().match(m);
    } else if (s instanceof Stmt.ClassDef c) {
      classDef(c);
    } else if (s instanceof Stmt.With w) {
      withStmt(w.items(), 0, w.body(), false);
    } else if (s instanceof Stmt.Import im) {
      for (Stmt.Alias a : im.names()) {
        constant(0L);
        constant(PySingleton.NONE);
        b.emit(Opcode.IMPORT_NAME, b.name(a.name()));
        if (a.asname() != null) {
          String[] parts = a.name().split("\\.");
          for (int i = 1; i < parts.length; i++) {
            b.emit(Opcode.IMPORT_FROM, b.name(parts[i]));
            b.emit(Opcode.SWAP, 2);
            b.emit(Opcode.POP_TOP);
          }
          storeName(a.asname());
        } else {
          storeName(a.name().contains(".") ? a.name().substring(0, a.name().indexOf('.'))
              : a.name());
        }
      }
    } else if (s instanceof Stmt.ImportFrom im) {
      constant((long) im.level());
      Object[] names = new Object[im.names().size()];
      for (int i = 0; i < names.length; i++) {
        names[i] = im.names().get(i).name();
      }
      constant(PyTuple.of(names));
      b.emit(Opcode.IMPORT_NAME, b.name(im.module() == null ? "" : im.module()));
      if (names.length == 1 && names[0].equals("*")) {
        if (sc.isFunctionLike()) {
          throw unsupported("import * in a function", s.pos());
        }
        b.emit(Opcode.CALL_INTRINSIC_1, 2); // INTRINSIC_IMPORT_STAR
        b.emit(Opcode.POP_TOP);
      } else {
        for (Stmt.Alias a : im.names()) {
          b.emit(Opcode.IMPORT_FROM, b.name(a.name()));
          storeName(a.asname() != null ? a.asname() : a.name());
        }
        b.emit(Opcode.POP_TOP);
      }
    } else if (s instanceof Stmt.Global g) {
      b.emit(Opcode.NOP);
    } else if (s instanceof Stmt.Nonlocal n) {
      b.emit(Opcode.NOP);
    } else if (s instanceof Stmt.Delete d) {
      for (Expr t : d.targets()) {
        delete(t);
      }
    } else if (s instanceof Stmt.Raise r) {
      int n = 0;
      if (r.exc() != null) {
        expr(r.exc());
        n = 1;
        if (r.cause() != null) {
          expr(r.cause());
          n = 2;
        }
      }
      b.emit(Opcode.RAISE_VARARGS, n);
    } else if (s instanceof Stmt.Try t) {
      tryStmt(t);
    } else if (s instanceof Stmt.TryStar t) {
      if (t.finalbody().isEmpty()) {
        tryStar(t);
      } else {
        tryFinally(t.finalbody(), () -> tryStar(t));
      }
    } else if (s instanceof Stmt.Assert a) {
      CodeBuilder.Label ok = new CodeBuilder.Label();
      condition(a.test(), ok, true);
      b.emit(Opcode.LOAD_GLOBAL, b.name("AssertionError") << 1 | 1);
      if (a.msg() != null) {
        expr(a.msg());
        b.emit(Opcode.CALL, 1);
      } else {
        b.emit(Opcode.POP_TOP);
      }
      emitAt(a.test().pos(), Opcode.RAISE_VARARGS, 1);
      b.place(ok);
    } else if (s instanceof Stmt.TypeAlias t) {
      typeAlias(t);
    } else {
      throw unsupported("the " + s.typeName() + " statement", s.pos());
    }
  }

  /**
   * with a as x, b as y: body, item {@code i} with the rest nested in it. BEFORE_WITH keeps
   * the bound __exit__ under the body; leaving normally calls it with three Nones, an
   * exception calls it with the exception (WITH_EXCEPT_START) and is suppressed if that
   * returns true, as CPython 3.13 compiles it.
   */
  /**
   * One item of a {@code with} (or {@code async with}) and, inside it, the next items or the
   * body, as CPython 3.13's compiler_with / compiler_async_with: the async form awaits what
   * __aenter__ and __aexit__ return.
   */
  private void withStmt(List<Stmt.WithItem> items, int i, List<Stmt> body, boolean async) {
    Stmt.WithItem item = items.get(i);
    CodeBuilder.Label handler = new CodeBuilder.Label();
    CodeBuilder.Label cleanup = new CodeBuilder.Label();
    CodeBuilder.Label suppress = new CodeBuilder.Label();
    CodeBuilder.Label after = new CodeBuilder.Label();
    expr(item.contextExpr());
    if (async) {
      emitAt(item.contextExpr().pos(), Opcode.BEFORE_ASYNC_WITH, 0);
      emitAt(item.contextExpr().pos(), Opcode.GET_AWAITABLE, 1);
      awaitLoop();
    } else {
      emitAt(item.contextExpr().pos(), Opcode.BEFORE_WITH, 0);
    }
    int depth = stackDepth() + 1; // __exit__ stays under the body
    b.pushHandler(handler, depth, false);
    push(async ? FKind.ASYNC_WITH : FKind.WITH, null, null, null, null);
    if (item.optionalVars() != null) {
      store(item.optionalVars());
    } else {
      b.emit(Opcode.POP_TOP);
    }
    if (i + 1 < items.size()) {
      withStmt(items, i + 1, body, async);
    } else {
      stmts(body);
    }
    fblocks.pop();
    b.popHandler();
    // the exit code (the call of __exit__ on both ways out) is located at the context
    // expression, as CPython's: a traceback of an exception raised by __exit__ shows the
    // with line, not the body's last line
    int savedLine = b.line;
    Pos savedPos = b.pos;
    b.line = item.contextExpr().pos().lineno();
    b.pos = item.contextExpr().pos();
    if (async) {
      awaitExitWithNones();
    } else {
      callExitWithNones();
    }
    b.jump(Opcode.JUMP_FORWARD, after);
    b.place(handler);
    b.emit(Opcode.PUSH_EXC_INFO); // exit, prev_exc, exc
    b.pushHandler(cleanup, depth + 1, false);
    b.emit(Opcode.WITH_EXCEPT_START); // exit, prev_exc, exc, result (or its awaitable)
    if (async) {
      b.emit(Opcode.GET_AWAITABLE, 2);
      awaitLoop();
    }
    b.emit(Opcode.TO_BOOL);
    b.jump(Opcode.POP_JUMP_IF_TRUE, suppress);
    b.emit(Opcode.RERAISE, 0);
    b.place(suppress);
    b.emit(Opcode.POP_TOP); // exc
    b.popHandler();
    b.emit(Opcode.POP_EXCEPT);
    b.emit(Opcode.POP_TOP); // exit
    b.jump(Opcode.JUMP_FORWARD, after);
    emitCleanup(cleanup);
    b.line = savedLine;
    b.pos = savedPos;
    b.place(after);
  }


  /**
   * The loop of {@code yield from} and {@code await}: sends None, then whatever the frame is
   * sent, to the delegate under the top of the stack until it returns, yielding what it
   * yields; its YIELD_VALUE has argument 1 (as CPython's), which is how a throw() or close()
   * of the suspended frame finds the delegate to pass it to (interp.PyGenerator).
   */
  private void awaitLoop() {
    constant(PySingleton.NONE);
    CodeBuilder.Label send = new CodeBuilder.Label();
    CodeBuilder.Label done = new CodeBuilder.Label();
    b.place(send);
    b.jump(Opcode.SEND, done);
    b.emit(Opcode.YIELD_VALUE, 1);
    b.emit(Opcode.RESUME);
    b.jump(Opcode.JUMP_BACKWARD, send);
    b.place(done);
    b.emit(Opcode.END_SEND);
  }

  /** Leaving an async with normally: await __aexit__(None, None, None). */
  private void awaitExitWithNones() {
    constant(PySingleton.NONE);
    constant(PySingleton.NONE);
    constant(PySingleton.NONE);
    b.emit(Opcode.CALL, 2);
    b.emit(Opcode.GET_AWAITABLE, 2);
    awaitLoop();
    b.emit(Opcode.POP_TOP);
  }

  /**
   * async with: as {@link #withStmt}, with __aenter__ and __aexit__ awaited
   * (BEFORE_ASYNC_WITH, GET_AWAITABLE 1 and 2), as CPython 3.13 compiles it.
   */


  /**
   * async for: GET_AITER, then at each step the awaited __anext__() under a handler whose
   * END_ASYNC_FOR ends the loop on StopAsyncIteration (and re-raises anything else).
   */
  private void asyncForStmt(Stmt.AsyncFor f) {
    CodeBuilder.Label top = new CodeBuilder.Label();
    CodeBuilder.Label exhausted = new CodeBuilder.Label();
    CodeBuilder.Label end = new CodeBuilder.Label();
    expr(f.iter());
    // as a for loop's (ownsIterator), an async generator made for the loop alone is its own
    boolean owns = f.iter() instanceof Expr.Call c
        && !(c.func() instanceof Expr.Name n && n.id().equals("aiter"));
    emitAt(f.iter().pos(), Opcode.GET_AITER, owns ? 1 : 0);
    int depth = stackDepth() + 1; // the async iterator stays under the body
    b.place(top);
    b.pushHandler(exhausted, depth, false);
    emitAt(f.iter().pos(), Opcode.GET_ANEXT, 0);
    at(f.iter().pos(), this::awaitLoop);
    b.popHandler();
    store(f.target());
    push(FKind.FOR_LOOP, top, end, null, null, owns);
    stmts(f.body());
    fblocks.pop();
    b.jump(Opcode.JUMP_BACKWARD, top);
    b.place(exhausted);
    emitAt(f.iter().pos(), Opcode.END_ASYNC_FOR, 0);
    stmts(f.orelse());
    b.place(end);
  }

  /** The handler of a handler: restore the previous exception, then re-raise. */
  private void emitCleanup(CodeBuilder.Label cleanup) {
    b.place(cleanup);
    b.emit(Opcode.SWAP, 2);
    b.emit(Opcode.POP_EXCEPT);
    b.emit(Opcode.RERAISE, 0);
  }


  /**
   * Leaves the enclosing blocks for a return ({@code preserve}: the value stays on top) or,
   * with {@code toLoop}, up to the innermost loop, which is returned. Each block's cleanup
   * is compiled under the handlers in force outside it, and a finally body with the blocks
   * outside it only, so a return inside it does not run it again.
   */
  private FBlock unwind(boolean preserve, boolean toLoop, Pos pos, String noLoopMsg) {
    ArrayDeque<FBlock> saved = fblocks;
    List<Integer> savedActive = new ArrayList<>(b.active);
    try {
      for (FBlock fb : saved) {
        if (toLoop && (fb.kind() == FKind.FOR_LOOP || fb.kind() == FKind.WHILE_LOOP)) {
          return fb;
        }
        truncateHandlers(savedActive, fb.handlersActive());
        switch (fb.kind()) {
          case FOR_LOOP -> {
            if (preserve) {
              b.emit(Opcode.SWAP, 2);
            }
            b.emit(fb.ownsIterator() ? Opcode.POP_ITER : Opcode.POP_TOP); // the iterator
          }
          case WITH -> {
            if (preserve) {
              b.emit(Opcode.SWAP, 2);
            }
            callExitWithNones();
          }
          case ASYNC_WITH -> {
            if (preserve) {
              b.emit(Opcode.SWAP, 2);
            }
            awaitExitWithNones();
          }
          case HANDLER_BODY -> {
            if (preserve) {
              b.emit(Opcode.SWAP, 2);
            }
            b.emit(Opcode.POP_EXCEPT);
            clearHandlerName(fb.name());
          }
          case FINALLY_EXCEPTIONAL -> {
            if (preserve) {
              b.emit(Opcode.SWAP, 2);
              b.emit(Opcode.POP_TOP); // the exception
              b.emit(Opcode.SWAP, 2);
            } else {
              b.emit(Opcode.POP_TOP);
            }
            b.emit(Opcode.POP_EXCEPT);
          }
          case EXCEPT_STAR_BODY -> throw errors().ranged(
              "'break', 'continue' and 'return' cannot appear in an except* block", pos);
          case TRY_FINALLY -> {
            ArrayDeque<FBlock> outer = new ArrayDeque<>(saved);
            while (outer.peek() != fb) {
              outer.pop();
            }
            outer.pop();
            if (preserve) {
              // a break, continue or return in the finally body drops the value returned
              outer.push(new FBlock(FKind.POP_VALUE, null, null, null, null, b.active.size(), false));
            }
            fblocks = outer;
            try {
              stmts(fb.finalbody());
            } finally {
              fblocks = saved;
            }
          }
          case POP_VALUE -> {
            if (preserve) {
              b.emit(Opcode.SWAP, 2);
            }
            b.emit(Opcode.POP_TOP);
          }
          default -> { }
        }
      }
      if (toLoop) {
        throw unsupported(noLoopMsg, pos);
      }
      return null;
    } finally {
      b.active.clear();
      b.active.addAll(savedActive);
    }
  }

  private void truncateHandlers(List<Integer> all, int n) {
    b.active.clear();
    b.active.addAll(all.subList(0, n));
  }

  /** exit(None, None, None) for the __exit__ on top of the stack; its result dropped. */
  private void callExitWithNones() {
    constant(PySingleton.NONE);
    constant(PySingleton.NONE);
    constant(PySingleton.NONE);
    b.emit(Opcode.CALL, 2);
    b.emit(Opcode.POP_TOP);
  }

  /** "except E as name": the name is unbound when the clause ends, as in CPython. */
  private void clearHandlerName(String name) {
    if (name != null) {
      constant(PySingleton.NONE);
      storeName(name);
      deleteName(name);
    }
  }

  private void ifStmt(Stmt.If i) {
    CodeBuilder.Label orelse = new CodeBuilder.Label();
    CodeBuilder.Label end = new CodeBuilder.Label();
    condition(i.test(), orelse, false);
    stmts(i.body());
    if (!i.orelse().isEmpty()) {
      if (!b.endsBlock()) {
        b.jump(Opcode.JUMP_FORWARD, end);
      }
      b.place(orelse);
      stmts(i.orelse());
    } else {
      b.place(orelse);
    }
    b.place(end);
  }

  private void whileStmt(Stmt.While w) {
    CodeBuilder.Label top = new CodeBuilder.Label();
    CodeBuilder.Label orelse = new CodeBuilder.Label();
    CodeBuilder.Label end = new CodeBuilder.Label();
    b.place(top);
    condition(w.test(), orelse, false);
    push(FKind.WHILE_LOOP, top, end, null, null);
    stmts(w.body());
    fblocks.pop();
    // located at the test, as CPython 3.13's loop-closing test is (what a KeyboardInterrupt
    // raised at this jump shows)
    jumpAt(w.test().pos(), Opcode.JUMP_BACKWARD, top);
    b.place(orelse);
    stmts(w.orelse());
    b.place(end);
  }

  private void forStmt(Stmt.For f) {
    CodeBuilder.Label top = new CodeBuilder.Label();
    CodeBuilder.Label exhausted = new CodeBuilder.Label();
    CodeBuilder.Label end = new CodeBuilder.Label();
    iterable(f.iter());
    emitAt(f.iter().pos(), Opcode.GET_ITER, 0);
    b.place(top);
    jumpAt(f.iter().pos(), Opcode.FOR_ITER, exhausted);
    store(f.target());
    push(FKind.FOR_LOOP, top, end, null, null, ownsIterator(f, top));
    stmts(f.body());
    fblocks.pop();
    b.jump(Opcode.JUMP_BACKWARD, top);
    b.place(exhausted);
    stmts(f.orelse());
    b.place(end);
  }

  /**
   * Whether a for loop owns its iterator: it iterates over a call's result, except iter(x),
   * which returns x itself when x is an iterator. If so its GET_ITER (just before the loop's
   * top) gets argument 1 (see Opcode.POP_ITER).
   */
  private boolean ownsIterator(Stmt.For f, CodeBuilder.Label top) {
    boolean owns = f.iter() instanceof Expr.Call c
        && !(c.func() instanceof Expr.Name n && n.id().equals("iter"));
    if (owns) {
      b.args.set(top.index - 1, 1);
    }
    return owns;
  }

  private void augAssign(Stmt.AugAssign a) {
    BinaryOp op = binaryOp(a.op()).inplace();
    // the target's loads and stores are located at the target, the operation at the statement
    Pos t = a.target().pos();
    Expr target = a.target();
    if (target instanceof Expr.Name n) {
      at(t, () -> load(n.id()));
      expr(a.value());
      b.emit(Opcode.BINARY_OP, op.ordinal());
      at(t, () -> storeName(n.id()));
    } else if (target instanceof Expr.Attribute at) {
      expr(at.value());
      emitAt(t, Opcode.COPY, 1);
      emitAt(attrPos(at), Opcode.LOAD_ATTR, attrName(at) << 1);
      expr(a.value());
      b.emit(Opcode.BINARY_OP, op.ordinal());
      emitAt(attrPos(at), Opcode.SWAP, 2);
      emitAt(attrPos(at), Opcode.STORE_ATTR, attrName(at));
    } else if (target instanceof Expr.Subscript sub) {
      expr(sub.value());
      expr(sub.slice());
      emitAt(t, Opcode.COPY, 2);
      emitAt(t, Opcode.COPY, 2);
      emitAt(t, Opcode.BINARY_SUBSCR, 0);
      expr(a.value());
      b.emit(Opcode.BINARY_OP, op.ordinal());
      emitAt(t, Opcode.SWAP, 3);
      emitAt(t, Opcode.SWAP, 2);
      emitAt(t, Opcode.STORE_SUBSCR, 0);
    } else {
      throw unsupported("this augmented assignment target", a.pos());
    }
  }

  /**
   * try/except/else/finally, as CPython 3.11+ compiles it: the protected range hands
   * exceptions to a handler that pushes the exception info, tests each except clause,
   * and re-raises when none matches; a cleanup handler restores the exception info.
   */
  private void tryStmt(Stmt.Try t) {
    if (!t.finalbody().isEmpty()) {
      tryFinally(t.finalbody(), () -> {
        if (t.handlers().isEmpty()) {
          stmts(t.body());
        } else {
          tryExcept(t.body(), t.handlers(), t.orelse());
        }
      });
      return;
    }
    tryExcept(t.body(), t.handlers(), t.orelse());
  }

  /** {@code protectedPart} (a try body, maybe with its except clauses) then a finally body. */
  private void tryFinally(List<Stmt> finalbody, Runnable protectedPart) {
    CodeBuilder.Label handler = new CodeBuilder.Label();
    CodeBuilder.Label cleanup = new CodeBuilder.Label();
    CodeBuilder.Label after = new CodeBuilder.Label();
    int depth = stackDepth();
    b.pushHandler(handler, depth, false);
    push(FKind.TRY_FINALLY, null, null, finalbody, null);
    protectedPart.run();
    fblocks.pop();
    b.popHandler();
    stmts(finalbody);
    b.jump(Opcode.JUMP_FORWARD, after);
    // exceptional path: run the finally body with the exception saved, then re-raise it
    b.place(handler);
    b.emit(Opcode.PUSH_EXC_INFO);
    b.pushHandler(cleanup, depth + 1, false);
    push(FKind.FINALLY_EXCEPTIONAL, null, null, null, null);
    stmts(finalbody);
    fblocks.pop();
    b.emit(Opcode.RERAISE, 0);
    b.popHandler();
    emitCleanup(cleanup);
    b.place(after);
  }


  private void tryExcept(List<Stmt> body, List<Stmt.ExceptHandler> handlers, List<Stmt> orelse) {
    CodeBuilder.Label handler = new CodeBuilder.Label();
    CodeBuilder.Label cleanup = new CodeBuilder.Label();
    CodeBuilder.Label after = new CodeBuilder.Label();
    int depth = stackDepth();
    b.pushHandler(handler, depth, false);
    push(FKind.TRY_EXCEPT, null, null, null, null);
    stmts(body);
    fblocks.pop();
    b.popHandler();
    stmts(orelse);
    b.jump(Opcode.JUMP_FORWARD, after);
    b.place(handler);
    b.emit(Opcode.PUSH_EXC_INFO); // stack: prev_exc, exc
    b.pushHandler(cleanup, depth + 1, false);
    for (Stmt.ExceptHandler h : handlers) {
      b.line = h.pos().lineno();
      CodeBuilder.Label next = new CodeBuilder.Label();
      if (h.type() != null) {
        expr(h.type());
        b.emit(Opcode.CHECK_EXC_MATCH);
        b.jump(Opcode.POP_JUMP_IF_FALSE, next);
      }
      if (h.name() != null) {
        storeName(h.name());
      } else {
        b.emit(Opcode.POP_TOP);
      }
      push(FKind.HANDLER_BODY, null, null, null, h.name());
      // "as name": the name is unbound also when the body raises (CPython's cleanup_end)
      CodeBuilder.Label cleanupEnd = h.name() == null ? null : new CodeBuilder.Label();
      if (cleanupEnd != null) {
        b.pushHandler(cleanupEnd, depth + 1, true);
      }
      stmts(h.body());
      if (cleanupEnd != null) {
        b.popHandler();
      }
      fblocks.pop();
      clearHandlerName(h.name());
      b.popHandler();
      b.emit(Opcode.POP_EXCEPT);
      b.jump(Opcode.JUMP_FORWARD, after);
      b.pushHandler(cleanup, depth + 1, false);
      if (cleanupEnd != null) {
        b.place(cleanupEnd); // prev_exc, lasti, exc
        clearHandlerName(h.name());
        b.emit(Opcode.RERAISE, 1);
      }
      b.place(next);
    }
    b.emit(Opcode.RERAISE, 0);
    b.popHandler();
    emitCleanup(cleanup);
    b.place(after);
  }


  /**
   * try/except* (PEP 654), as CPython 3.13's compiler_try_star_except. The handler keeps
   * [previous exception, original, raised list, rest] on the stack: each clause's
   * CHECK_EG_MATCH splits the rest into the part it handles (bound to the name) and a new
   * rest; what a clause body raises is appended to the list; after the last clause the rest
   * is appended too, and PREP_RERAISE_STAR (CALL_INTRINSIC_2) combines them into the one
   * exception to re-raise, or None.
   */
  private void tryStar(Stmt.TryStar t) {
    CodeBuilder.Label handler = new CodeBuilder.Label();
    CodeBuilder.Label cleanup = new CodeBuilder.Label();
    CodeBuilder.Label orelse = new CodeBuilder.Label();
    CodeBuilder.Label end = new CodeBuilder.Label();
    CodeBuilder.Label reraiseStar = new CodeBuilder.Label();
    CodeBuilder.Label reraise = new CodeBuilder.Label();
    int depth = stackDepth();
    b.pushHandler(handler, depth, false);
    push(FKind.TRY_EXCEPT, null, null, null, null);
    stmts(t.body());
    fblocks.pop();
    b.popHandler();
    b.jump(Opcode.JUMP_FORWARD, orelse);
    b.place(handler);
    b.emit(Opcode.PUSH_EXC_INFO); // prev, exc
    b.pushHandler(cleanup, depth + 1, false);
    List<Stmt.ExceptHandler> handlers = t.handlers();
    for (int i = 0; i < handlers.size(); i++) {
      Stmt.ExceptHandler h = handlers.get(i);
      b.line = h.pos().lineno();
      CodeBuilder.Label noMatch = new CodeBuilder.Label();
      CodeBuilder.Label next = new CodeBuilder.Label();
      CodeBuilder.Label bodyRaised = new CodeBuilder.Label();
      CodeBuilder.Label afterBody = new CodeBuilder.Label();
      if (i == 0) {
        b.emit(Opcode.BUILD_LIST, 0);
        b.emit(Opcode.COPY, 2); // prev, orig, raised, exc
      }
      expr(h.type());
      b.emit(Opcode.CHECK_EG_MATCH); // prev, orig, raised, rest, match
      b.emit(Opcode.COPY, 1);
      b.jump(Opcode.POP_JUMP_IF_NONE, noMatch);
      if (h.name() != null) {
        storeName(h.name());
      } else {
        b.emit(Opcode.POP_TOP);
      }
      b.pushHandler(bodyRaised, depth + 4, true);
      push(FKind.EXCEPT_STAR_BODY, null, null, null, h.name());
      stmts(h.body());
      fblocks.pop();
      b.popHandler();
      clearHandlerName(h.name());
      b.jump(Opcode.JUMP_FORWARD, afterBody);
      b.place(bodyRaised); // prev, orig, raised, rest, lasti, exc
      clearHandlerName(h.name());
      b.emit(Opcode.LIST_APPEND, 3);
      b.emit(Opcode.POP_TOP); // lasti
      b.jump(Opcode.JUMP_FORWARD, next);
      b.place(afterBody);
      b.emit(Opcode.NOP);
      b.jump(Opcode.JUMP_FORWARD, next);
      b.place(noMatch);
      b.emit(Opcode.POP_TOP); // the None match
      b.place(next);
      if (i == handlers.size() - 1) {
        b.emit(Opcode.LIST_APPEND, 1); // the unhandled rest, maybe None
        b.jump(Opcode.JUMP_FORWARD, reraiseStar);
      }
    }
    b.place(reraiseStar); // prev, orig, raised
    b.emit(Opcode.CALL_INTRINSIC_2, 1); // INTRINSIC_PREP_RERAISE_STAR
    b.emit(Opcode.COPY, 1);
    b.jump(Opcode.POP_JUMP_IF_NOT_NONE, reraise);
    b.popHandler();
    b.emit(Opcode.POP_TOP);
    b.emit(Opcode.POP_EXCEPT);
    b.jump(Opcode.JUMP_FORWARD, end);
    b.place(reraise); // prev, exc
    b.emit(Opcode.SWAP, 2);
    b.emit(Opcode.POP_EXCEPT);
    b.emit(Opcode.RERAISE, 0);
    emitCleanup(cleanup);
    b.place(orelse);
    stmts(t.orelse());
    b.place(end);
  }

  /** The SyntaxErrors the code generator raises, with the source line when it is known. */
  private SymtableErrors errors() {
    return new SymtableErrors(filename, source);
  }

  /**
   * match statements, as CPython's pattern compiler: the subject stays on the stack while
   * each case's pattern is tried on a copy; each check that fails jumps to a label that pops
   * what the pattern has pushed so far ({@link #fail}) and goes on with the next case.
   * Captured names are stored as soon as their subpattern matches.
   */
  private final class MatchCompiler {
    /** fail.get(n): pops n items, then continues at the next alternative. */
    private List<CodeBuilder.Label> fail;

    private CodeBuilder.Label fail(int n) {
      while (fail.size() <= n) {
        fail.add(new CodeBuilder.Label());
      }
      return fail.get(n);
    }

    /** Places the pop chain: fail(n) pops n then jumps (or falls) to {@code next}. */
    private void emitFailChain(CodeBuilder.Label next) {
      for (int n = fail.size() - 1; n > 0; n--) {
        b.place(fail.get(n));
        b.emit(Opcode.POP_TOP);
      }
      if (!fail.isEmpty()) {
        b.place(fail.get(0));
      }
      b.jump(Opcode.JUMP_FORWARD, next);
    }

    void match(Stmt.Match m) {
      expr(m.subject());
      CodeBuilder.Label end = new CodeBuilder.Label();
      List<Stmt.MatchCase> cases = m.cases();
      for (int i = 0; i < cases.size(); i++) {
        Stmt.MatchCase c = cases.get(i);
        b.line = c.pattern().pos().lineno();
        b.pos = c.pattern().pos();
        boolean irrefutable = c.guard() == null && i == cases.size() - 1
            && c.pattern() instanceof Pattern.MatchAs as && as.pattern() == null;
        fail = new ArrayList<>();
        CodeBuilder.Label next = new CodeBuilder.Label();
        if (irrefutable) {
          if (as(c.pattern()).name() != null) {
            store(new Expr.Name(as(c.pattern()).name(), org.pyjit.ast.ExprContext.STORE,
                c.pattern().pos()));
          } else {
            b.emit(Opcode.POP_TOP);
          }
          stmts(c.body());
          b.place(next);
          break;
        }
        b.emit(Opcode.COPY, 1);
        pattern(c.pattern(), 1);
        if (c.guard() != null) {
          condition(c.guard(), fail(0), false);
        }
        b.emit(Opcode.POP_TOP); // the subject
        stmts(c.body());
        b.jump(Opcode.JUMP_FORWARD, end);
        emitFailChain(next);
        b.place(next);
        if (i == cases.size() - 1) {
          b.emit(Opcode.POP_TOP);
        }
      }
      if (cases.isEmpty()) {
        b.emit(Opcode.POP_TOP);
      }
      b.place(end);
    }

    private Pattern.MatchAs as(Pattern p) {
      return (Pattern.MatchAs) p;
    }

    private void storeCapture(String name, Pos pos) {
      store(new Expr.Name(name, org.pyjit.ast.ExprContext.STORE, pos));
    }

    /**
     * Matches the value on top of the stack, {@code n} items being above the case's
     * subject (the value included); consumes the value whether it matches or not.
     */
    private void pattern(Pattern p, int n) {
      b.pos = p.pos();
      b.line = p.pos().lineno();
      switch (p) {
        case Pattern.MatchValue v -> {
          expr(v.value());
          b.emit(Opcode.COMPARE_OP, CompareOp.EQ.ordinal());
          b.jump(Opcode.POP_JUMP_IF_FALSE, fail(n - 1));
        }
        case Pattern.MatchSingleton sg -> {
          constant(sg.value() instanceof Boolean ? sg.value() : PySingleton.NONE);
          b.emit(Opcode.IS_OP, 0);
          b.jump(Opcode.POP_JUMP_IF_FALSE, fail(n - 1));
        }
        case Pattern.MatchAs a -> {
          if (a.pattern() == null) {
            if (a.name() == null) {
              b.emit(Opcode.POP_TOP);
            } else {
              storeCapture(a.name(), a.pos());
            }
          } else {
            b.emit(Opcode.COPY, 1);
            pattern(a.pattern(), n + 1);
            storeCapture(a.name(), a.pos());
          }
        }
        case Pattern.MatchOr o -> {
          CodeBuilder.Label matched = new CodeBuilder.Label();
          List<CodeBuilder.Label> outer = fail;
          for (int i = 0; i < o.patterns().size(); i++) {
            fail = new ArrayList<>();
            CodeBuilder.Label nextAlt = new CodeBuilder.Label();
            b.emit(Opcode.COPY, 1);
            pattern(o.patterns().get(i), 1);
            b.jump(Opcode.JUMP_FORWARD, matched);
            emitFailChain(nextAlt);
            b.place(nextAlt);
          }
          fail = outer;
          b.jump(Opcode.JUMP_FORWARD, fail(n)); // no alternative matched
          b.place(matched);
          b.emit(Opcode.POP_TOP);
        }
        case Pattern.MatchSequence sq -> sequence(sq, n);
        case Pattern.MatchMapping mp -> mapping(mp, n);
        case Pattern.MatchClass cl -> classPattern(cl, n);
        case Pattern.MatchStar st -> throw unsupported("a starred pattern here", st.pos());
      }
    }

    private void sequence(Pattern.MatchSequence sq, int n) {
      List<Pattern> ps = sq.patterns();
      int star = -1;
      for (int i = 0; i < ps.size(); i++) {
        if (ps.get(i) instanceof Pattern.MatchStar) {
          star = i;
        }
      }
      b.emit(Opcode.MATCH_SEQUENCE);
      b.jump(Opcode.POP_JUMP_IF_FALSE, fail(n));
      if (star < 0 || ps.size() > 1) {
        b.emit(Opcode.GET_LEN);
        constant((long) (star < 0 ? ps.size() : ps.size() - 1));
        b.emit(Opcode.COMPARE_OP, (star < 0 ? CompareOp.EQ : CompareOp.GE).ordinal());
        b.jump(Opcode.POP_JUMP_IF_FALSE, fail(n));
      }
      if (star < 0) {
        b.emit(Opcode.UNPACK_SEQUENCE, ps.size());
      } else {
        b.emit(Opcode.UNPACK_EX, star | (ps.size() - star - 1) << 8);
      }
      int depth = n - 1 + ps.size();
      for (Pattern sub : ps) {
        if (sub instanceof Pattern.MatchStar st) {
          if (st.name() == null) {
            b.emit(Opcode.POP_TOP);
          } else {
            storeCapture(st.name(), st.pos());
          }
        } else {
          pattern(sub, depth);
        }
        depth--;
      }
    }

    private void mapping(Pattern.MatchMapping mp, int n) {
      int size = mp.keys().size();
      b.emit(Opcode.MATCH_MAPPING);
      b.jump(Opcode.POP_JUMP_IF_FALSE, fail(n));
      if (size == 0 && mp.rest() == null) {
        b.emit(Opcode.POP_TOP);
        return;
      }
      if (size > 0) {
        b.emit(Opcode.GET_LEN);
        constant((long) size);
        b.emit(Opcode.COMPARE_OP, CompareOp.GE.ordinal());
        b.jump(Opcode.POP_JUMP_IF_FALSE, fail(n));
      }
      for (Expr k : mp.keys()) {
        expr(k);
      }
      b.emit(Opcode.BUILD_TUPLE, size);
      b.emit(Opcode.MATCH_KEYS);
      b.emit(Opcode.COPY, 1);
      b.jump(Opcode.POP_JUMP_IF_NONE, fail(n + 2));
      b.emit(Opcode.UNPACK_SEQUENCE, size);
      int depth = n + 1 + size;
      for (Pattern sub : mp.patterns()) {
        pattern(sub, depth);
        depth--;
      }
      if (mp.rest() != null) {
        b.emit(Opcode.BUILD_MAP, 0);
        b.emit(Opcode.SWAP, 3);
        b.emit(Opcode.DICT_UPDATE, 2);
        b.emit(Opcode.UNPACK_SEQUENCE, size);
        for (int s = size; s > 0; s--) {
          b.emit(Opcode.COPY, 1 + s);
          b.emit(Opcode.SWAP, 2);
          b.emit(Opcode.DELETE_SUBSCR);
        }
        storeCapture(mp.rest(), mp.pos());
      } else {
        b.emit(Opcode.POP_TOP);
        b.emit(Opcode.POP_TOP);
      }
    }

    private void classPattern(Pattern.MatchClass cl, int n) {
      expr(cl.cls());
      constant(PyTuple.of(cl.kwdAttrs().toArray()));
      b.emit(Opcode.MATCH_CLASS, cl.patterns().size());
      b.emit(Opcode.COPY, 1);
      b.jump(Opcode.POP_JUMP_IF_NONE, fail(n));
      int total = cl.patterns().size() + cl.kwdPatterns().size();
      b.emit(Opcode.UNPACK_SEQUENCE, total);
      int depth = n - 1 + total;
      for (Pattern sub : cl.patterns()) {
        pattern(sub, depth--);
      }
      for (Pattern sub : cl.kwdPatterns()) {
        pattern(sub, depth--);
      }
    }
  }

  /**
   * The value-stack depth where the current statement runs: statements leave nothing on the
   * stack, but enclosing blocks keep things there (a for loop's iterator, a with's
   * __exit__, an except clause's saved exception, a finally path's two).
   */
  private int stackDepth() {
    int d = 0;
    for (FBlock f : fblocks) {
      d += switch (f.kind()) {
        case FOR_LOOP, WITH, ASYNC_WITH, HANDLER_BODY, POP_VALUE -> 1;
        case FINALLY_EXCEPTIONAL -> 2;
        case EXCEPT_STAR_BODY -> 4; // previous exception, original, raised list, rest
        default -> 0;
      };
    }
    return d;
  }


  private void functionDef(Stmt f, String name, Arguments a, List<Stmt> body,
      List<Expr> decoratorList, Expr returns, List<TypeParam> typeParams, Pos pos) {
    for (Expr d : decoratorList) {
      expr(d);
    }
    int flags = 0;
    if (!a.defaults().isEmpty()) {
      for (Expr d : a.defaults()) {
        expr(d);
      }
      b.emit(Opcode.BUILD_TUPLE, a.defaults().size());
      flags |= 1;
    }
    boolean kwdefaults = false;
    for (Expr d : a.kwDefaults()) {
      kwdefaults |= d != null;
    }
    if (kwdefaults) {
      int n = 0;
      for (int i = 0; i < a.kwonlyargs().size(); i++) {
        if (a.kwDefaults().get(i) != null) {
          constant(sc.mangle(a.kwonlyargs().get(i).arg()));
          expr(a.kwDefaults().get(i));
          n++;
        }
      }
      b.emit(Opcode.BUILD_MAP, n);
      flags |= 2;
    }
    if (!typeParams.isEmpty()) {
      // as compile.c: the defaults are evaluated outside and passed as the arguments of the
      // type parameters' function, which makes the function and gives it __type_params__
      int nargs = Integer.bitCount(flags & 3);
      if (nargs == 2) {
        b.emit(Opcode.SWAP, 2);
      }
      int finalFlags = flags;
      CodeObject params = typeParamsUnit(f, name, typeParams, nargs, () -> {
        for (int i = 0; i < nargs; i++) {
          b.emit(Opcode.LOAD_FAST, i);
        }
        functionBody(f, name, a, body, returns, pos, finalFlags);
        b.emit(Opcode.SWAP, 2);
        b.emit(Opcode.CALL_INTRINSIC_2, 4); // INTRINSIC_SET_FUNCTION_TYPE_PARAMS
      });
      makeFunction(params);
      if (nargs > 0) {
        b.emit(Opcode.SWAP, nargs + 1);
        b.emit(Opcode.CALL, nargs - 1);
      } else {
        b.emit(Opcode.PUSH_NULL);
        b.emit(Opcode.CALL, 0);
      }
    } else {
      functionBody(f, name, a, body, returns, pos, flags);
    }
    // each decorator sits below the function on the stack: CALL 0 calls it with the function
    // as its "self" argument, innermost first, as in CPython 3.13
    for (int i = decoratorList.size() - 1; i >= 0; i--) {
      emitAt(decoratorList.get(i).pos(), Opcode.CALL, 0); // located at the decorator
    }
    storeName(name);
  }

  /** Annotations, the function itself and its attributes (flags: what is on the stack). */
  private void functionBody(Stmt f, String name, Arguments a, List<Stmt> body, Expr returns,
      Pos pos, int flags) {
    if (annotations(a, returns)) {
      flags |= 4;
    }
    CodeObject code = compileFunction(f, name, a, body, pos, false);
    makeFunction(code);
    if ((flags & 4) != 0) {
      b.emit(Opcode.SET_FUNCTION_ATTRIBUTE, 4);
    }
    if ((flags & 2) != 0) {
      b.emit(Opcode.SET_FUNCTION_ATTRIBUTE, 2);
    }
    if ((flags & 1) != 0) {
      b.emit(Opcode.SET_FUNCTION_ATTRIBUTE, 1);
    }
  }

  /**
   * The code of the PEP 695 annotation scope "<generic parameters of NAME>" of a generic
   * def, class or type alias statement: it makes the type parameters (leaving their tuple
   * on the stack, each also stored under its name), then runs {@code body} and returns what
   * that leaves on top. Its qualified name prefix is the enclosing one, as in CPython.
   */
  private CodeObject typeParamsUnit(Stmt statement, String name, List<TypeParam> params,
      int argcount, Runnable body) {
    UnitState outer = saveUnit();
    enterUnit(symtable.typeParamsScope(statement));
    String unitName = "<generic parameters of " + name + ">";
    try {
      for (String p : sc.varnames()) {
        b.varname(p);
      }
      b.line = statement.pos().lineno();
      prologue();
      b.emit(Opcode.RESUME);
      if (statement instanceof Stmt.TypeAlias) {
        constant(name);
      }
      typeParams(params);
      body.run();
      b.emit(Opcode.RETURN_VALUE);
      return b.build(unitName, qualPrefix + unitName, filename, statement.pos().lineno(),
          sc.codeFlags(), argcount, 0, 0);
    } finally {
      restoreUnit(outer);
    }
  }

  /** compile.c's compiler_type_params: each TypeVar, ParamSpec, TypeVarTuple, then a tuple. */
  private void typeParams(List<TypeParam> params) {
    for (TypeParam tp : params) {
      int saved = b.line;
      b.line = tp.pos().lineno();
      switch (tp) {
        case TypeParam.TypeVar v -> {
          constant(v.name());
          if (v.bound() != null) {
            lazyTypeParamPart(symtable.boundScope(tp), v.name(), v.bound(), false);
            b.emit(Opcode.CALL_INTRINSIC_2, v.bound() instanceof Expr.TupleExpr
                ? 3 : 2); // INTRINSIC_TYPEVAR_WITH_CONSTRAINTS, INTRINSIC_TYPEVAR_WITH_BOUND
          } else {
            b.emit(Opcode.CALL_INTRINSIC_1, 7); // INTRINSIC_TYPEVAR
          }
          typeParamDefault(tp, v.name(), v.defaultValue());
        }
        case TypeParam.ParamSpec v -> {
          constant(v.name());
          b.emit(Opcode.CALL_INTRINSIC_1, 8); // INTRINSIC_PARAMSPEC
          typeParamDefault(tp, v.name(), v.defaultValue());
        }
        case TypeParam.TypeVarTuple v -> {
          constant(v.name());
          b.emit(Opcode.CALL_INTRINSIC_1, 9); // INTRINSIC_TYPEVARTUPLE
          typeParamDefault(tp, v.name(), v.defaultValue());
        }
      }
      b.emit(Opcode.COPY, 1);
      storeName(switch (tp) {
        case TypeParam.TypeVar v -> v.name();
        case TypeParam.ParamSpec v -> v.name();
        case TypeParam.TypeVarTuple v -> v.name();
      });
      b.line = saved;
    }
    b.emit(Opcode.BUILD_TUPLE, params.size());
  }

  private void typeParamDefault(TypeParam tp, String name, Expr value) {
    if (value != null) {
      lazyTypeParamPart(symtable.defaultScope(tp), name, value,
          tp instanceof TypeParam.TypeVarTuple);
      b.emit(Opcode.CALL_INTRINSIC_2, 5); // INTRINSIC_SET_TYPEPARAM_DEFAULT
    }
  }

  /** Pushes the function that evaluates a bound, constraints or default when asked. */
  private void lazyTypeParamPart(Scope scope, String name, Expr e, boolean allowStarred) {
    UnitState outer = saveUnit();
    enterUnit(scope);
    CodeObject code;
    try {
      b.line = e.pos().lineno();
      prologue();
      b.emit(Opcode.RESUME);
      if (allowStarred && e instanceof Expr.Starred st) {
        expr(st.value());
        b.emit(Opcode.UNPACK_SEQUENCE, 1);
      } else {
        expr(e);
      }
      b.emit(Opcode.RETURN_VALUE);
      code = b.build(name, qualPrefix + name, filename, e.pos().lineno(), sc.codeFlags(), 0, 0,
          0);
    } finally {
      restoreUnit(outer);
    }
    makeFunction(code);
  }

  /** type X[T] = value: a TypeAliasType whose value is computed when first asked for. */
  private void typeAlias(Stmt.TypeAlias t) {
    String name = ((Expr.Name) t.name()).id();
    if (t.typeParams().isEmpty()) {
      constant(name);
      constant(PySingleton.NONE);
      typeAliasValue(t, name);
    } else {
      makeFunction(typeParamsUnit(t, name, t.typeParams(), 0, () -> typeAliasValue(t, name)));
      b.emit(Opcode.PUSH_NULL);
      b.emit(Opcode.CALL, 0);
    }
    storeName(name);
  }

  private void typeAliasValue(Stmt.TypeAlias t, String name) {
    UnitState outer = saveUnit();
    enterUnit(symtable.scope(t));
    CodeObject code;
    try {
      b.line = t.pos().lineno();
      prologue();
      b.emit(Opcode.RESUME);
      b.constant(PySingleton.NONE); // first, so that the value's code has no docstring
      expr(t.value());
      b.emit(Opcode.RETURN_VALUE);
      code = b.build(name, qualPrefix + name, filename, t.pos().lineno(), sc.codeFlags(), 0, 0,
          0);
    } finally {
      restoreUnit(outer);
    }
    makeFunction(code);
    b.emit(Opcode.BUILD_TUPLE, 3);
    b.emit(Opcode.CALL_INTRINSIC_1, 11); // INTRINSIC_TYPEALIAS
  }

  /** class C(bases, **kw): body: as CPython 3.13, through __build_class__. */
  private void classDef(Stmt.ClassDef c) {
    for (Expr d : c.decoratorList()) {
      expr(d);
    }
    if (c.typeParams().isEmpty()) {
      buildClass(c);
    } else {
      // the type parameters' scope stores their tuple in .type_params (read by the body
      // for __type_params__) and adds Generic[*params] as the last base, as compile.c
      makeFunction(typeParamsUnit(c, c.name(), c.typeParams(), 0, () -> {
        storeName(".type_params");
        buildClass(c);
      }));
      b.emit(Opcode.PUSH_NULL);
      b.emit(Opcode.CALL, 0);
    }
    for (int i = c.decoratorList().size() - 1; i >= 0; i--) {
      emitAt(c.decoratorList().get(i).pos(), Opcode.CALL, 0); // located at the decorator
    }
    storeName(c.name());
  }

  /** The __build_class__ call of a class statement, leaving the class on the stack. */
  private void buildClass(Stmt.ClassDef c) {
    boolean generic = !c.typeParams().isEmpty();
    b.emit(Opcode.LOAD_BUILD_CLASS);
    b.emit(Opcode.PUSH_NULL);
    makeFunction(compileClassBody(c));
    constant(c.name());
    if (generic) {
      load(".type_params");
      b.emit(Opcode.CALL_INTRINSIC_1, 10); // INTRINSIC_SUBSCRIPT_GENERIC
      storeName(".generic_base");
    }
    for (Expr base : c.bases()) {
      if (base instanceof Expr.Starred) {
        throw unsupported("*bases", base.pos());
      }
      expr(base);
    }
    if (generic) {
      load(".generic_base");
    }
    int nargs = 2 + c.bases().size() + (generic ? 1 : 0);
    if (c.keywords().isEmpty()) {
      b.emit(Opcode.CALL, nargs);
    } else {
      Object[] names = new Object[c.keywords().size()];
      for (int i = 0; i < names.length; i++) {
        Expr.Keyword k = c.keywords().get(i);
        if (k.arg() == null) {
          throw unsupported("**kwargs in class definitions", c.pos());
        }
        names[i] = k.arg();
        expr(k.value());
      }
      constant(PyTuple.of(names));
      b.emit(Opcode.CALL_KW, nargs + names.length);
    }
  }

  private CodeObject compileClassBody(Stmt.ClassDef c) {
    UnitState outer = saveUnit();
    enterUnit(symtable.scope(c));
    String qualname = qualPrefix + c.name();
    qualPrefix = qualname + ".";
    try {
      b.line = c.pos().lineno();
      prologue();
      b.emit(Opcode.RESUME);
      b.emit(Opcode.LOAD_NAME, b.name("__name__"));
      b.emit(Opcode.STORE_NAME, b.name("__module__"));
      constant(qualname);
      b.emit(Opcode.STORE_NAME, b.name("__qualname__"));
      constant((long) (c.decoratorList().isEmpty() ? c.pos().lineno()
          : c.decoratorList().getFirst().pos().lineno()));
      b.emit(Opcode.STORE_NAME, b.name("__firstlineno__"));
      if (!c.typeParams().isEmpty()) {
        load(".type_params");
        b.emit(Opcode.STORE_NAME, b.name("__type_params__"));
      }
      if (sc.needsClassdict()) {
        // the annotation scopes inside read the class namespace through this cell
        b.emit(Opcode.LOAD_LOCALS);
        b.emitDeref(Opcode.STORE_DEREF, "__classdict__");
      }
      List<Stmt> body = c.body();
      if (hasAnnotations(body)) {
        b.emit(Opcode.SETUP_ANNOTATIONS);
      }
      if (!body.isEmpty() && body.getFirst() instanceof Stmt.ExprStmt e
          && e.value() instanceof Expr.Constant k && k.value() instanceof String doc) {
        b.line = e.pos().lineno();
        constant(Docstrings.clean(doc));
        b.emit(Opcode.STORE_NAME, b.name("__doc__"));
        body = body.subList(1, body.size());
      }
      java.util.TreeSet<String> attributes = new java.util.TreeSet<>(CodeGen::codePointOrder);
      staticAttributes.push(attributes);
      try {
        stmts(body);
      } finally {
        staticAttributes.pop();
      }
      constant(PyTuple.of(attributes.toArray()));
      b.emit(Opcode.STORE_NAME, b.name("__static_attributes__"));
      if (sc.needsClassdict()) {
        b.emitDeref(Opcode.LOAD_FAST, "__classdict__"); // CPython's LOAD_CLOSURE
        b.emit(Opcode.STORE_NAME, b.name("__classdictcell__"));
      }
      if (sc.needsClassClosure()) {
        b.emitDeref(Opcode.LOAD_FAST, "__class__");
        b.emit(Opcode.COPY, 1);
        b.emit(Opcode.STORE_NAME, b.name("__classcell__"));
        b.emit(Opcode.RETURN_VALUE);
      } else {
        b.emit(Opcode.RETURN_CONST, b.constant(PySingleton.NONE));
      }
      return b.build(c.name(), qualname, filename, firstLine(c.decoratorList(), c.pos()),
          0, 0, 0, 0);
    } finally {
      restoreUnit(outer);
    }
  }

  /** co_firstlineno: a decorated def or class starts at its first decorator (CPython 3.13). */
  private static int firstLine(List<Expr> decorators, Pos pos) {
    return decorators.isEmpty() ? pos.lineno() : decorators.getFirst().pos().lineno();
  }

  private CodeObject compileFunction(org.pyjit.ast.Node node, String name, Arguments a,
      List<Stmt> body, Pos pos, boolean lambda) {
    UnitState outer = saveUnit();
    enterUnit(symtable.scope(node));
    String qualname = qualPrefix + name;
    qualPrefix = qualname + ".<locals>.";
    try {
      for (String p : sc.varnames()) {
        b.varname(p);
      }
      int flags = sc.codeFlags();
      b.line = pos.lineno();
      prologue();
      b.emit(Opcode.RESUME);
      List<Stmt> code = body;
      if (!lambda && !body.isEmpty() && body.getFirst() instanceof Stmt.ExprStmt e
          && e.value() instanceof Expr.Constant c && c.value() instanceof String doc) {
        b.constant(Docstrings.clean(doc));
        flags |= CodeObject.CO_HAS_DOCSTRING;
        code = body.subList(1, body.size());
      }
      stmts(code);
      b.emit(Opcode.RETURN_CONST, b.constant(PySingleton.NONE));
      List<Expr> decorators = node instanceof Stmt.FunctionDef d ? d.decoratorList()
          : node instanceof Stmt.AsyncFunctionDef d ? d.decoratorList() : List.of();
      return b.build(name, qualname, filename, firstLine(decorators, pos), flags,
          a.posonlyargs().size() + a.args().size(), a.posonlyargs().size(),
          a.kwonlyargs().size());
    } finally {
      restoreUnit(outer);
    }
  }

  // ------------------------------------------------------------------ names

  /** How a name is accessed: CPython's compiler_nameop optypes. */
  private enum NameOp { FAST, DEREF, GLOBAL, NAME }

  private boolean inClassBlock() {
    return sc.kind() == ScopeKind.CLASS;
  }

  /**
   * The block that decides a name's scope: an inlined comprehension for the names it binds
   * (in a class body, for every name it uses), else the unit's own block.
   */
  private Scope owner(String mangled) {
    for (Scope comp : inlinedComps) {
      Symbol s = comp.symbol(mangled);
      if (s != null && (inClassBlock()
          || (s.has(Symbol.DEF_LOCAL) && !s.has(Symbol.DEF_NONLOCAL)))) {
        return comp;
      }
    }
    return sc;
  }

  private NameOp resolve(String name) {
    String mangled = sc.mangle(name);
    Scope owner = owner(mangled);
    return switch (owner.scopeOf(mangled)) {
      case FREE, CELL -> NameOp.DEREF;
      case LOCAL -> sc.isFunctionLike() || owner != sc ? NameOp.FAST : NameOp.NAME;
      case GLOBAL_IMPLICIT -> sc.isFunctionLike() ? NameOp.GLOBAL : NameOp.NAME;
      case GLOBAL_EXPLICIT -> NameOp.GLOBAL;
      default -> NameOp.NAME;
    };
  }

  private void load(String name) {
    String m = sc.mangle(name);
    switch (resolve(name)) {
      case FAST -> b.emit(Opcode.LOAD_FAST_CHECK, b.varname(m));
      case DEREF -> {
        if (inClassBlock() && inlinedComps.isEmpty()) {
          b.emit(Opcode.LOAD_LOCALS);
          b.emitDeref(Opcode.LOAD_FROM_DICT_OR_DEREF, m);
        } else if (sc.canSeeClassScope()) {
          b.emitDeref(Opcode.LOAD_DEREF, "__classdict__");
          b.emitDeref(Opcode.LOAD_FROM_DICT_OR_DEREF, m);
        } else {
          b.emitDeref(Opcode.LOAD_DEREF, m);
        }
      }
      case GLOBAL -> {
        if (sc.canSeeClassScope()
            && owner(m).scopeOf(m) == SymbolScope.GLOBAL_IMPLICIT) {
          b.emitDeref(Opcode.LOAD_DEREF, "__classdict__");
          b.emit(Opcode.LOAD_FROM_DICT_OR_GLOBALS, b.name(m));
        } else {
          b.emit(Opcode.LOAD_GLOBAL, b.name(m) << 1);
        }
      }
      case NAME -> {
        if (inClassBlock() && !inlinedComps.isEmpty()) {
          b.emit(Opcode.LOAD_GLOBAL, b.name(m) << 1);
        } else {
          b.emit(Opcode.LOAD_NAME, b.name(m));
        }
      }
    }
  }

  private void storeName(String name) {
    nameOp(name, Opcode.STORE_FAST, Opcode.STORE_DEREF, Opcode.STORE_GLOBAL, Opcode.STORE_NAME);
  }

  private void deleteName(String name) {
    nameOp(name, Opcode.DELETE_FAST, Opcode.DELETE_DEREF, Opcode.DELETE_GLOBAL,
        Opcode.DELETE_NAME);
  }

  /** A store or delete of {@code name}, by the instruction of its kind of scope. */
  private void nameOp(String name, Opcode fast, Opcode deref, Opcode global, Opcode dict) {
    String m = sc.mangle(name);
    switch (resolve(name)) {
      case FAST -> b.emit(fast, b.varname(m));
      case DEREF -> b.emitDeref(deref, m);
      case GLOBAL -> b.emit(global, b.name(m));
      case NAME -> b.emit(dict, b.name(m));
    }
  }

  /**
   * Pushes the function made from {@code code}: its closure tuple first when it has free
   * variables (each the cell of this unit it refers to), then MAKE_FUNCTION.
   */
  /**
   * Pushes a function's annotations as CPython 3.13 does, a tuple of name and value pairs
   * (parameters in order, then 'return'), when there are any; returns whether it did.
   * Under {@code from __future__ import annotations} the values are the expressions' source
   * text as CPython's unparser writes it ({@link ExprUnparser}), constants that the
   * optimizer folds into one tuple.
   */
  private boolean annotations(Arguments a, Expr returns) {
    List<Arguments.Arg> params = a.all();
    if (futureAnnotations() && optimize) {
      return annotationTexts(params, returns);
    }
    int n = 0;
    for (Arguments.Arg p : params) {
      if (p.annotation() != null) {
        constant(sc.mangle(p.arg()));
        if (futureAnnotations()) {
          constant(ExprUnparser.unparse(p.annotation())); // *args: *Ts is '*Ts'
        } else if (p.annotation() instanceof Expr.Starred st) { // *args: *Ts is [*Ts][0]
          expr(st.value());
          b.emit(Opcode.UNPACK_SEQUENCE, 1);
        } else {
          expr(p.annotation());
        }
        n += 2;
      }
    }
    if (returns != null) {
      constant("return");
      annotationValue(returns);
      n += 2;
    }
    if (n > 0) {
      b.emit(Opcode.BUILD_TUPLE, n);
    }
    return n > 0;
  }

  /**
   * The future import's annotations as the one tuple constant CPython's optimizer folds
   * the LOAD_CONSTs and BUILD_TUPLE into, last in co_consts as there.
   */
  private boolean annotationTexts(List<Arguments.Arg> params, Expr returns) {
    List<Object> pairs = new java.util.ArrayList<>();
    for (Arguments.Arg p : params) {
      if (p.annotation() != null) {
        pairs.add(sc.mangle(p.arg()));
        pairs.add(ExprUnparser.unparse(p.annotation()));
      }
    }
    if (returns != null) {
      pairs.add("return");
      pairs.add(ExprUnparser.unparse(returns));
    }
    if (pairs.isEmpty()) {
      return false;
    }
    b.emitLateConstant(PyTuple.of(pairs.toArray()));
    return true;
  }

  private boolean futureAnnotations() {
    return symtable.future().annotations();
  }

  /**
   * x: T [= v]. In a module or class body a simple name's annotation is stored in
   * __annotations__ (its source text under the future import); other targets have their
   * annotation evaluated and dropped, or under the future import not even that (and,
   * without a value, the object of an attribute or subscript evaluated either way); a
   * function body evaluates no annotation of a simple name, as CPython.
   */
  private void annAssign(Stmt.AnnAssign a) {
    if (a.value() != null) {
      expr(a.value());
      store(a.target());
    }
    boolean namespace = !sc.isFunctionLike();
    if (a.target() instanceof Expr.Name n && a.simple() != 0) {
      if (namespace) {
        annotationValue(a.annotation());
        b.emit(Opcode.LOAD_NAME, b.name("__annotations__"));
        constant(sc.mangle(n.id()));
        b.emit(Opcode.STORE_SUBSCR);
      }
      return;
    }
    if (a.value() == null) {
      if (a.target() instanceof Expr.Attribute at) {
        expr(at.value());
        b.emit(Opcode.POP_TOP);
      } else if (a.target() instanceof Expr.Subscript s) {
        expr(s.value());
        b.emit(Opcode.POP_TOP);
        expr(s.slice());
        b.emit(Opcode.POP_TOP);
      }
    }
    if (namespace && !futureAnnotations()) {
      annotationValue(a.annotation());
      b.emit(Opcode.POP_TOP);
    }
  }

  /** Pushes an annotation's value: the object, or under the future import its text. */
  private void annotationValue(Expr annotation) {
    if (futureAnnotations()) {
      constant(ExprUnparser.unparse(annotation));
    } else {
      expr(annotation);
    }
  }

  /** Whether a body annotates a variable (in it or its nested blocks, not nested scopes). */
  private static boolean hasAnnotations(List<Stmt> body) {
    for (Stmt s : body) {
      if (annotates(s)) {
        return true;
      }
    }
    return false;
  }

  /** Whether statement {@code s} annotates a variable (hasAnnotations of one statement). */
  private static boolean annotates(Stmt s) {
    if (s instanceof Stmt.AnnAssign a) {
      return true;
    } else if (s instanceof Stmt.For f) {
      return hasAnnotations(f.body()) || hasAnnotations(f.orelse());
    } else if (s instanceof Stmt.AsyncFor f) {
      return hasAnnotations(f.body()) || hasAnnotations(f.orelse());
    } else if (s instanceof Stmt.While w) {
      return hasAnnotations(w.body()) || hasAnnotations(w.orelse());
    } else if (s instanceof Stmt.If i) {
      return hasAnnotations(i.body()) || hasAnnotations(i.orelse());
    } else if (s instanceof Stmt.With w) {
      return hasAnnotations(w.body());
    } else if (s instanceof Stmt.AsyncWith w) {
      return hasAnnotations(w.body());
    } else if (s instanceof Stmt.Match m) {
      for (var c : m.cases()) {
        if (hasAnnotations(c.body())) {
          return true;
        }
      }
      return false;
    } else if (s instanceof Stmt.Try t) {
      return hasAnnotations(t.body()) || hasAnnotations(t.orelse())
          || hasAnnotations(t.finalbody()) || handlersAnnotate(t.handlers());
    } else if (s instanceof Stmt.TryStar t) {
      return hasAnnotations(t.body()) || hasAnnotations(t.orelse())
          || hasAnnotations(t.finalbody()) || handlersAnnotate(t.handlers());
    }
    return false;
  }

  // loops, not streams: every program with a try statement compiles this, and a stream's
  // first use initialises dozens of classes, interpreted (docs/internals/startup.md)
  private static boolean handlersAnnotate(List<Stmt.ExceptHandler> handlers) {
    for (Stmt.ExceptHandler h : handlers) {
      if (hasAnnotations(h.body())) {
        return true;
      }
    }
    return false;
  }

  private void makeFunction(CodeObject code) {
    boolean closure = code.freevars.length > 0;
    if (closure) {
      for (String fv : code.freevars) {
        b.emitDeref(Opcode.LOAD_FAST, fv); // CPython's LOAD_CLOSURE
      }
      b.emit(Opcode.BUILD_TUPLE, code.freevars.length);
    }
    constant(code);
    b.emit(Opcode.MAKE_FUNCTION);
    if (closure) {
      b.emit(Opcode.SET_FUNCTION_ATTRIBUTE, 8);
    }
  }

  /** What compiling a nested code unit replaces, restored when it is done. */
  private record UnitState(CodeBuilder b, Scope sc, ArrayDeque<Scope> comps,
      ArrayDeque<FBlock> fblocks, String qualPrefix) {}

  private UnitState saveUnit() {
    return new UnitState(b, sc, inlinedComps, fblocks, qualPrefix);
  }

  private void restoreUnit(UnitState u) {
    b = u.b();
    sc = u.sc();
    inlinedComps = u.comps();
    fblocks = u.fblocks();
    qualPrefix = u.qualPrefix();
  }

  /** Starts compiling the block {@code s} into a new code unit. */
  private void enterUnit(Scope s) {
    sc = s;
    b = newBuilder();
    b.cells = new ArrayList<>(s.cellvars());
    b.frees = s.freevars();
    inlinedComps = new ArrayDeque<>();
    fblocks = new ArrayDeque<>();
  }

  /** MAKE_CELL for each cell and COPY_FREE_VARS, before RESUME, as CPython. */
  private void prologue() {
    for (String c : b.cells) {
      b.emitDeref(Opcode.MAKE_CELL, c);
    }
    if (!b.frees.isEmpty()) {
      b.emit(Opcode.COPY_FREE_VARS, b.frees.size());
    }
  }

  private void store(Expr target) {
    if (target instanceof Expr.Name n) {
      storeName(n.id());
    } else if (target instanceof Expr.TupleExpr t) {
      unpack(t.elts(), t.pos());
    } else if (target instanceof Expr.ListExpr l) {
      unpack(l.elts(), l.pos());
    } else {
      attributeOrItem(target, Opcode.STORE_ATTR, Opcode.STORE_SUBSCR,
          "this assignment target");
    }
  }

  /** Pushes o (and key) of {@code o.name} or {@code o[key]}, then {@code attr} or {@code item}. */
  private void attributeOrItem(Expr target, Opcode attr, Opcode item, String what) {
    if (target instanceof Expr.Attribute a) {
      if (attr == Opcode.STORE_ATTR && a.value() instanceof Expr.Name n
          && n.id().equals("self")) {
        noteStaticAttribute(a.attr());
      }
      expr(a.value());
      emitAt(attrPos(a), attr, attrName(a));
    } else if (target instanceof Expr.Subscript s) {
      expr(s.value());
      expr(s.slice());
      emitAt(target.pos(), item, 0);
    } else {
      throw unsupported(what, target.pos());
    }
  }

  /**
   * The __static_attributes__ of the class bodies being compiled, innermost first: the names
   * stored as {@code self.NAME} (by an assignment, a for or with target; not by an augmented
   * assignment) in code nested in the class body, as CPython 3.13 collects them.
   */
  private final ArrayDeque<java.util.Set<String>> staticAttributes = new ArrayDeque<>();

  /** Records {@code self.name = ...} for the innermost class enclosing this unit. */
  private void noteStaticAttribute(String name) {
    java.util.Iterator<java.util.Set<String>> open = staticAttributes.iterator();
    if (inClassBlock() && open.hasNext()) {
      open.next(); // the class body's own code counts for the class around it, as in CPython
    }
    if (open.hasNext()) {
      open.next().add(name);
    }
  }

  /** The order of code point sequences (as of CPython's str), by a loop: no stream. */
  private static int codePointOrder(String x, String y) {
    int i = 0;
    int j = 0;
    while (i < x.length() && j < y.length()) {
      int a = x.codePointAt(i);
      int b = y.codePointAt(j);
      if (a != b) {
        return Integer.compare(a, b);
      }
      i += Character.charCount(a);
      j += Character.charCount(b);
    }
    return Boolean.compare(i < x.length(), j < y.length());
  }

  private void unpack(List<Expr> elts, Pos pos) {
    int star = -1;
    for (int i = 0; i < elts.size(); i++) {
      if (elts.get(i) instanceof Expr.Starred) {
        star = i;
      }
    }
    // an error unpacking points at the target, as in CPython
    if (star < 0) {
      emitAt(pos, Opcode.UNPACK_SEQUENCE, elts.size());
    } else {
      emitAt(pos, Opcode.UNPACK_EX, star | (elts.size() - star - 1) << 8);
    }
    for (Expr e : elts) {
      store(e instanceof Expr.Starred s ? s.value() : e);
    }
  }

  private void delete(Expr target) {
    if (target instanceof Expr.Name n) {
      at(n.pos(), () -> deleteName(n.id()));
    } else if (target instanceof Expr.TupleExpr t) {
      t.elts().forEach(this::delete);
    } else if (target instanceof Expr.ListExpr l) {
      l.elts().forEach(this::delete);
    } else {
      attributeOrItem(target, Opcode.DELETE_ATTR, Opcode.DELETE_SUBSCR,
          "this del target");
    }
  }

  // ------------------------------------------------------------------ expressions

  /** Jumps to {@code target} when the truth of {@code e} equals {@code when}. */
  private void condition(Expr e, CodeBuilder.Label target, boolean when) {
    if (e instanceof Expr.UnaryOp u && u.op() == org.pyjit.ast.UnaryOperator.NOT) {
      condition(u.operand(), target, !when);
      return;
    }
    if (e instanceof Expr.BoolOp bo) {
      boolean isAnd = bo.op() == BoolOperator.AND;
      if (isAnd != when) {
        // and-jump-if-false / or-jump-if-true: any operand decides
        for (Expr v : bo.values()) {
          condition(v, target, when);
        }
      } else {
        CodeBuilder.Label skip = new CodeBuilder.Label();
        List<Expr> vs = bo.values();
        for (int i = 0; i < vs.size() - 1; i++) {
          condition(vs.get(i), skip, !when);
        }
        condition(vs.getLast(), target, when);
        b.place(skip);
      }
      return;
    }
    expr(e);
    b.emit(Opcode.TO_BOOL);
    b.jump(when ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, target);
  }

  static Object constValue(Expr.Constant c) {
    Object v = c.value();
    if (v == Expr.Singleton.NONE) {
      return PySingleton.NONE;
    }
    if (v == Expr.Singleton.ELLIPSIS) {
      return PySingleton.ELLIPSIS;
    }
    if (v instanceof Expr.Bytes bs) {
      return new org.pyjit.runtime.PyBytes(bs.data());
    }
    if (v instanceof Expr.Imaginary im) {
      return new org.pyjit.runtime.PyComplex(0.0, im.imag());
    }
    return v;
  }

  /**
   * Emits an instruction located at {@code p} instead of the statement: where CPython puts
   * it, so that a traceback's line and carets point at the same part of the source.
   */
  private void emitAt(Pos p, Opcode op, int arg) {
    int savedLine = b.line;
    Pos savedPos = b.pos;
    b.line = p.lineno();
    b.pos = p;
    b.emit(op, arg);
    b.line = savedLine;
    b.pos = savedPos;
  }

  /**
   * Where CPython locates an attribute's load or store: the attribute node, but starting at
   * the name on its last line when it spans lines (update_start_location_to_match_attr).
   */
  /** The name index of {@code o.attr}: private names mangled as for plain names. */
  private int attrName(Expr.Attribute a) {
    return b.name(sc.mangle(a.attr()));
  }

  private static Pos attrPos(Expr.Attribute a) {
    Pos p = a.pos();
    if (p.lineno() == p.endLineno()) {
      return p;
    }
    int len = a.attr().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    return new Pos(p.endLineno(), Math.max(0, p.endColOffset() - len), p.endLineno(),
        p.endColOffset());
  }

  /** Compiles what {@code code} emits located at {@code p}, as {@link #emitAt}. */
  private void at(Pos p, Runnable code) {
    int savedLine = b.line;
    Pos savedPos = b.pos;
    b.line = p.lineno();
    b.pos = p;
    try {
      code.run();
    } finally {
      b.line = savedLine;
      b.pos = savedPos;
    }
  }

  /** A jump located at {@code p}, as {@link #emitAt}. */
  private void jumpAt(Pos p, Opcode op, CodeBuilder.Label target) {
    int savedLine = b.line;
    Pos savedPos = b.pos;
    b.line = p.lineno();
    b.pos = p;
    b.jump(op, target);
    b.line = savedLine;
    b.pos = savedPos;
  }

  private void expr(Expr e) {
    int saved = b.line;
    Pos savedPos = b.pos;
    b.line = e.pos().lineno();
    b.pos = e.pos();
    try {
      exprInner(e);
    } finally {
      b.line = saved;
      b.pos = savedPos;
    }
  }

  private void exprInner(Expr e) {
    if (optimize && foldedOrRewritten(e)) {
      return;
    }
    if (e instanceof Expr.Constant c) {
      if (c.value() instanceof Expr.StrCodePoints) {
        throw unsupported("this kind of literal", e.pos());
      }
      constant(constValue(c));
    } else if (e instanceof Expr.Name n) {
      if (n.id().equals("__debug__")) {
        // CPython's AST optimizer makes it the constant True (no -O): the symbol table
        // has no symbol for it, and a function's LOAD_NAME would find no locals
        constant(Boolean.TRUE);
      } else {
        load(n.id());
      }
    } else if (e instanceof Expr.BinOp bo) {
      expr(bo.left());
      expr(bo.right());
      b.emit(Opcode.BINARY_OP, binaryOp(bo.op()).ordinal());
    } else if (e instanceof Expr.UnaryOp u) {
      expr(u.operand());
      switch (u.op()) {
        case USUB -> b.emit(Opcode.UNARY_NEGATIVE);
        case INVERT -> b.emit(Opcode.UNARY_INVERT);
        case NOT -> {
          b.emit(Opcode.TO_BOOL);
          b.emit(Opcode.UNARY_NOT);
        }
        case UADD -> b.emit(Opcode.CALL_INTRINSIC_1, 5); // INTRINSIC_UNARY_POSITIVE
      }
    } else if (e instanceof Expr.BoolOp bo) {
      CodeBuilder.Label end = new CodeBuilder.Label();
      List<Expr> vs = bo.values();
      for (int i = 0; i < vs.size() - 1; i++) {
        expr(vs.get(i));
        b.emit(Opcode.COPY, 1);
        b.emit(Opcode.TO_BOOL);
        b.jump(bo.op() == BoolOperator.AND ? Opcode.POP_JUMP_IF_FALSE
            : Opcode.POP_JUMP_IF_TRUE, end);
        b.emit(Opcode.POP_TOP);
      }
      expr(vs.getLast());
      b.place(end);
    } else if (e instanceof Expr.Compare c) {
      compare(c);
    } else if (e instanceof Expr.IfExp i) {
      CodeBuilder.Label orelse = new CodeBuilder.Label();
      CodeBuilder.Label end = new CodeBuilder.Label();
      condition(i.test(), orelse, false);
      expr(i.body());
      b.jump(Opcode.JUMP_FORWARD, end);
      b.place(orelse);
      expr(i.orelse());
      b.place(end);
    } else if (e instanceof Expr.Call c) {
      call(c);
    } else if (e instanceof Expr.Attribute a) {
      expr(a.value());
      emitAt(attrPos(a), Opcode.LOAD_ATTR, attrName(a) << 1);
    } else if (e instanceof Expr.Subscript s) {
      expr(s.value());
      expr(s.slice());
      b.emit(Opcode.BINARY_SUBSCR);
    } else if (e instanceof Expr.Slice s) {
      sliceBound(s.lower());
      sliceBound(s.upper());
      if (s.step() != null) {
        expr(s.step());
        b.emit(Opcode.BUILD_SLICE, 3);
      } else {
        b.emit(Opcode.BUILD_SLICE, 2);
      }
    } else if (e instanceof Expr.TupleExpr t) {
      if (!starUnpack(t.elts(), Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND)) {
        t.elts().forEach(this::expr);
        b.emit(Opcode.BUILD_TUPLE, t.elts().size());
      } else {
        b.emit(Opcode.CALL_INTRINSIC_1, 6); // INTRINSIC_LIST_TO_TUPLE
      }
    } else if (e instanceof Expr.ListExpr l) {
      if (!starUnpack(l.elts(), Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND)) {
        l.elts().forEach(this::expr);
        b.emit(Opcode.BUILD_LIST, l.elts().size());
      }
    } else if (e instanceof Expr.DictExpr d) {
      dictDisplay(d);
    } else if (e instanceof Expr.JoinedStr j) {
      for (Expr v : j.values()) {
        expr(v);
      }
      if (j.values().size() != 1) {
        b.emit(Opcode.BUILD_STRING, j.values().size());
      }
    } else if (e instanceof Expr.FormattedValue f) {
      expr(f.value());
      if (f.conversion() >= 0) {
        b.emit(Opcode.CONVERT_VALUE, f.conversion() == 's' ? 1 : f.conversion() == 'r' ? 2 : 3);
      }
      if (f.formatSpec() != null) {
        expr(f.formatSpec());
        b.emit(Opcode.FORMAT_WITH_SPEC);
      } else {
        b.emit(Opcode.FORMAT_SIMPLE);
      }
    } else if (e instanceof Expr.Lambda l) {
      Arguments a = l.args();
      if (!a.defaults().isEmpty()) {
        a.defaults().forEach(this::expr);
        b.emit(Opcode.BUILD_TUPLE, a.defaults().size());
      }
      int nkw = 0;
      for (int i = 0; i < a.kwonlyargs().size(); i++) {
        if (a.kwDefaults().get(i) != null) {
          constant(sc.mangle(a.kwonlyargs().get(i).arg()));
          expr(a.kwDefaults().get(i));
          nkw++;
        }
      }
      if (nkw > 0) {
        b.emit(Opcode.BUILD_MAP, nkw);
      }
      CodeObject code = compileFunction(l, "<lambda>", a,
          List.of(new Stmt.Return(l.body(), l.body().pos())), l.pos(), true);
      makeFunction(code);
      if (nkw > 0) {
        b.emit(Opcode.SET_FUNCTION_ATTRIBUTE, 2);
      }
      if (!a.defaults().isEmpty()) {
        b.emit(Opcode.SET_FUNCTION_ATTRIBUTE, 1);
      }
    } else if (e instanceof Expr.Yield y) {
      if (!sc.isFunctionLike()) {
        throw unsupported("'yield' outside function", e.pos());
      }
      if (y.value() != null) {
        expr(y.value());
      } else {
        constant(PySingleton.NONE);
      }
      if ((sc.codeFlags() & CodeObject.CO_ASYNC_GENERATOR) != 0) {
        b.emit(Opcode.CALL_INTRINSIC_1, 4); // INTRINSIC_ASYNC_GEN_WRAP
      }
      b.emit(Opcode.YIELD_VALUE);
      b.emit(Opcode.RESUME);
    } else if (e instanceof Expr.Await a) {
      expr(a.value());
      emitAt(a.pos(), Opcode.GET_AWAITABLE, 0);
      awaitLoop();
    } else if (e instanceof Expr.YieldFrom y) {
      if (!sc.isFunctionLike()) {
        throw unsupported("'yield' outside function", e.pos());
      }
      expr(y.value());
      b.emit(Opcode.GET_YIELD_FROM_ITER);
      awaitLoop();
    } else if (e instanceof Expr.NamedExpr n) {
      expr(n.value());
      b.emit(Opcode.COPY, 1);
      store(n.target());
    } else if (e instanceof Expr.ListComp c) {
      comprehension(c, c.generators(), Opcode.BUILD_LIST, depth -> {
        expr(c.elt());
        b.emit(Opcode.LIST_APPEND, depth);
      });
    } else if (e instanceof Expr.SetComp c) {
      comprehension(c, c.generators(), Opcode.BUILD_SET, depth -> {
        expr(c.elt());
        b.emit(Opcode.SET_ADD, depth);
      });
    } else if (e instanceof Expr.SetExpr st) {
      setDisplay(st);
    } else if (e instanceof Expr.DictComp c) {
      comprehension(c, c.generators(), Opcode.BUILD_MAP, depth -> {
        expr(c.key());
        expr(c.value());
        b.emit(Opcode.MAP_ADD, depth);
      });
    } else if (e instanceof Expr.GeneratorExp g) {
      generatorExpression(g);
    } else {
      throw unsupported("the " + e.typeName() + " expression", e.pos());
    }
  }

  /**
   * A list, set or dict comprehension, inlined as CPython 3.13 does (PEP 709): its target
   * names become hidden fast locals of the current code object, saved before the loop with
   * LOAD_FAST_AND_CLEAR and restored after it, so they never leak into the enclosing scope.
   * The element is added with the instruction {@code element} emits and returns.
   */
  private void comprehension(org.pyjit.ast.Node node, List<Expr.Comprehension> gens,
      Opcode build, java.util.function.IntConsumer element) {
    Scope comp = symtable.scope(node);
    // the outermost iterable is evaluated in the enclosing scope, before the names are hidden
    iterable(gens.getFirst().iter());
    emitAt(gens.getFirst().iter().pos(),
        gens.getFirst().isAsync() != 0 ? Opcode.GET_AITER : Opcode.GET_ITER, 0);
    List<String> saved = new ArrayList<>();
    List<Boolean> cell = new ArrayList<>();
    for (Symbol sym : comp.symbols().values()) {
      if (sym.name().equals(".0") || !sym.has(Symbol.DEF_LOCAL) || sym.has(Symbol.DEF_NONLOCAL)) {
        continue;
      }
      SymbolScope scope = sym.scope();
      if (scope != SymbolScope.LOCAL && scope != SymbolScope.CELL) {
        continue;
      }
      saved.add(sym.name());
      cell.add(scope == SymbolScope.CELL);
    }
    for (int i = 0; i < saved.size(); i++) {
      int slot = b.varname(saved.get(i));
      b.emit(Opcode.LOAD_FAST_AND_CLEAR, slot);
      if (cell.get(i)) {
        if (!b.cells.contains(saved.get(i))) {
          b.cells.add(saved.get(i));
        }
        b.emitDeref(Opcode.MAKE_CELL, saved.get(i));
      }
      b.emit(Opcode.SWAP, 2);
    }
    inlinedComps.push(comp);
    try {
      b.emit(build, 0);
      b.emit(Opcode.SWAP, 2);
      comprehensionLevel(gens, 0, true, element);
    } finally {
      inlinedComps.pop();
    }
    for (int i = saved.size() - 1; i >= 0; i--) {
      b.emit(Opcode.SWAP, 2);
      b.emit(Opcode.STORE_FAST, b.varname(saved.get(i)));
    }
  }

  /**
   * (elt for ... in it ...): a generator function of one argument, the outermost iterator
   * (.0), made and called on the spot as CPython does.
   */
  private void generatorExpression(Expr.GeneratorExp g) {
    UnitState outer = saveUnit();
    String qualname = qualPrefix + "<genexpr>";
    CodeObject code;
    int line = b.line;
    Pos pos = b.pos;
    enterUnit(symtable.scope(g));
    qualPrefix = qualname + ".<locals>.";
    try {
      b.line = line;
      b.pos = pos;
      b.varname(".0");
      prologue();
      b.emit(Opcode.RESUME);
      b.emit(Opcode.LOAD_FAST, 0);
      comprehensionLevel(g.generators(), 0, false, depth -> {
        expr(g.elt());
        if ((sc.codeFlags() & CodeObject.CO_ASYNC_GENERATOR) != 0) {
          b.emit(Opcode.CALL_INTRINSIC_1, 4); // INTRINSIC_ASYNC_GEN_WRAP
        }
        b.emit(Opcode.YIELD_VALUE);
        b.emit(Opcode.RESUME);
        b.emit(Opcode.POP_TOP);
      });
      b.emit(Opcode.RETURN_CONST, b.constant(PySingleton.NONE));
      code = b.build("<genexpr>", qualname, filename, g.pos().lineno(), sc.codeFlags(), 1, 0,
          0);
    } finally {
      restoreUnit(outer);
    }
    makeFunction(code);
    iterable(g.generators().getFirst().iter());
    emitAt(g.generators().getFirst().iter().pos(),
        g.generators().getFirst().isAsync() != 0 ? Opcode.GET_AITER : Opcode.GET_ITER, 0);
    b.emit(Opcode.CALL, 0);
  }

  /**
   * One for-clause. For clause 0 the iterator is already on the stack ({@code firstIsIter});
   * the others evaluate their iterable here. {@code element} gets the depth of the result
   * below the top (the iterators of every level, plus one).
   */
  private void comprehensionLevel(List<Expr.Comprehension> gens, int i, boolean firstIsIter,
      java.util.function.IntConsumer element) {
    Expr.Comprehension g = gens.get(i);
    boolean async = g.isAsync() != 0;
    if (i > 0) {
      iterable(g.iter());
      emitAt(g.iter().pos(), async ? Opcode.GET_AITER : Opcode.GET_ITER, 0);
    } else if (!firstIsIter && !async) {
      emitAt(g.iter().pos(), Opcode.GET_ITER, 0);
    }
    CodeBuilder.Label top = new CodeBuilder.Label();
    CodeBuilder.Label end = new CodeBuilder.Label();
    b.place(top);
    if (async) {
      // what lies under the comprehension is not known here: the handler keeps the depth
      // its first instruction has (CodeBuilder resolves it)
      b.pushHandler(end, CodeBuilder.DEPTH_AT_ENTRY, false);
      emitAt(g.iter().pos(), Opcode.GET_ANEXT, 0);
      at(g.iter().pos(), this::awaitLoop);
      b.popHandler();
    } else {
      jumpAt(g.iter().pos(), Opcode.FOR_ITER, end);
    }
    store(g.target());
    for (Expr cond : g.ifs()) {
      condition(cond, top, false);
    }
    if (i + 1 < gens.size()) {
      comprehensionLevel(gens, i + 1, firstIsIter, element);
    } else {
      element.accept(gens.size() + 1);
    }
    b.jump(Opcode.JUMP_BACKWARD, top);
    b.place(end);
    if (async) {
      emitAt(g.iter().pos(), Opcode.END_ASYNC_FOR, 0);
    }
  }

  /**
   * Whether an item is starred. A loop, not a stream: the first stream of a process
   * initialises the stream framework interpreted (about 1 ms), and every program with a
   * call compiles this (docs/internals/startup.md).
   */
  private static boolean hasStarred(List<Expr> elts) {
    for (Expr x : elts) {
      if (x instanceof Expr.Starred) {
        return true;
      }
    }
    return false;
  }

  /**
   * A display with *items, as CPython's starunpack_helper: the items before the first star
   * build the collection, then each later item is added or each starred one merged in.
   * Returns false (emitting nothing) when no item is starred.
   */
  private boolean starUnpack(List<Expr> elts, Opcode build, Opcode add, Opcode extend) {
    if (!hasStarred(elts)) {
      return false;
    }
    boolean built = false;
    for (int i = 0; i < elts.size(); i++) {
      Expr x = elts.get(i);
      if (x instanceof Expr.Starred st) {
        if (!built) {
          b.emit(build, i);
          built = true;
        }
        expr(st.value());
        b.emit(extend, 1);
      } else {
        expr(x);
        if (built) {
          b.emit(add, 1);
        }
      }
    }
    return true;
  }

  /** {k: v, **m}: runs of pairs become BUILD_MAP, each **m a DICT_UPDATE, as CPython. */
  private void dictDisplay(Expr.DictExpr d) {
    boolean haveDict = false;
    int elements = 0;
    int n = d.keys().size();
    for (int i = 0; i < n; i++) {
      if (d.keys().get(i) == null) {
        if (elements > 0) {
          b.emit(Opcode.BUILD_MAP, elements);
          if (haveDict) {
            b.emit(Opcode.DICT_UPDATE, 1);
          }
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) {
          b.emit(Opcode.BUILD_MAP, 0);
          haveDict = true;
        }
        expr(d.values().get(i));
        b.emit(Opcode.DICT_UPDATE, 1);
      } else {
        expr(d.keys().get(i));
        expr(d.values().get(i));
        elements++;
      }
    }
    if (elements > 0 || !haveDict) {
      b.emit(Opcode.BUILD_MAP, elements);
      if (haveDict) {
        b.emit(Opcode.DICT_UPDATE, 1);
      }
    }
  }

  /**
   * {a, b, c}: as CPython, a display of three or more constants is BUILD_SET 0 and a
   * SET_UPDATE from a constant frozenset (which decides the printed order); otherwise the
   * items are built one by one.
   */
  private void setDisplay(Expr.SetExpr st) {
    if (starUnpack(st.elts(), Opcode.BUILD_SET, Opcode.SET_ADD, Opcode.SET_UPDATE)) {
      return;
    }
    boolean allConst = st.elts().size() > 2;
    for (Expr x : st.elts()) {
      allConst &= x instanceof Expr.Constant c && isFoldable(c);
    }
    if (allConst) {
      Object[] items = new Object[st.elts().size()];
      for (int i = 0; i < items.length; i++) {
        items[i] = constValue((Expr.Constant) st.elts().get(i));
      }
      b.emit(Opcode.BUILD_SET, 0);
      constant(org.pyjit.runtime.PySet.constantDisplay(items));
      b.emit(Opcode.SET_UPDATE, 1);
      return;
    }
    st.elts().forEach(this::expr);
    b.emit(Opcode.BUILD_SET, st.elts().size());
  }

  private static boolean isFoldable(Expr.Constant c) {
    Object v = c.value();
    return !(v instanceof Expr.Bytes || v instanceof Expr.Imaginary
        || v instanceof Expr.StrCodePoints);
  }

  private void sliceBound(Expr e) {
    if (e == null) {
      constant(PySingleton.NONE);
    } else {
      expr(e);
    }
  }

  /**
   * What CPython's ast_opt does before code generation, done as each node is compiled:
   * an operation on constants becomes its value ({@link ConstantFolder}), and
   * {@code not} of an is / in comparison becomes the opposite comparison.
   */
  private boolean foldedOrRewritten(Expr e) {
    if (e instanceof Expr.BinOp || e instanceof Expr.UnaryOp || e instanceof Expr.TupleExpr
        || e instanceof Expr.Subscript) {
      Object v = ConstantFolder.value(e);
      if (v != null) {
        constant(v);
        return true;
      }
    }
    if (e instanceof Expr.UnaryOp u && u.op() == org.pyjit.ast.UnaryOperator.NOT
        && u.operand() instanceof Expr.Compare c && c.ops().size() == 1) {
      CmpOperator inverted = switch (c.ops().getFirst()) {
        case IS -> CmpOperator.IS_NOT;
        case IS_NOT -> CmpOperator.IS;
        case IN -> CmpOperator.NOT_IN;
        case NOT_IN -> CmpOperator.IN;
        default -> null; // == and < may be defined by their opposite: not safe to invert
      };
      if (inverted != null) {
        expr(new Expr.Compare(c.left(), List.of(inverted), c.comparators(), c.pos()));
        return true;
      }
    }
    return false;
  }

  /**
   * An iterable or the right side of {@code in}: a list display is built as a tuple and a
   * display of constants is one constant, a tuple or a frozenset (ast_opt's fold_iter).
   */
  private void iterable(Expr e) {
    if (optimize && e instanceof Expr.ListExpr l
        && !hasStarred(l.elts())) {
      expr(new Expr.TupleExpr(l.elts(), org.pyjit.ast.ExprContext.LOAD, l.pos()));
      return;
    }
    if (optimize && e instanceof Expr.SetExpr st) {
      org.pyjit.runtime.PySet frozen = ConstantFolder.frozenset(st.elts());
      if (frozen != null) {
        int saved = b.line;
        Pos savedPos = b.pos;
        b.line = e.pos().lineno();
        b.pos = e.pos();
        constant(frozen);
        b.line = saved;
        b.pos = savedPos;
        return;
      }
    }
    expr(e);
  }

  private void compare(Expr.Compare c) {
    expr(c.left());
    List<CmpOperator> ops = c.ops();
    if (ops.size() == 1) {
      if (ops.getFirst() == CmpOperator.IN || ops.getFirst() == CmpOperator.NOT_IN) {
        iterable(c.comparators().getFirst());
      } else {
        expr(c.comparators().getFirst());
      }
      compareOp(ops.getFirst());
      return;
    }
    CodeBuilder.Label cleanup = new CodeBuilder.Label();
    CodeBuilder.Label end = new CodeBuilder.Label();
    for (int i = 0; i < ops.size() - 1; i++) {
      expr(c.comparators().get(i));
      b.emit(Opcode.SWAP, 2);
      b.emit(Opcode.COPY, 2);
      compareOp(ops.get(i));
      b.emit(Opcode.COPY, 1);
      b.emit(Opcode.TO_BOOL);
      b.jump(Opcode.POP_JUMP_IF_FALSE, cleanup);
      b.emit(Opcode.POP_TOP);
    }
    if (ops.getLast() == CmpOperator.IN || ops.getLast() == CmpOperator.NOT_IN) {
      iterable(c.comparators().getLast());
    } else {
      expr(c.comparators().getLast());
    }
    compareOp(ops.getLast());
    b.jump(Opcode.JUMP_FORWARD, end);
    b.place(cleanup);
    b.emit(Opcode.SWAP, 2);
    b.emit(Opcode.POP_TOP);
    b.place(end);
  }

  private void compareOp(CmpOperator op) {
    switch (op) {
      case EQ -> b.emit(Opcode.COMPARE_OP, CompareOp.EQ.ordinal());
      case NOT_EQ -> b.emit(Opcode.COMPARE_OP, CompareOp.NE.ordinal());
      case LT -> b.emit(Opcode.COMPARE_OP, CompareOp.LT.ordinal());
      case LT_E -> b.emit(Opcode.COMPARE_OP, CompareOp.LE.ordinal());
      case GT -> b.emit(Opcode.COMPARE_OP, CompareOp.GT.ordinal());
      case GT_E -> b.emit(Opcode.COMPARE_OP, CompareOp.GE.ordinal());
      case IS -> b.emit(Opcode.IS_OP, 0);
      case IS_NOT -> b.emit(Opcode.IS_OP, 1);
      case IN -> b.emit(Opcode.CONTAINS_OP, 0);
      case NOT_IN -> b.emit(Opcode.CONTAINS_OP, 1);
    }
  }

  private void call(Expr.Call c) {
    if (c.func() instanceof Expr.Attribute a) {
      expr(a.value());
      emitAt(attrPos(a), Opcode.LOAD_ATTR, attrName(a) << 1 | 1);
    } else if (c.func() instanceof Expr.Name n && resolve(n.id()) == NameOp.GLOBAL) {
      b.emit(Opcode.LOAD_GLOBAL, b.name(sc.mangle(n.id())) << 1 | 1);
    } else {
      expr(c.func());
      b.emit(Opcode.PUSH_NULL);
    }
    boolean ex = hasStarred(c.args());
    for (Expr.Keyword k : c.keywords()) {
      ex |= k.arg() == null;
    }
    if (ex) {
      callEx(c);
      return;
    }
    for (Expr a : c.args()) {
      expr(a);
    }
    if (c.keywords().isEmpty()) {
      b.emit(Opcode.CALL, c.args().size());
      return;
    }
    Object[] names = new Object[c.keywords().size()];
    for (int i = 0; i < names.length; i++) {
      Expr.Keyword k = c.keywords().get(i);
      if (k.arg() == null) {
        throw unsupported("**kwargs in calls", k.value().pos());
      }
      names[i] = k.arg();
      expr(k.value());
    }
    constant(PyTuple.of(names));
    b.emit(Opcode.CALL_KW, c.args().size() + names.length);
  }

  /** A call with *args or **kwargs: an args tuple and a kwargs dict, then CALL_FUNCTION_EX. */
  private void callEx(Expr.Call c) {
    if (c.args().size() == 1 && c.args().getFirst() instanceof Expr.Starred only) {
      // as CPython: f(*a) hands a itself to CALL_FUNCTION_EX, which makes the tuple (and
      // names the function in its error for a non-iterable)
      expr(only.value());
    } else {
      b.emit(Opcode.BUILD_LIST, 0);
      for (Expr a : c.args()) {
        if (a instanceof Expr.Starred s) {
          expr(s.value());
          b.emit(Opcode.LIST_EXTEND, 1);
        } else {
          expr(a);
          b.emit(Opcode.LIST_APPEND, 1);
        }
      }
      b.emit(Opcode.CALL_INTRINSIC_1, 6); // INTRINSIC_LIST_TO_TUPLE
    }
    if (c.keywords().isEmpty()) {
      b.emit(Opcode.PUSH_NULL);
      b.emit(Opcode.CALL_FUNCTION_EX, 0);
      return;
    }
    b.emit(Opcode.BUILD_MAP, 0);
    for (Expr.Keyword k : c.keywords()) {
      if (k.arg() == null) {
        expr(k.value());
      } else {
        constant(k.arg());
        expr(k.value());
        b.emit(Opcode.BUILD_MAP, 1);
      }
      b.emit(Opcode.DICT_MERGE, 1);
    }
    b.emit(Opcode.CALL_FUNCTION_EX, 1);
  }

  static BinaryOp binaryOp(Operator op) {
    return switch (op) {
      case ADD -> BinaryOp.ADD;
      case SUB -> BinaryOp.SUBTRACT;
      case MULT -> BinaryOp.MULTIPLY;
      case MAT_MULT -> BinaryOp.MATRIX_MULTIPLY;
      case DIV -> BinaryOp.TRUE_DIVIDE;
      case MOD -> BinaryOp.REMAINDER;
      case POW -> BinaryOp.POWER;
      case LSHIFT -> BinaryOp.LSHIFT;
      case RSHIFT -> BinaryOp.RSHIFT;
      case BIT_OR -> BinaryOp.OR;
      case BIT_XOR -> BinaryOp.XOR;
      case BIT_AND -> BinaryOp.AND;
      case FLOOR_DIV -> BinaryOp.FLOOR_DIVIDE;
    };
  }
}
