package org.pyjit.bytecode;

import java.util.function.IntUnaryOperator;

/**
 * The instruction set: every opcode is defined here once, with its metadata, and the
 * compiler, the interpreter and the disassembler read this definition.
 *
 * <p>Contract. Instructions are one {@code int} code unit each: the opcode's
 * {@link #ordinal()} in the low 8 bits and the argument in the upper 24 bits (so no
 * EXTENDED_ARG is needed). Names and stack behaviour follow CPython 3.13's instructions of
 * the same name, with two simplifications: no inline cache entries in the code (caches live
 * beside the code, indexed by instruction), and jump arguments are absolute instruction
 * indexes. {@link #stackEffect} gives the change of stack depth when the instruction falls
 * through ({@code jump == false}) or jumps. Specialized forms ({@code family != null}) have
 * the stack effect and argument meaning of their family's generic instruction and are
 * produced only by the interpreter's specializer, never by the compiler (see
 * org.pyjit.interp.Specializer for what each one assumes and checks).
 *
 * <p>The order of the constants is their number, and it follows the interpreter's dispatch
 * groups (org.pyjit.interp.DispatchGroups): each group's opcodes, generic and specialized,
 * are declared together, so that each group's switch in the interpreter loop is a dense
 * table. A new opcode goes into the group whose switch has its case.
 */
