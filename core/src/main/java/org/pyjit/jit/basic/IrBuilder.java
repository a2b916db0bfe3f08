package org.pyjit.jit.basic;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pyjit.ast.Arguments;
import org.pyjit.ast.CmpOperator;
import org.pyjit.ast.Expr;
import org.pyjit.ast.Operator;
import org.pyjit.ast.Stmt;
import org.pyjit.runtime.MathModule;
import org.pyjit.runtime.PyModule;

/**
 * The front end of the @jit compiler: one FunctionDef and the types of its arguments to
 * typed IR.
 *
 * <p><b>Types.</b> Every local has one type for the whole function (int, float or bool),
 * found by iterating the translation to a fixed point: a pass types each expression from
 * the current guesses (UNKNOWN at first) and joins the types assigned to each local and
 * returned; the next pass starts from what the previous one saw, until a pass sees exactly
 * what it assumed (loop-carried values and recursive calls settle in two or three passes).
 * A local assigned values of two types (int and float, bool and int) is refused with
 * JitError: Python keeps both types apart (0 prints as 0, 0.0 as 0.0; True as True), so a
 * promotion would only be correct where no value of the narrower type is ever observed,
 * which this compiler does not try to prove. Writing 0.0 for a float variable avoids it.
 *
 * <p><b>Unbound locals.</b> A local read where it may not have been assigned yet (assigned
 * only in a loop body or one branch) gets a flag set by its assignments and checked by a
 * guard at such reads: Python raises UnboundLocalError there, the interpreter's re-run does.
 *
 * <p><b>Returns.</b> {@code return} without a value and falling off the end give None,
 * which has no machine type: they are compiled as deopt points (the interpreter returns
 * None). A function must return values of one type.
 *
 * <p><b>Lists.</b> A parameter may be a list of ints or of floats (its element type is part
 * of the signature): {@code len(xs)}, {@code xs[i]}, {@code xs[i] = v} (and augmented),
 * {@code for x in xs}, and passing it to another @jit function. An index out of range is a
 * guard (IndexError in the interpreter's re-run). Storing a value of another type than the
 * elements' is refused with JitError: the list would hold two types. A list cannot be
 * returned, compared, or used in arithmetic.
 *
 * <p>Anything else outside the subset is a {@link JitException} naming the construct and
 * its line.
 */
public final class IrBuilder {
  private static final int MAX_PASSES = 12;
  /** The built-in functions the subset knows. */
  private static final Set<String> BUILTINS =
      Set.of("abs", "min", "max", "int", "float", "bool", "range", "len");
  /** libm functions of one float giving a float, all with math_1's error rule. */
  private static final Set<String> MATH_UNARY = Set.of("sin", "cos", "tan", "asin", "acos",
      "atan", "sinh", "cosh", "tanh", "exp", "expm1", "log", "log2", "log10", "sqrt");
  /** libm functions of two floats giving a float, all with math_2's error rule. */
  private static final Set<String> MATH_BINARY = Set.of("atan2", "pow", "fmod", "copysign");

  private final Stmt.FunctionDef def;
  private final List<ValueType> argTypes;
  private final CompileEnv env;
  private final Set<String> localNames = new LinkedHashSet<>();
  private final List<String> params = new ArrayList<>();

  // the guesses of the current pass, and what it saw
  private Map<String, ValueType> assumed = new HashMap<>();
  private ValueType returnAssumed = ValueType.UNKNOWN;
  private Set<String> flagged = new HashSet<>();
  private Map<String, ValueType> seen;
  private ValueType returnSeen;
  private Set<String> maybeUnbound;
  private String unknownAt;

  // the IR of the current pass
  private IrFunction fn;
  private Block cur;
  private Map<String, VReg> vars;
  private Map<String, VReg> flags;
  private Set<String> assigned;
  private final Deque<Block[]> loops = new ArrayDeque<>();
  /**
   * "list:index" pairs of names for which {@code list[index]} is known to be in range: the
   * body of {@code for index in range(len(list))} (or from a constant start >= 0) where
   * neither name is assigned. Lengths never change in the subset, so the bounds check of
   * those accesses is left out.
   */
  private final Set<String> inRange = new HashSet<>();
  private int line;

  public IrBuilder(Stmt.FunctionDef def, List<ValueType> argTypes, CompileEnv env) {
    this.def = def;
    this.argTypes = List.copyOf(argTypes);
    this.env = env;
  }

