package org.pyjit.jit.stencil;

/**
 * What a hole's value is, decoded once from its symbol name when the table is loaded so that
 * the emitter's inner loop switches on an ordinal (names in {@link StencilSymbols}).
 */
enum HoleSymbol {
  CONTINUE, JUMP_TARGET, SLOT_A, SLOT_B, SLOT_C, EXIT_INDEX, EXIT_STUB, EXIT_UNDO, EXIT_ENTRY, TRACE_ID,
  OPERAND, DATA, CACHE_0, CACHE_1, CACHE_2, CACHE_3, CACHE_4, CACHE_5, HELPER;

  static HoleSymbol of(String name) {
    return switch (name) {
      case StencilSymbols.CONTINUE -> CONTINUE;
      case StencilSymbols.JUMP_TARGET -> JUMP_TARGET;
      case StencilSymbols.SLOT_A -> SLOT_A;
      case StencilSymbols.SLOT_B -> SLOT_B;
      case StencilSymbols.SLOT_C -> SLOT_C;
      case StencilSymbols.EXIT_INDEX -> EXIT_INDEX;
      case StencilSymbols.EXIT_STUB -> EXIT_STUB;
      case StencilSymbols.EXIT_UNDO -> EXIT_UNDO;
      case StencilSymbols.EXIT_ENTRY -> EXIT_ENTRY;
      case StencilSymbols.TRACE_ID -> TRACE_ID;
      case StencilSymbols.OPERAND -> OPERAND;
      case StencilSymbols.DATA -> DATA;
      case "_JIT_CACHE_0" -> CACHE_0;
      case "_JIT_CACHE_1" -> CACHE_1;
      case "_JIT_CACHE_2" -> CACHE_2;
      case "_JIT_CACHE_3" -> CACHE_3;
      case "_JIT_CACHE_4" -> CACHE_4;
      case "_JIT_CACHE_5" -> CACHE_5;
      default -> HELPER;
    };
  }
}