public enum Opcode {
  // ---- the stack and fast locals (the interpreter's LOCALS group)
  NOP(Arg.NONE, 0),
  RESUME(Arg.NONE, 0),
  POP_TOP(Arg.NONE, -1),
  PUSH_NULL(Arg.NONE, 1),
  COPY(Arg.NUMBER, 1),
  SWAP(Arg.NUMBER, 0),
  LOAD_CONST(Arg.CONST, 1),
  LOAD_FAST(Arg.LOCAL, 1),
  LOAD_FAST_CHECK(Arg.LOCAL, 1),
  LOAD_FAST_AND_CLEAR(Arg.LOCAL, 1),
  STORE_FAST(Arg.LOCAL, -1),
  DELETE_FAST(Arg.LOCAL, 0),
  /**
   * CPython 3.13's superinstructions, made by the peephole optimizer from two instructions
   * of one line: arg = first local {@code << 12 |} second local ({@link #pairFirst},
   * {@link #pairSecond}).
   */
  LOAD_FAST_LOAD_FAST(Arg.LOCAL_PAIR, 2),
  STORE_FAST_LOAD_FAST(Arg.LOCAL_PAIR, 0),
  STORE_FAST_STORE_FAST(Arg.LOCAL_PAIR, -2),
  /**
   * pyjit's own superinstruction (not CPython's), made by the peephole optimizer as the
   * others: LOAD_FAST then LOAD_CONST ({@code n - 1}, {@code n < 2}); arg = local {@code << 12
   * |} constant index. Neither part can raise, so it has no position of its own to keep.
   */
  LOAD_FAST_LOAD_CONST(Arg.LOCAL_CONST, 2),
  /**
   * LOAD_FAST_LOAD_CONST of an int constant whose next instruction the specializer made
   * BINARY_OP_ADD_INT / BINARY_OP_SUBTRACT_INT (rewritten when that one specialized): adds
   * or subtracts an int local and the constant, pushes the result and skips the operator's
   * code unit, which stays (a jump to it, or this form de-specialized, runs it as before).
   * Adding or subtracting ints cannot raise.
   */
  LOAD_FAST_CONST_ADD_INT(LOAD_FAST_LOAD_CONST),
  LOAD_FAST_CONST_SUBTRACT_INT(LOAD_FAST_LOAD_CONST),
  /** The same before a COMPARE_OP_INT_JUMP: an int local compared with the constant, jumping. */
  LOAD_FAST_CONST_COMPARE_INT_JUMP(LOAD_FAST_LOAD_CONST),
  /**
   * LOAD_FAST whose next instruction the specializer made LOAD_ATTR_SLOT /
   * LOAD_ATTR_INSTANCE_VALUE (an attribute, not a method load; rewritten when that one
   * specialized): pushes the local's attribute and skips the attribute's code unit, which
   * stays (a jump to it, or this form de-specialized, runs it as before). It reads that
   * unit and its cache and checks the unit is still that form, so it is right whatever
   * becomes of it; a miss pushes nothing and goes back to LOAD_FAST. It cannot raise.
   */
  LOAD_FAST_ATTR_SLOT(LOAD_FAST),
  LOAD_FAST_ATTR_INSTANCE_VALUE(LOAD_FAST),
  /**
   * LOAD_FAST_LOAD_FAST of a list and an int index whose next instruction the specializer
   * made BINARY_SUBSCR_LIST_INT / STORE_SUBSCR_LIST_INT (rewritten when that one
   * specialized): {@code list[i]} pushed, or the value on top stored at {@code list[i]},
   * and the subscript's code unit skipped, which stays (a jump to it, or this form
   * de-specialized, runs it as before). An exact list and an int index in range only: any
   * other pair, an index out of range included, goes back to LOAD_FAST_LOAD_FAST, and the
   * subscript raises its error at its own position. It cannot raise.
   */
  LOAD_FAST_LOAD_FAST_SUBSCR_LIST_INT(LOAD_FAST_LOAD_FAST),
  LOAD_FAST_LOAD_FAST_STORE_SUBSCR_LIST_INT(LOAD_FAST_LOAD_FAST),
  /**
   * LOAD_FAST_LOAD_FAST before a COMPARE_OP_INT_JUMP (rewritten when that one specialized):
   * two int locals compared and the jump after the compare taken or not, as
   * LOAD_FAST_CONST_COMPARE_INT_JUMP does with a constant.
   */
  LOAD_FAST_LOAD_FAST_COMPARE_INT_JUMP(LOAD_FAST_LOAD_FAST),
  /**
   * LOAD_FAST_LOAD_FAST before a BINARY_OP_ADD_INT / BINARY_OP_SUBTRACT_INT (rewritten when
   * that one specialized): two int locals added or subtracted, the result pushed and the
   * operator's code unit skipped, as LOAD_FAST_CONST_ADD_INT does with a constant (nqueens'
   * `row - c`, `row + c`). It cannot raise.
   */
  LOAD_FAST_LOAD_FAST_ADD_INT(LOAD_FAST_LOAD_FAST),
  LOAD_FAST_LOAD_FAST_SUBTRACT_INT(LOAD_FAST_LOAD_FAST),
  JUMP_BACKWARD(Arg.JUMP, 0),
  // ---- names, globals, cells, imports, with (the interpreter's NAMES group)
  LOAD_NAME(Arg.NAME, 1),
  STORE_NAME(Arg.NAME, -1),
  DELETE_NAME(Arg.NAME, 0),
  /** arg = name index << 1 | push NULL after the global (for a call). */
  LOAD_GLOBAL(Arg.GLOBAL, a -> (a & 1) != 0 ? 2 : 1),
  STORE_GLOBAL(Arg.NAME, -1),
  DELETE_GLOBAL(Arg.NAME, 0),
  LOAD_DEREF(Arg.LOCAL, 1),
  STORE_DEREF(Arg.LOCAL, -1),
  DELETE_DEREF(Arg.LOCAL, 0),
  MAKE_CELL(Arg.LOCAL, 0),
  COPY_FREE_VARS(Arg.NUMBER, 0),
  LOAD_FROM_DICT_OR_DEREF(Arg.LOCAL, 0),
  /** An annotation scope in a class: the name from the mapping on top, else a global. */
  LOAD_FROM_DICT_OR_GLOBALS(Arg.NAME, 0),
  LOAD_BUILD_CLASS(Arg.NONE, 1),
  LOAD_LOCALS(Arg.NONE, 1),
  WITH_EXCEPT_START(Arg.NONE, 1),
  BEFORE_WITH(Arg.NONE, 1),
  IMPORT_NAME(Arg.NAME, -1),
  IMPORT_FROM(Arg.NAME, 1),
  LOAD_GLOBAL_MODULE(LOAD_GLOBAL),
  LOAD_GLOBAL_BUILTIN(LOAD_GLOBAL),
  // ---- attributes (the interpreter's ATTRIBUTES group)
  /** arg = name index << 1 | method flag: with the flag, pushes [method, self] or [NULL, attr]. */
  LOAD_ATTR(Arg.ATTR, a -> (a & 1) != 0 ? 1 : 0),
  STORE_ATTR(Arg.NAME, -2),
  DELETE_ATTR(Arg.NAME, -1),
  LOAD_ATTR_INSTANCE_VALUE(LOAD_ATTR),
  LOAD_ATTR_METHOD_WITH_VALUES(LOAD_ATTR),
  LOAD_ATTR_METHOD_NO_DICT(LOAD_ATTR),
  LOAD_ATTR_MODULE(LOAD_ATTR),
  LOAD_ATTR_CLASS(LOAD_ATTR),
  STORE_ATTR_INSTANCE_VALUE(STORE_ATTR),
  LOAD_ATTR_SLOT(LOAD_ATTR),
  STORE_ATTR_SLOT(STORE_ATTR),
  LOAD_ATTR_PROPERTY(LOAD_ATTR),
  /**
   * A method call on super() (pyjit has no LOAD_SUPER_ATTR): the Python function found
   * after the super object's class in its object's MRO, pushed with the object, no bound
   * method made. Shares LOAD_ATTR_METHOD_NO_DICT's case in the interpreter.
   */
  LOAD_ATTR_SUPER_METHOD(LOAD_ATTR),
  // ---- operators (the interpreter's ARITHMETIC group)
  UNARY_NEGATIVE(Arg.NONE, 0),
  UNARY_NOT(Arg.NONE, 0),
  UNARY_INVERT(Arg.NONE, 0),
  TO_BOOL(Arg.NONE, 0),
  /** arg = {@link BinaryOp} ordinal. */
  BINARY_OP(Arg.BINARY_OP, -1),
  BINARY_OP_ADD_INT(BINARY_OP),
  BINARY_OP_SUBTRACT_INT(BINARY_OP),
  BINARY_OP_MULTIPLY_INT(BINARY_OP),
  BINARY_OP_ADD_FLOAT(BINARY_OP),
  BINARY_OP_SUBTRACT_FLOAT(BINARY_OP),
  BINARY_OP_MULTIPLY_FLOAT(BINARY_OP),
  BINARY_OP_ADD_UNICODE(BINARY_OP),
  /** Any other operator on two ints: the int arithmetic without the type dispatch. */
  BINARY_OP_INT(BINARY_OP),
  /** An arithmetic operator on two floats, or a float and an int: float arithmetic. */
  BINARY_OP_FLOAT(BINARY_OP),
  TO_BOOL_BOOL(TO_BOOL),
  TO_BOOL_INT(TO_BOOL),
  TO_BOOL_NONE(TO_BOOL),
  TO_BOOL_LIST(TO_BOOL),
  TO_BOOL_STR(TO_BOOL),
  // ---- comparisons, containment, pattern matching (the interpreter's COMPARISONS group; the
  // matching instructions leave the subject below what they push)
  /** arg = {@link CompareOp} ordinal. */
  COMPARE_OP(Arg.COMPARE_OP, -1),
  /** arg = 1 for 'not in'. */
  CONTAINS_OP(Arg.NUMBER, -1),
  /** arg = 1 for 'is not'. */
  IS_OP(Arg.NUMBER, -1),
  GET_LEN(Arg.NONE, 1),
  MATCH_SEQUENCE(Arg.NONE, 1),
  MATCH_MAPPING(Arg.NONE, 1),
  /** Stack: subject, keys tuple -> subject, keys, values tuple or None. */
  MATCH_KEYS(Arg.NONE, 1),
  /** Stack: subject, class, kw names tuple -> attributes tuple or None; arg = positional. */
  MATCH_CLASS(Arg.NUMBER, -2),
  COMPARE_OP_INT(COMPARE_OP),
  /**
   * COMPARE_OP_INT whose next instruction is POP_JUMP_IF_FALSE or POP_JUMP_IF_TRUE (which
   * the specializer checked): compares, pops both operands and jumps as that instruction
   * would, or goes on after it, so the pair is one dispatch. The jump keeps its own code
   * unit (a jump to it, or a de-specialized compare, runs it as before); neither part can
   * raise. Its stack effect is its family's as for every specialized form: the compiler
   * never sees it.
   */
  COMPARE_OP_INT_JUMP(COMPARE_OP),
  COMPARE_OP_FLOAT(COMPARE_OP),
  COMPARE_OP_STR(COMPARE_OP),
  /** Two instances of one Python class defining the comparison in Python. */
  COMPARE_OP_PY(COMPARE_OP),
  CONTAINS_OP_DICT(CONTAINS_OP),
  CONTAINS_OP_SET(CONTAINS_OP),
  /**
   * CONTAINS_OP_SET whose next instruction is POP_JUMP_IF_FALSE or POP_JUMP_IF_TRUE: tests,
   * pops both operands and jumps as that instruction would, or goes on after it, as
   * COMPARE_OP_INT_JUMP does (the jump keeps its own code unit). The test can raise (an
   * unhashable key, a key's __eq__), from this instruction's own position.
   */
  CONTAINS_OP_SET_JUMP(CONTAINS_OP),
  // ---- subscripts (the interpreter's SUBSCRIPTS group)
  BINARY_SUBSCR(Arg.NONE, -1),
  STORE_SUBSCR(Arg.NONE, -3),
  DELETE_SUBSCR(Arg.NONE, -2),
  BINARY_SUBSCR_LIST_INT(BINARY_SUBSCR),
  BINARY_SUBSCR_TUPLE_INT(BINARY_SUBSCR),
  BINARY_SUBSCR_DICT(BINARY_SUBSCR),
  STORE_SUBSCR_LIST_INT(STORE_SUBSCR),
  STORE_SUBSCR_DICT(STORE_SUBSCR),
  // ---- building, unpacking, f-strings (the interpreter's DISPLAYS group)
  /** arg = 2 or 3 (with step). */
  BUILD_SLICE(Arg.NUMBER, a -> 1 - a),
  BUILD_TUPLE(Arg.NUMBER, a -> 1 - a),
  BUILD_LIST(Arg.NUMBER, a -> 1 - a),
  BUILD_SET(Arg.NUMBER, a -> 1 - a),
  /** arg = number of key/value pairs. */
  BUILD_MAP(Arg.NUMBER, a -> 1 - 2 * a),
  BUILD_STRING(Arg.NUMBER, a -> 1 - a),
  /** arg = depth of the list below the item. */
  LIST_APPEND(Arg.NUMBER, -1),
  SET_ADD(Arg.NUMBER, -1),
  MAP_ADD(Arg.NUMBER, -2),
  LIST_EXTEND(Arg.NUMBER, -1),
  SET_UPDATE(Arg.NUMBER, -1),
  DICT_UPDATE(Arg.NUMBER, -1),
  UNPACK_SEQUENCE(Arg.NUMBER, a -> a - 1),
  /** arg = 1 str, 2 repr, 3 ascii. */
  CONVERT_VALUE(Arg.NUMBER, 0),
  FORMAT_SIMPLE(Arg.NONE, 0),
  FORMAT_WITH_SPEC(Arg.NONE, -1),
  UNPACK_SEQUENCE_TWO_TUPLE(UNPACK_SEQUENCE),
  UNPACK_SEQUENCE_TUPLE(UNPACK_SEQUENCE),
  UNPACK_SEQUENCE_LIST(UNPACK_SEQUENCE),
  // ---- control flow (the interpreter's JUMPS group; jump args are absolute instruction indexes)
  JUMP_FORWARD(Arg.JUMP, 0),
  POP_JUMP_IF_FALSE(Arg.JUMP, -1),
  POP_JUMP_IF_TRUE(Arg.JUMP, -1),
  POP_JUMP_IF_NONE(Arg.JUMP, -1),
  POP_JUMP_IF_NOT_NONE(Arg.JUMP, -1),
  /**
   * pyjit's argument (not shown, CPython's GET_ITER has none): 1 when a for loop owns the
   * iterator (see POP_ITER), which marks a fresh generator so that the loop closes it when
   * it is left early, by POP_ITER or by an exception unwinding the stack.
   */
  GET_ITER(Arg.NONE, 0),
  /** Pushes the next item, or pops the iterator and jumps when it is exhausted. */
  FOR_ITER(Arg.JUMP, 1, -1),
  END_FOR(Arg.NONE, -1),
  /**
   * Pops a for loop's iterator when the loop is left early (break, return) and, as CPython
   * 3.14's POP_ITER, ends it: a generator made for the loop alone is closed then, so its
   * finally blocks run where CPython's reference counting would run them.
   */
  POP_ITER(Arg.NONE, -1),
  /** Makes the namespace's __annotations__ dict if it has none (module and class bodies). */
  SETUP_ANNOTATIONS(Arg.NONE, 0),
  FOR_ITER_RANGE(FOR_ITER),
  FOR_ITER_LIST(FOR_ITER),
  FOR_ITER_TUPLE(FOR_ITER),
  FOR_ITER_GEN(FOR_ITER),
  /**
   * FOR_ITER_RANGE whose next instruction is STORE_FAST (`for i in range(n)`): stores the
   * next int in that local and goes on after the store, so the pair is one dispatch, or pops
   * the exhausted iterator and jumps. The store keeps its own code unit (only this
   * instruction reaches it); neither part can raise.
   */
  FOR_ITER_RANGE_STORE_FAST(FOR_ITER),
  // ---- functions and calls (the interpreter's CALLS group)
  DICT_MERGE(Arg.NUMBER, -1),
  CALL_INTRINSIC_1(Arg.INTRINSIC, 0),
  /** arg = before | after << 8. */
  UNPACK_EX(Arg.NUMBER, a -> (a & 0xff) + (a >> 8)),
  /** Stack: callable, self-or-NULL, args... ; arg = number of args. */
  CALL(Arg.NUMBER, a -> -1 - a),
  /** Stack: callable, self-or-NULL, args..., kwnames tuple; arg = number of args. */
  CALL_KW(Arg.NUMBER, a -> -2 - a),
  /** Stack: callable, NULL, args tuple, kwargs dict or NULL; arg & 1 = has kwargs. */
  CALL_FUNCTION_EX(Arg.NUMBER, -3),
  MAKE_FUNCTION(Arg.NONE, 0),
  /** arg = 1 defaults, 2 kwdefaults, 4 annotations, 8 closure. */
  SET_FUNCTION_ATTRIBUTE(Arg.NUMBER, -1),
  CALL_PY_EXACT_ARGS(CALL),
  CALL_PY_WITH_DEFAULTS(CALL),
  CALL_BUILTIN(CALL),
  CALL_ALLOC_AND_ENTER_INIT(CALL),
  CALL_LEN(CALL),
  CALL_ISINSTANCE(CALL),
  /**
   * super() without arguments in a method: the super object made from the running
   * function's class and first local, without the generic call of the type. Shares
   * CALL_BUILTIN's case in the interpreter.
   */
  CALL_SUPER_ZERO(CALL),
  // ---- returns, generators, coroutines (the interpreter's RETURNS group)
  RETURN_VALUE(Arg.NONE, -1),
  RETURN_CONST(Arg.CONST, 0),
  /**
   * pyjit's own superinstruction (not CPython's), made by the peephole optimizer as the
   * others: LOAD_FAST then RETURN_VALUE ({@code return n}); arg = the local.
   */
  RETURN_FAST(Arg.LOCAL, 0),
  /** arg = 1 in the send loop of yield from / await (where throw() finds the delegate). */
  YIELD_VALUE(Arg.NUMBER, 0),
  /** Stack: receiver, value -> receiver, yielded or returned value (jumping when it returned). */
  SEND(Arg.JUMP, 0, 0),
  END_SEND(Arg.NONE, -1),
  GET_YIELD_FROM_ITER(Arg.NONE, 0),
  /** arg = 0 await, 1 after __aenter__, 2 after __aexit__ (for the error message). */
  GET_AWAITABLE(Arg.NUMBER, 0),
  /** arg = 1: the async for loop owns the async iterator (see POP_ITER). */
  GET_AITER(Arg.NUMBER, 0),
  /** Stack: aiter -> aiter, awaitable of aiter.__anext__(). */
  GET_ANEXT(Arg.NONE, 1),
  /** Stack: aiter, exc -> nothing if exc is StopAsyncIteration, else re-raises it. */
  END_ASYNC_FOR(Arg.NONE, -2),
  /** Stack: mgr -> bound __aexit__, mgr.__aenter__(). */
  BEFORE_ASYNC_WITH(Arg.NONE, 1),
  // ---- exceptions (the interpreter's EXCEPTIONS group)
  /**
   * arg = 1: INTRINSIC_PREP_RERAISE_STAR (stack: orig, list -> exception or None); 2 to 5:
   * PEP 695's (TYPEVAR_WITH_BOUND, _WITH_CONSTRAINTS, SET_FUNCTION_TYPE_PARAMS,
   * SET_TYPEPARAM_DEFAULT).
   */
  CALL_INTRINSIC_2(Arg.INTRINSIC, -1),
  /** arg = 0 (re-raise), 1 (raise exc), 2 (raise exc from cause). */
  RAISE_VARARGS(Arg.NUMBER, a -> -a),
  /** Stack: exc; pushes the previous exception below it. */
  PUSH_EXC_INFO(Arg.NONE, 1),
  POP_EXCEPT(Arg.NONE, -1),
  CHECK_EXC_MATCH(Arg.NONE, 0),
  /** Stack: exc or None, type -> rest, match (each an exception (group) or None). */
  CHECK_EG_MATCH(Arg.NONE, 0),
  /** arg = 1: also restore lasti from the stack (unused here). */
  RERAISE(Arg.NUMBER, -1),
  // ---- in CPython 3.13's instruction set, never emitted by pyjit's compiler (no case in
  // the interpreter)
  BINARY_SLICE(Arg.NONE, -2),
  STORE_SLICE(Arg.NONE, -4),
  /** keys tuple on top of the values. */
  BUILD_CONST_KEY_MAP(Arg.NUMBER, a -> -a),
  RETURN_GENERATOR(Arg.NONE, 0);