  /** Translates the function; throws {@link JitException} for what is outside the subset. */
  public IrFunction build() {
    checkSignature();
    collectLocals(def.body());
    for (int i = 0; i < params.size(); i++) {
      assumed.put(params.get(i), argTypes.get(i));
    }
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      pass();
      boolean stable = seen.equals(assumed) && returnSeen == returnAssumed
          && maybeUnbound.equals(flagged);
      if (stable) {
        if (unknownAt != null) {
          throw new JitException("cannot infer the type of " + unknownAt);
        }
        if (returnSeen == ValueType.UNKNOWN) {
          throw JitException.at(def.pos().lineno(),
              "function " + def.name() + " never returns a value");
        }
        fn.returnType = returnSeen;
        return fn;
      }
      assumed = seen;
      returnAssumed = returnSeen;
      flagged = maybeUnbound;
    }
    throw JitException.at(def.pos().lineno(), "types of " + def.name() + " do not settle");
  }

  /** The result type the current pass assumes for the function's own recursive calls. */
  ValueType returnAssumed() {
    return returnAssumed;
  }

  private void checkSignature() {
    Arguments a = def.args();
    line = def.pos().lineno();
    if (a.vararg() != null || a.kwarg() != null || !a.kwonlyargs().isEmpty()) {
      throw JitException.at(line, "*args, **kwargs and keyword-only parameters are not "
          + "supported by @jit");
    }
    if (!a.defaults().isEmpty()) {
      throw JitException.at(line, "default parameter values are not supported by @jit");
    }
    for (Expr d : def.decoratorList()) {
      boolean isJit = d instanceof Expr.Name n && n.id().equals("jit")
          || d instanceof Expr.Attribute at && at.attr().equals("jit")
          && at.value() instanceof Expr.Name m && m.id().equals("pyjit");
      if (!isJit) {
        throw JitException.at(d.pos().lineno(), "decorators other than @jit are not "
            + "supported by @jit");
      }
    }
    for (Arguments.Arg p : a.posonlyargs()) {
      params.add(p.arg());
    }
    for (Arguments.Arg p : a.args()) {
      params.add(p.arg());
    }
    if (params.size() != argTypes.size()) {
      throw new IllegalArgumentException("argument count " + argTypes.size() + " for "
          + params.size() + " parameters");
    }
    localNames.addAll(params);
  }

  /** Python's rule: a name assigned anywhere in the function is local to it. */
  private void collectLocals(List<Stmt> body) {
    collectAssigned(body, localNames);
  }

  /** The names {@code body} assigns (in nested statements too) added to {@code into}. */
  private static void collectAssigned(List<Stmt> body, Set<String> into) {
    for (Stmt s : body) {
      switch (s) {
        case Stmt.Assign as -> as.targets().forEach(t -> collectTarget(t, into));
        case Stmt.AugAssign as -> collectTarget(as.target(), into);
        case Stmt.AnnAssign as -> collectTarget(as.target(), into);
        case Stmt.For f -> {
          collectTarget(f.target(), into);
          collectAssigned(f.body(), into);
          collectAssigned(f.orelse(), into);
        }
        case Stmt.While w -> {
          collectAssigned(w.body(), into);
          collectAssigned(w.orelse(), into);
        }
        case Stmt.If i -> {
          collectAssigned(i.body(), into);
          collectAssigned(i.orelse(), into);
        }
        default -> { }
      }
    }
  }

  private static void collectTarget(Expr t, Set<String> into) {
    if (t instanceof Expr.Name n) {
      into.add(n.id());
    } else if (t instanceof Expr.TupleExpr tu) {
      tu.elts().forEach(e -> collectTarget(e, into));
    } else if (t instanceof Expr.ListExpr li) {
      li.elts().forEach(e -> collectTarget(e, into));
    }
  }

  // ------------------------------------------------------------------ one pass

  private void pass() {
    seen = new HashMap<>();
    returnSeen = ValueType.UNKNOWN;
    maybeUnbound = new HashSet<>();
    unknownAt = null;
    fn = new IrFunction(def.name(), argTypes);
    vars = new LinkedHashMap<>();
    flags = new HashMap<>();
    assigned = new HashSet<>();
    loops.clear();
    cur = fn.newBlock();
    fn.place(cur);
    line = def.pos().lineno();
    for (String name : localNames) {
      ValueType t = assumed.getOrDefault(name, ValueType.UNKNOWN);
      vars.put(name, fn.newVReg(t, name));
    }
    for (int i = 0; i < params.size(); i++) {
      String p = params.get(i);
      emit(Op.PARAM, vars.get(p), i);
      seen.put(p, argTypes.get(i));
      assigned.add(p);
    }
    for (String name : flagged) {
      VReg f = fn.newVReg(ValueType.BOOL, name + "$bound");
      flags.put(name, f);
      emit(Op.CONST, f, 0);
    }
    statements(def.body());
    if (cur != null) {
      terminate(Op.DEOPT, null); // falling off the end returns None
    }
  }

  // ------------------------------------------------------------------ statements

  private void statements(List<Stmt> body) {
    for (Stmt s : body) {
      if (cur == null) {
        return; // unreachable: never executed, never compiled
      }
      statement(s);
    }
  }

  private void statement(Stmt s) {
    line = s.pos().lineno();
    switch (s) {
      case Stmt.Pass p -> { }
      case Stmt.ExprStmt e -> {
        if (!(e.value() instanceof Expr.Constant)) {
          expr(e.value()); // no side effects in the subset: evaluated for its guards only
        }
      }
      case Stmt.Assign a -> {
        if (a.targets().size() == 1 && a.targets().getFirst() instanceof Expr.TupleExpr t
            && a.value() instanceof Expr.TupleExpr v) {
          parallelAssign(t.elts(), v.elts());
          return;
        }
        VReg v = expr(a.value());
        for (Expr t : a.targets()) {
          assign(t, v);
        }
      }
      case Stmt.AugAssign a -> {
        if (a.target() instanceof Expr.Subscript sub) {
          augmentedStore(sub, a);
          return;
        }
        if (!(a.target() instanceof Expr.Name n)) {
          throw unsupported("augmented assignment to " + describe(a.target()));
        }
        VReg left = load(n.id(), n.pos().lineno());
        VReg right = expr(a.value());
        line = s.pos().lineno();
        assign(a.target(), binary(a.op(), left, right));
      }
      case Stmt.AnnAssign a -> {
        if (a.value() != null) {
          assign(a.target(), expr(a.value()));
        }
      }
      case Stmt.Return r -> {
        if (r.value() == null || r.value() instanceof Expr.Constant c
            && c.value() == org.pyjit.ast.Expr.Singleton.NONE) {
          terminate(Op.DEOPT, null); // returns None: the interpreter does it
          return;
        }
        VReg v = expr(r.value());
        line = r.pos().lineno();
        if (v.type.isList()) {
          throw unsupported("returning a list");
        }
        if (v.type != ValueType.UNKNOWN) {
          if (returnSeen != ValueType.UNKNOWN && returnSeen != v.type) {
            throw JitException.at(line, "function " + def.name() + " returns "
                + returnSeen.pyName + " and " + v.type.pyName
                + " (a compiled function returns one type)");
          }
          returnSeen = v.type;
        }
        terminate(Op.RET, null, v);
      }
      case Stmt.If i -> ifStatement(i);
      case Stmt.While w -> whileStatement(w);
      case Stmt.For f -> forStatement(f);
      case Stmt.Break b -> {
        if (loops.isEmpty()) {
          throw unsupported("break outside a loop");
        }
        jump(loops.peek()[1]);
      }
      case Stmt.Continue c -> {
        if (loops.isEmpty()) {
          throw unsupported("continue outside a loop");
        }
        jump(loops.peek()[0]);
      }
      default -> throw unsupported(describeStmt(s));
    }
  }

  private void parallelAssign(List<Expr> targets, List<Expr> values) {
    if (targets.size() != values.size()) {
      throw unsupported("unpacking a tuple of another length");
    }
    List<VReg> temps = new ArrayList<>();
    for (Expr v : values) {
      VReg x = expr(v);
      VReg t = fn.newVReg(x.type, null);
      if (x.type != ValueType.UNKNOWN) {
        emit(Op.MOV, t, 0, x);
      }
      temps.add(t);
    }
    for (int i = 0; i < targets.size(); i++) {
      assign(targets.get(i), temps.get(i));
    }
  }

  private void assign(Expr target, VReg v) {
    if (target instanceof Expr.Subscript sub) {
      VReg list = expr(sub.value());
      VReg index = index(sub);
      line = sub.pos().lineno();
      store(list, index, v, knownInRange(sub));
      return;
    }
    if (!(target instanceof Expr.Name n)) {
      throw unsupported("assignment to " + describe(target));
    }
    String name = n.id();
    if (v.type != ValueType.UNKNOWN) {
      ValueType before = seen.get(name);
      if (before != null && before != v.type) {
        throw JitException.at(line, "variable '" + name + "' is assigned both "
            + before.pyName + " and " + v.type.pyName + " values (a compiled variable has "
            + "one type; write 0.0 rather than 0 for a float)");
      }
      seen.put(name, v.type);
      VReg var = vars.get(name);
      if (var.type == v.type) {
        emit(Op.MOV, var, 0, v);
      }
    }
    VReg flag = flags.get(name);
    if (flag != null) {
      emit(Op.CONST, flag, 1);
    }
    assigned.add(name);
  }

  private void ifStatement(Stmt.If s) {
    Block then = fn.newBlock();
    Block orelse = fn.newBlock();
    Block join = fn.newBlock();
    condition(s.test(), then, orelse);
    Set<String> before = assigned;
    start(then);
    assigned = new HashSet<>(before);
    statements(s.body());
    Set<String> afterThen = cur == null ? null : assigned;
    jump(join);
    start(orelse);
    assigned = new HashSet<>(before);
    statements(s.orelse());
    Set<String> afterElse = cur == null ? null : assigned;
    jump(join);
    if (afterThen == null && afterElse == null) {
      cur = null; // both branches left: what follows is unreachable
      assigned = before;
      return;
    }
    start(join);
    if (afterThen == null) {
      assigned = afterElse;
    } else if (afterElse == null) {
      assigned = afterThen;
    } else {
      afterThen.retainAll(afterElse);
      assigned = afterThen;
    }
  }

  private void whileStatement(Stmt.While s) {
    Block head = fn.newBlock();
    Block body = fn.newBlock();
    Block orelse = fn.newBlock();
    Block exit = fn.newBlock();
    jump(head);
    start(head);
    Set<String> before = new HashSet<>(assigned);
    condition(s.test(), body, orelse);
    loop(body, head, exit, s.body(), before);
    finishLoop(s.orelse(), orelse, exit, before);
  }

  private void loop(Block body, Block cont, Block exit, List<Stmt> stmts, Set<String> before) {
    start(body);
    assigned = new HashSet<>(before);
    loops.push(new Block[] {cont, exit});
    statements(stmts);
    loops.pop();
    jump(cont);
  }

  /** for NAME in range(...): the bounds and step are evaluated once, as range() does. */
  private void forStatement(Stmt.For s) {
    if (!(s.iter() instanceof Expr.Call ic && ic.func() instanceof Expr.Name in
        && in.id().equals("range"))) {
      forList(s);
      return;
    }
    if (!(s.iter() instanceof Expr.Call c && c.func() instanceof Expr.Name rn
        && rn.id().equals("range") && !localNames.contains("range")
        && env.global("range") == null)) {
      throw unsupported("a for loop over anything but range()");
    }
    if (!c.keywords().isEmpty() || c.args().isEmpty() || c.args().size() > 3) {
      throw unsupported("this call of range()");
    }
    if (!(s.target() instanceof Expr.Name target)) {
      throw unsupported("a for loop target other than a name");
    }
    List<VReg> a = new ArrayList<>();
    for (Expr e : c.args()) {
      VReg v = expr(e);
      if (v.type == ValueType.FLOAT) {
        throw JitException.at(e.pos().lineno(), "range() of a float");
      }
      scalar(v, "range() of a list");
      a.add(v);
    }
    line = s.pos().lineno();
    boolean unknown = a.stream().anyMatch(v -> v.type == ValueType.UNKNOWN);
    VReg start = a.size() == 1 ? constInt(0) : a.get(0);
    VReg stop = a.size() == 1 ? a.get(0) : a.get(1);
    Long constStep = a.size() < 3 ? Long.valueOf(1) : intConstant(c.args().get(2));
    VReg step = a.size() < 3 ? constInt(1) : a.get(2);
    Block head = fn.newBlock();
    Block body = fn.newBlock();
    Block orelse = fn.newBlock();
    Block exit = fn.newBlock();
    if (unknown) {
      typingPassLoop(s, target, head, body, orelse, exit);
      return;
    }
    // private copies: the loop owns its counter, and stop/step cannot change; a constant
    // stop or step is a constant of its own (an immediate operand, no register)
    VReg counter = fn.newVReg(ValueType.INT, null);
    emit(Op.MOV, counter, 0, start);
    Long constStop = intConstant(c.args().get(a.size() == 1 ? 0 : 1));
    VReg stopCopy = constStop != null ? constInt(constStop) : fn.newVReg(ValueType.INT, null);
    if (constStop == null) {
      emit(Op.MOV, stopCopy, 0, stop);
    }
    VReg stepCopy = constStep != null ? constInt(constStep) : fn.newVReg(ValueType.INT, null);
    if (constStep == null) {
      emit(Op.MOV, stepCopy, 0, step);
    }
    if (constStep != null && constStep == 0 || constStep == null) {
      // range() with step 0 is a ValueError: the interpreter raises it
      VReg nonzero = cmp(Op.Cmp.NE, stepCopy, constInt(0));
      emit(Op.CHECK, null, 0, nonzero);
    }
    jump(head);
    start(head);
    Set<String> before = new HashSet<>(assigned);
    Block next = fn.newBlock();
    if (constStep != null) {
      VReg more = cmp(constStep > 0 ? Op.Cmp.LT : Op.Cmp.GT, counter, stopCopy);
      branchOn(more, next, orelse);
    } else {
      Block up = fn.newBlock();
      Block down = fn.newBlock();
      branchOn(cmp(Op.Cmp.GT, stepCopy, constInt(0)), up, down);
      start(up);
      branchOn(cmp(Op.Cmp.LT, counter, stopCopy), next, orelse);
      start(down);
      branchOn(cmp(Op.Cmp.GT, counter, stopCopy), next, orelse);
    }
    start(next);
    assigned = new HashSet<>(before);
    assign(target, counter);
    // the next value: may pass 64 bits only past the end (a guard; rare and correct)
    VReg after = fn.newVReg(ValueType.INT, null);
    emit(Op.IADD, after, 0, counter, stepCopy);
    emit(Op.MOV, counter, 0, after);
    jump(body);
    Set<String> inBody = new HashSet<>(assigned);
    String pair = inRangePair(s, c, constStep, target.id());
    boolean added = pair != null && inRange.add(pair);
    loop(body, head, exit, s.body(), inBody);
    if (added) {
      inRange.remove(pair);
    }
    finishLoop(s.orelse(), orelse, exit, before);
  }

  /**
   * "list:index" when this range loop is {@code for index in range([start,] len(list)[, step])}
   * with a constant start >= 0, a constant step > 0, the builtin len, and neither name
   * assigned in the body: every value of index is then in [0, len(list)).
   */
  private String inRangePair(Stmt.For s, Expr.Call range, Long constStep, String index) {
    List<Expr> args = range.args();
    Expr stop = args.size() == 1 ? args.get(0) : args.get(1);
    Long start = args.size() == 1 ? Long.valueOf(0) : intConstant(args.get(0));
    if (start == null || start < 0 || constStep == null || constStep <= 0
        || !(stop instanceof Expr.Call len && len.func() instanceof Expr.Name ln
            && ln.id().equals("len") && !localNames.contains("len") && env.global("len") == null
            && len.args().size() == 1 && len.keywords().isEmpty()
            && len.args().getFirst() instanceof Expr.Name list)) {
      return null;
    }
    Set<String> assignedInBody = new HashSet<>();
    collectAssigned(s.body(), assignedInBody);
    if (assignedInBody.contains(index) || assignedInBody.contains(list.id())) {
      return null;
    }
    return list.id() + ":" + index;
  }

  /** 1 when {@code sub} is list[index] of a pair known to be in range, else 0. */
  private long knownInRange(Expr.Subscript sub) {
    return sub.value() instanceof Expr.Name l && sub.slice() instanceof Expr.Name i
        && inRange.contains(l.id() + ":" + i.id()) ? 1 : 0;
  }

  /** The value of an int literal (or a negated one), else null. */
  private static Long intConstant(Expr e) {
    if (e instanceof Expr.Constant k && k.value() instanceof Long l) {
      return l;
    }
    if (e instanceof Expr.UnaryOp u && u.op() == org.pyjit.ast.UnaryOperator.USUB
        && u.operand() instanceof Expr.Constant k && k.value() instanceof Long l) {
      return -l;
    }
    return null;
  }

  /** A loop's else clause (run when the loop ends without break) and its exit block. */
  private void finishLoop(List<Stmt> orelseBody, Block orelse, Block exit, Set<String> before) {
    start(orelse);
    assigned = new HashSet<>(before);
    statements(orelseBody);
    jump(exit);
    start(exit);
    assigned = before;
  }

  // ------------------------------------------------------------------ conditions

  /** Branches to {@code t} or {@code f} on the truth of {@code e}, short-circuiting. */
  private void condition(Expr e, Block t, Block f) {
    switch (e) {
      case Expr.BoolOp b -> {
        List<Expr> vs = b.values();
        for (int i = 0; i < vs.size() - 1; i++) {
          Block next = fn.newBlock();
          if (b.op() == org.pyjit.ast.BoolOperator.AND) {
            condition(vs.get(i), next, f);
          } else {
            condition(vs.get(i), t, next);
          }
          start(next);
        }
        condition(vs.getLast(), t, f);
      }
      case Expr.UnaryOp u when u.op() == org.pyjit.ast.UnaryOperator.NOT ->
          condition(u.operand(), f, t);
      case Expr.Compare c -> compare(c, t, f);
      default -> branchOn(truth(expr(e)), t, f);
    }
  }

  /** A (chained) comparison: each link evaluated once, stopping at the first false one. */
  private void compare(Expr.Compare c, Block t, Block f) {
    VReg left = expr(c.left());
    for (int i = 0; i < c.ops().size(); i++) {
      VReg right = expr(c.comparators().get(i));
      line = c.pos().lineno();
      VReg r = compareValues(c.ops().get(i), left, right);
      if (i == c.ops().size() - 1) {
        branchOn(r, t, f);
      } else {
        Block next = fn.newBlock();
        branchOn(r, next, f);
        start(next);
      }
      left = right;
    }
  }

  private VReg compareValues(CmpOperator op, VReg a, VReg b) {
    Op.Cmp k = switch (op) {
      case EQ -> Op.Cmp.EQ;
      case NOT_EQ -> Op.Cmp.NE;
      case LT -> Op.Cmp.LT;
      case LT_E -> Op.Cmp.LE;
      case GT -> Op.Cmp.GT;
      case GT_E -> Op.Cmp.GE;
      default -> throw unsupported("the '" + op.symbol + "' operator");
    };
    if (a.type == ValueType.UNKNOWN || b.type == ValueType.UNKNOWN) {
      return unknownOf(ValueType.BOOL);
    }
    scalar(a, "comparing a list");
    scalar(b, "comparing a list");
    if (a.type.isIntLike() && b.type.isIntLike()) {
      return cmp(k, a, b);
    }
    VReg r = fn.newVReg(ValueType.BOOL, null);
    emit(Op.FCMP, r, k.ordinal(), exactFloat(a), exactFloat(b));
    return r;
  }

  // ------------------------------------------------------------------ expressions

  private VReg expr(Expr e) {
    int saved = line;
    line = e.pos().lineno();
    try {
      return exprAt(e);
    } finally {
      line = saved;
    }
  }

  private VReg exprAt(Expr e) {
    switch (e) {
      case Expr.Constant c -> {
        return constant(c);
      }
      case Expr.Name n -> {
        if (localNames.contains(n.id())) {
          return load(n.id(), line);
        }
        throw unsupported("the global name '" + n.id() + "' (only math and @jit functions "
            + "may be used)");
      }
      case Expr.Attribute a -> {
        return mathConstant(a);
      }
      case Expr.BinOp b -> {
        VReg l = expr(b.left());
        VReg r = expr(b.right());
        line = b.pos().lineno();
        return binary(b.op(), l, r);
      }
      case Expr.UnaryOp u -> {
        return unary(u);
      }
      case Expr.Compare c -> {
        return valueOfCondition(c, ValueType.BOOL);
      }
      case Expr.BoolOp b -> {
        return boolOpValue(b);
      }
      case Expr.IfExp i -> {
        return ifExpValue(i);
      }
      case Expr.Call c -> {
        return call(c);
      }
      case Expr.Subscript sub -> {
        VReg list = expr(sub.value());
        VReg index = index(sub);
        line = sub.pos().lineno();
        return load(list, index, knownInRange(sub));
      }
      default -> throw unsupported(describe(e));
    }
  }

  private VReg constant(Expr.Constant c) {
    Object v = c.value();
    if (v instanceof Boolean b) {
      return constBool(b);
    }
    if (v instanceof Long l) {
      return constInt(l);
    }
    if (v instanceof Double d) {
      return constFloat(d);
    }
    if (v instanceof BigInteger) {
      throw unsupported("an int constant beyond 64 bits");
    }
    throw unsupported(describe(c));
  }

  private VReg mathConstant(Expr.Attribute a) {
    if (isMathModule(a.value())) {
      switch (a.attr()) {
        case "pi": return constFloat(Math.PI);
        case "e": return constFloat(Math.E);
        case "tau": return constFloat(2 * Math.PI);
        case "inf": return constFloat(Double.POSITIVE_INFINITY);
        case "nan": return constFloat(Double.NaN);
        default: break;
      }
    }
    throw unsupported("the attribute " + describe(a));
  }

  private boolean isMathModule(Expr e) {
    return e instanceof Expr.Name n && !localNames.contains(n.id())
        && env.global(n.id()) instanceof PyModule m && m == MathModule.module();
  }

  private VReg load(String name, int at) {
    VReg v = vars.get(name);
    if (!assigned.contains(name)) {
      maybeUnbound.add(name);
      VReg flag = flags.get(name);
      if (flag != null) {
        emit(Op.CHECK, null, 0, flag); // UnboundLocalError in Python
      }
    }
    if (v.type == ValueType.UNKNOWN) {
      noteUnknown("'" + name + "' (line " + at + ")");
    }
    return v;
  }

  private VReg unary(Expr.UnaryOp u) {
    if (u.op() == org.pyjit.ast.UnaryOperator.NOT) {
      return valueOfCondition(u, ValueType.BOOL);
    }
    VReg v = expr(u.operand());
    line = u.pos().lineno();
    if (v.type == ValueType.UNKNOWN) {
      return unknown();
    }
    scalar(v, "the operator " + u.op().symbol + " on a list");
    switch (u.op()) {
      case USUB:
        return op1(v.type.isFloat() ? Op.FNEG : Op.INEG, v.type.isFloat()
            ? ValueType.FLOAT : ValueType.INT, v);
      case UADD:
        return v.type == ValueType.BOOL ? retype(v, ValueType.INT) : v;
      case INVERT:
        if (v.type.isFloat()) {
          throw JitException.at(line, "~ of a float");
        }
        return op1(Op.IINVERT, ValueType.INT, v);
      default:
        throw unsupported("the operator " + u.op().symbol);
    }
  }

  VReg binary(Operator op, VReg a, VReg b) {
    if (a.type == ValueType.UNKNOWN || b.type == ValueType.UNKNOWN) {
      return unknown();
    }
    scalar(a, "the operator " + op.symbol + " on a list");
    scalar(b, "the operator " + op.symbol + " on a list");
    boolean ints = a.type.isIntLike() && b.type.isIntLike();
    switch (op) {
      case ADD: return ints ? op2(Op.IADD, ValueType.INT, a, b) : fop(Op.FADD, a, b);
      case SUB: return ints ? op2(Op.ISUB, ValueType.INT, a, b) : fop(Op.FSUB, a, b);
      case MULT: return ints ? op2(Op.IMUL, ValueType.INT, a, b) : fop(Op.FMUL, a, b);
      case DIV: return ints ? op2(Op.ITRUEDIV, ValueType.FLOAT, a, b) : fop(Op.FDIV, a, b);
      case FLOOR_DIV:
        return ints ? op2(Op.IFLOORDIV, ValueType.INT, a, b) : fop(Op.FFLOORDIV, a, b);
      case MOD: return ints ? op2(Op.IMOD, ValueType.INT, a, b) : fop(Op.FMOD, a, b);
      case POW: return ints ? op2(Op.IPOW, ValueType.INT, a, b) : fop(Op.FPOW, a, b);
      case LSHIFT, RSHIFT, BIT_AND, BIT_OR, BIT_XOR: {
        if (!ints) {
          throw JitException.at(line, "the operator " + op.symbol + " on a float");
        }
        ValueType t = a.type == ValueType.BOOL && b.type == ValueType.BOOL
            && op != Operator.LSHIFT && op != Operator.RSHIFT ? ValueType.BOOL : ValueType.INT;
        Op o = switch (op) {
          case LSHIFT -> Op.ISHL;
          case RSHIFT -> Op.ISHR;
          case BIT_AND -> Op.IAND;
          case BIT_OR -> Op.IOR;
          default -> Op.IXOR;
        };
        return op2(o, t, a, b);
      }
      default:
        throw unsupported("the operator " + op.symbol);
    }
  }

  private VReg fop(Op op, VReg a, VReg b) {
    return op2(op, ValueType.FLOAT, toFloat(a), toFloat(b));
  }

  /** The value (0/1 or an operand) of a condition-like expression, through branches. */
  private VReg valueOfCondition(Expr e, ValueType type) {
    VReg r = fn.newVReg(type, null);
    Block t = fn.newBlock();
    Block f = fn.newBlock();
    Block join = fn.newBlock();
    condition(e, t, f);
    start(t);
    emit(Op.CONST, r, 1);
    jump(join);
    start(f);
    emit(Op.CONST, r, 0);
    jump(join);
    start(join);
    return r;
  }

  /** {@code a or b}: the first true operand or the last one (an operand, not a bool). */
  private VReg boolOpValue(Expr.BoolOp b) {
    List<VReg> done = new ArrayList<>();
    Block join = fn.newBlock();
    VReg result = null;
    List<Expr> vs = b.values();
    for (int i = 0; i < vs.size(); i++) {
      VReg v = expr(vs.get(i));
      if (v.type == ValueType.UNKNOWN) {
        result = result == null ? unknown() : result;
        return result.type == ValueType.UNKNOWN ? result : unknown();
      }
      if (result == null) {
        result = fn.newVReg(v.type, null);
      } else if (result.type != v.type) {
        throw JitException.at(line, "'" + b.op().name().toLowerCase() + "' of "
            + result.type.pyName + " and " + v.type.pyName + " gives either type");
      }
      emit(Op.MOV, result, 0, v);
      if (i == vs.size() - 1) {
        jump(join);
      } else {
        Block next = fn.newBlock();
        if (b.op() == org.pyjit.ast.BoolOperator.AND) {
          branchOn(truth(v), next, join);
        } else {
          branchOn(truth(v), join, next);
        }
        start(next);
      }
      done.add(v);
    }
    start(join);
    return result;
  }

  private VReg ifExpValue(Expr.IfExp e) {
    Block t = fn.newBlock();
    Block f = fn.newBlock();
    Block join = fn.newBlock();
    condition(e.test(), t, f);
    start(t);
    VReg a = expr(e.body());
    Block tEnd = cur;
    start(f);
    VReg b = expr(e.orelse());
    if (a.type == ValueType.UNKNOWN || b.type == ValueType.UNKNOWN) {
      jump(join);
      cur = tEnd;
      jump(join);
      start(join);
      return unknown();
    }
    if (a.type != b.type) {
      throw JitException.at(line, "a conditional expression of " + a.type.pyName + " and "
          + b.type.pyName + " gives either type");
    }
    VReg r = fn.newVReg(a.type, null);
    emit(Op.MOV, r, 0, b);
    jump(join);
    cur = tEnd;
    emit(Op.MOV, r, 0, a);
    jump(join);
    start(join);
    return r;
  }

  // ------------------------------------------------------------------ calls

  private VReg call(Expr.Call c) {
    if (!c.keywords().isEmpty()) {
      throw unsupported("keyword arguments");
    }
    for (Expr a : c.args()) {
      if (a instanceof Expr.Starred) {
        throw unsupported("*arguments");
      }
    }
    if (c.func() instanceof Expr.Attribute a && isMathModule(a.value())) {
      return mathCall(a.attr(), c);
    }
    if (!(c.func() instanceof Expr.Name n) || localNames.contains(n.id())) {
      throw unsupported("the call of " + describe(c.func()));
    }
    Object g = env.global(n.id());
    if (g == null && BUILTINS.contains(n.id())) {
      return builtinCall(n.id(), c);
    }
    if (g != null && env.isJit(g)) {
      return jitCall(n.id(), g, c);
    }
    if (g != null) {
      Object math = MathModule.module().dict.getStr(n.id());
      if (math == g) {
        return mathCall(n.id(), c);
      }
    }
    throw unsupported("the call of " + n.id() + "()");
  }

  private List<VReg> args(Expr.Call c) {
    List<VReg> vs = new ArrayList<>();
    for (Expr a : c.args()) {
      vs.add(expr(a));
    }
    line = c.pos().lineno();
    return vs;
  }

  private void arity(String name, List<VReg> a, int n) {
    if (a.size() != n) {
      throw JitException.at(line, name + "() with " + a.size() + " arguments");
    }
  }

  private VReg builtinCall(String name, Expr.Call c) {
    List<VReg> a = args(c);
    for (VReg v : a) {
      if (v.type == ValueType.UNKNOWN) {
        return unknown();
      }
    }
    if (name.equals("len")) {
      arity(name, a, 1);
      if (!a.getFirst().type.isList()) {
        throw JitException.at(line, "len() of a " + a.getFirst().type.pyName);
      }
      return op1(Op.LLEN, ValueType.INT, a.getFirst());
    }
    for (VReg v : a) {
      scalar(v, name + "() of a list");
    }
    switch (name) {
      case "abs": {
        arity(name, a, 1);
        VReg v = a.getFirst();
        return v.type.isFloat() ? op1(Op.FABS, ValueType.FLOAT, v)
            : op1(Op.IABS, ValueType.INT, v);
      }
      case "int": {
        arity(name, a, 1);
        VReg v = a.getFirst();
        return v.type.isFloat() ? op1(Op.F2I, ValueType.INT, v) : retype(v, ValueType.INT);
      }
      case "float":
        arity(name, a, 1);
        return toFloat(a.getFirst());
      case "bool":
        arity(name, a, 1);
        return truth(a.getFirst());
      case "min", "max": {
        if (a.size() < 2) {
          throw JitException.at(line, name + "() of an iterable");
        }
        ValueType t = a.getFirst().type;
        for (VReg v : a) {
          if (v.type != t) {
            throw JitException.at(line, name + "() of " + t.pyName + " and " + v.type.pyName
                + " gives either type");
          }
        }
        Op o = t.isFloat() ? (name.equals("min") ? Op.FMIN : Op.FMAX)
            : (name.equals("min") ? Op.IMIN : Op.IMAX);
        VReg r = a.getFirst();
        for (int i = 1; i < a.size(); i++) {
          r = op2(o, t, r, a.get(i)); // Python keeps the first of equal values
        }
        return r;
      }
      default:
        throw unsupported("range() outside a for loop");
    }
  }

  private VReg mathCall(String name, Expr.Call c) {
    List<VReg> a = args(c);
    for (VReg v : a) {
      if (v.type == ValueType.UNKNOWN) {
        return unknownOf(name.equals("floor") || name.equals("ceil") || name.equals("trunc")
            ? ValueType.INT : ValueType.FLOAT);
      }
    }
    for (VReg v : a) {
      scalar(v, "math." + name + "() of a list");
    }
    if (MATH_UNARY.contains(name)) {
      arity("math." + name, a, 1);
      return math(name, a);
    }
    if (MATH_BINARY.contains(name)) {
      arity("math." + name, a, 2);
      return math(name, a);
    }
    switch (name) {
      case "floor", "ceil", "trunc": {
        arity("math." + name, a, 1);
        VReg v = a.getFirst();
        if (!v.type.isFloat()) {
          return retype(v, ValueType.INT);
        }
        VReg r = fn.newVReg(ValueType.FLOAT, null);
        emit(Op.FROUND, r, name.equals("floor") ? 1 : name.equals("ceil") ? 2 : 3, v);
        return op1(Op.F2I, ValueType.INT, r);
      }
      case "fabs":
        arity("math.fabs", a, 1);
        return op1(Op.FABS, ValueType.FLOAT, toFloat(a.getFirst()));
      case "isnan": {
        arity("math.isnan", a, 1);
        VReg x = toFloat(a.getFirst());
        VReg r = fn.newVReg(ValueType.BOOL, null);
        emit(Op.FCMP, r, Op.Cmp.NE.ordinal(), x, x);
        return r;
      }
      case "isinf", "isfinite": {
        arity("math." + name, a, 1);
        VReg x = op1(Op.FABS, ValueType.FLOAT, toFloat(a.getFirst()));
        VReg r = fn.newVReg(ValueType.BOOL, null);
        emit(Op.FCMP, r, (name.equals("isinf") ? Op.Cmp.EQ : Op.Cmp.LT).ordinal(), x,
            constFloat(Double.POSITIVE_INFINITY));
        return r;
      }
      case "degrees", "radians": {
        arity("math." + name, a, 1);
        double k = name.equals("degrees") ? 180.0 / Math.PI : Math.PI / 180.0;
        return op2(Op.FMUL, ValueType.FLOAT, toFloat(a.getFirst()), constFloat(k));
      }
      default:
        throw unsupported("math." + name + "()");
    }
  }

  private VReg math(String name, List<VReg> a) {
    VReg[] srcs = a.stream().map(this::toFloat).toArray(VReg[]::new);
    VReg r = fn.newVReg(ValueType.FLOAT, null);
    cur.insns.add(IrFunction.insn(Op.MATH, r, srcs, 0, new Block[0], name, null, line));
    return r;
  }

  private VReg jitCall(String name, Object g, Expr.Call c) {
    List<VReg> a = args(c);
    List<ValueType> types = new ArrayList<>();
    for (VReg v : a) {
      if (v.type == ValueType.UNKNOWN) {
        return unknown();
      }
      types.add(v.type);
    }
    CallTarget target = env.callee(g, types, line);
    ValueType rt = target.self() ? returnAssumed : target.variant().returnType;
    if (rt == null || rt == ValueType.UNKNOWN) {
      return unknown();
    }
    VReg r = fn.newVReg(rt, null);
    cur.insns.add(IrFunction.insn(Op.CALL, r, a.toArray(VReg[]::new), 0, new Block[0],
        name, target, line));
    return r;
  }

  // ------------------------------------------------------------------ helpers

  private VReg toFloat(VReg v) {
    if (v.type.isFloat() || v.type == ValueType.UNKNOWN) {
      return v;
    }
    return op1(Op.I2F, ValueType.FLOAT, v);
  }

  /** An int as a float for a comparison with a float: exact, or a guard. */
  private VReg exactFloat(VReg v) {
    return v.type.isFloat() ? v : op1(Op.I2F_EXACT, ValueType.FLOAT, v);
  }

  private VReg truth(VReg v) {
    return switch (v.type) {
      case BOOL, UNKNOWN -> v;
      case INT -> op1(Op.ITRUTH, ValueType.BOOL, v);
      case FLOAT -> op1(Op.FTRUTH, ValueType.BOOL, v);
      case LIST_INT, LIST_FLOAT -> op1(Op.ITRUTH, ValueType.BOOL, op1(Op.LLEN, ValueType.INT, v));
    };
  }

  /** Refuses a list where only a number may be: {@code what} names the construct. */
  private void scalar(VReg v, String what) {
    if (v.type.isList()) {
      throw unsupported(what);
    }
  }

  // ------------------------------------------------------------------ lists

  /** The index of {@code xs[i]}: an int or bool expression (no slices). */
  private VReg index(Expr.Subscript sub) {
    if (sub.slice() instanceof Expr.Slice) {
      throw unsupported("a slice");
    }
    VReg i = expr(sub.slice());
    if (i.type != ValueType.UNKNOWN && !i.type.isIntLike()) {
      throw JitException.at(line, "a list index of type " + i.type.pyName);
    }
    return i;
  }

  private void requireList(VReg list) {
    if (list.type != ValueType.UNKNOWN && !list.type.isList()) {
      throw JitException.at(line, "subscripting a " + list.type.pyName
          + " (only lists of int or float)");
    }
  }

  /** list[index]; {@code inRange}: 1 when the index is known to be in [0, len). */
  private VReg load(VReg list, VReg index, long inRange) {
    requireList(list);
    if (list.type == ValueType.UNKNOWN || index.type == ValueType.UNKNOWN) {
      return unknown();
    }
    VReg r = fn.newVReg(list.type.element(), null);
    emit(Op.LLOAD, r, inRange, list, index);
    return r;
  }

  private void store(VReg list, VReg index, VReg value, long inRange) {
    requireList(list);
    if (list.type == ValueType.UNKNOWN || index.type == ValueType.UNKNOWN
        || value.type == ValueType.UNKNOWN) {
      return;
    }
    ValueType e = list.type.element();
    if (value.type != e) {
      throw JitException.at(line, "storing " + value.type.pyName + " values into a "
          + list.type.pyName + " (a compiled list keeps one element type"
          + (e == ValueType.FLOAT ? "; write 0.0 rather than 0 for a float)" : ")"));
    }
    emit(Op.LSTORE, null, inRange, list, index, value);
  }

  /** {@code xs[i] op= v}: xs and i evaluated once, as Python does. */
  private void augmentedStore(Expr.Subscript sub, Stmt.AugAssign a) {
    VReg list = expr(sub.value());
    VReg index = index(sub);
    line = sub.pos().lineno();
    VReg old = load(list, index, knownInRange(sub));
    VReg right = expr(a.value());
    line = a.pos().lineno();
    VReg v = binary(a.op(), old, right);
    store(list, index, v, knownInRange(sub));
  }

  /**
   * {@code for NAME in xs}: an index from 0 while it is below the length (a list's length
   * does not change in the subset); the list is the one the loop started with even if the
   * name it came from is assigned in the body, as Python's iterator keeps it.
   */
  /**
   * A for loop in a pass that does not know its iterable's types yet: still walks the body
   * (with the target of unknown type) for the types of what it assigns.
   */
  private void typingPassLoop(Stmt.For s, Expr.Name target, Block head, Block body,
      Block orelse, Block exit) {
    jump(head);
    start(head);
    Set<String> before = new HashSet<>(assigned);
    branchOn(constBool(true), body, orelse);
    start(body);
    assign(target, unknown());
    loop(body, head, exit, s.body(), before);
    finishLoop(s.orelse(), orelse, exit, before);
  }

  private void forList(Stmt.For s) {
    if (!(s.target() instanceof Expr.Name target)) {
      throw unsupported("a for loop target other than a name");
    }
    VReg list = expr(s.iter());
    line = s.pos().lineno();
    if (list.type != ValueType.UNKNOWN && !list.type.isList()) {
      throw unsupported("a for loop over anything but range() or a list");
    }
    Block head = fn.newBlock();
    Block body = fn.newBlock();
    Block orelse = fn.newBlock();
    Block exit = fn.newBlock();
    if (list.type == ValueType.UNKNOWN) {
      typingPassLoop(s, target, head, body, orelse, exit);
      return;
    }
    VReg it = fn.newVReg(list.type, null);
    emit(Op.MOV, it, 0, list);
    VReg n = op1(Op.LLEN, ValueType.INT, it);
    VReg i = fn.newVReg(ValueType.INT, null);
    emit(Op.MOV, i, 0, constInt(0));
    jump(head);
    start(head);
    Set<String> before = new HashSet<>(assigned);
    Block next = fn.newBlock();
    branchOn(cmp(Op.Cmp.LT, i, n), next, orelse);
    start(next);
    assigned = new HashSet<>(before);
    assign(target, load(it, i, 1));
    VReg after = fn.newVReg(ValueType.INT, null);
    emit(Op.IADD, after, 0, i, constInt(1));
    emit(Op.MOV, i, 0, after);
    jump(body);
    Set<String> inBody = new HashSet<>(assigned);
    loop(body, head, exit, s.body(), inBody);
    finishLoop(s.orelse(), orelse, exit, before);
  }

  /** The same integer register read as another integer type (bool as int). */
  private VReg retype(VReg v, ValueType t) {
    if (v.type == t) {
      return v;
    }
    VReg r = fn.newVReg(t, null);
    emit(Op.MOV, r, 0, v);
    return r;
  }

  private VReg cmp(Op.Cmp k, VReg a, VReg b) {
    VReg r = fn.newVReg(ValueType.BOOL, null);
    emit(Op.ICMP, r, k.ordinal(), a, b);
    return r;
  }

  private VReg op1(Op op, ValueType t, VReg a) {
    VReg r = fn.newVReg(t, null);
    emit(op, r, 0, a);
    return r;
  }

  private VReg op2(Op op, ValueType t, VReg a, VReg b) {
    VReg r = fn.newVReg(t, null);
    emit(op, r, 0, a, b);
    return r;
  }

  private VReg constInt(long v) {
    VReg r = fn.newVReg(ValueType.INT, null);
    emit(Op.CONST, r, v);
    return r;
  }

  private VReg constBool(boolean v) {
    VReg r = fn.newVReg(ValueType.BOOL, null);
    emit(Op.CONST, r, v ? 1 : 0);
    return r;
  }

  private VReg constFloat(double v) {
    VReg r = fn.newVReg(ValueType.FLOAT, null);
    emit(Op.CONST, r, Double.doubleToRawLongBits(v));
    return r;
  }

  private VReg unknown() {
    noteUnknown("an expression (line " + line + ")");
    return fn.newVReg(ValueType.UNKNOWN, null);
  }

  private VReg unknownOf(ValueType t) {
    noteUnknown("an expression (line " + line + ")");
    return fn.newVReg(ValueType.UNKNOWN, null);
  }

  private void noteUnknown(String what) {
    if (unknownAt == null) {
      unknownAt = what;
    }
  }

  private void emit(Op op, VReg dst, long imm, VReg... srcs) {
    if (cur == null) {
      return;
    }
    cur.insns.add(IrFunction.insn(op, dst, srcs, imm, new Block[0], null, null, line));
  }

  private void terminate(Op op, Block[] targets, VReg... srcs) {
    if (cur == null) {
      return;
    }
    cur.insns.add(IrFunction.insn(op, null, srcs, 0,
        targets == null ? new Block[0] : targets, null, null, line));
    cur = null;
  }

  private void jump(Block b) {
    terminate(Op.JMP, new Block[] {b});
  }

  private void branchOn(VReg cond, Block t, Block f) {
    terminate(Op.BR, new Block[] {t, f}, cond);
  }

  /** Continues in {@code b}, placing it in the layout. */
  private void start(Block b) {
    cur = b;
    fn.place(b);
  }

  private JitException unsupported(String what) {
    return JitException.at(line, what + " is not supported by @jit");
  }

  private static String describe(Expr e) {
    return switch (e) {
      case Expr.Name n -> "'" + n.id() + "'";
      case Expr.Attribute a -> describe(a.value()) + "." + a.attr();
      case Expr.Constant c -> c.value() instanceof String ? "a str constant"
          : c.value() == Expr.Singleton.NONE ? "None" : "the constant of type "
          + Objects.toString(c.value().getClass().getSimpleName());
      default -> "a " + e.typeName() + " expression";
    };
  }

  private static String describeStmt(Stmt s) {
    return "a " + s.typeName() + " statement";
  }
}