  /** What an instruction's argument means (for the disassembler and the compiler). */
  public enum Arg {
    NONE, NUMBER, CONST, LOCAL, LOCAL_PAIR, LOCAL_CONST, NAME, GLOBAL, ATTR, JUMP, BINARY_OP, COMPARE_OP, INTRINSIC
  }

  public final Arg arg;
  /** The generic instruction this one specializes, or null. */
  public final Opcode family;
  private final IntUnaryOperator effect;
  private final IntUnaryOperator jumpEffect;

  private static final Opcode[] VALUES = values();

  Opcode(Arg arg, int effect) {
    this(arg, a -> effect, a -> effect);
  }

  Opcode(Arg arg, IntUnaryOperator effect) {
    this(arg, effect, effect);
  }

  Opcode(Arg arg, int effect, int jumpEffect) {
    this(arg, a -> effect, a -> jumpEffect);
  }

  Opcode(Arg arg, IntUnaryOperator effect, IntUnaryOperator jumpEffect) {
    this.arg = arg;
    this.family = null;
    this.effect = effect;
    this.jumpEffect = jumpEffect;
  }

  Opcode(Opcode family) {
    this.arg = family.arg;
    this.family = family;
    this.effect = family.effect;
    this.jumpEffect = family.jumpEffect;
  }

  /** Change of stack depth; {@code jump} selects the effect on the branch taken. */
  public int stackEffect(int oparg, boolean jump) {
    return (jump ? jumpEffect : effect).applyAsInt(oparg);
  }

  public boolean isJump() {
    return arg == Arg.JUMP;
  }

  /** Whether control never falls through to the next instruction. */
  public boolean isTerminator() {
    return switch (this) {
      case JUMP_FORWARD, JUMP_BACKWARD, RETURN_VALUE, RETURN_CONST, RETURN_FAST, RAISE_VARARGS,
          RERAISE ->
          true;
      default -> false;
    };
  }

  /** The generic form: the family of a specialized instruction, itself otherwise. */
  public Opcode generic() {
    return family == null ? this : family;
  }

  public static Opcode of(int ordinal) {
    return VALUES[ordinal];
  }

  // ---- code units

  public static int encode(Opcode op, int arg) {
    if (arg < 0 || arg >= 1 << 24) {
      throw new IllegalArgumentException("argument out of range: " + arg);
    }
    return op.ordinal() | arg << 8;
  }

  /** The largest local index a superinstruction's argument holds (12 bits each). */
  public static final int PAIR_LIMIT = 1 << 12;

  /** A LOCAL_PAIR argument, or a LOCAL_CONST one (the local, then the constant). */
  public static int pair(int first, int second) {
    return first << 12 | second;
  }

  public static int pairFirst(int arg) {
    return arg >>> 12;
  }

  public static int pairSecond(int arg) {
    return arg & 0xfff;
  }

  public static int opcodeOf(int unit) {
    return unit & 0xff;
  }

  public static int argOf(int unit) {
    return unit >>> 8;
  }
}
