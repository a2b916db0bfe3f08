/**
 * Tier 2's vocabulary: the one definition of every micro-op ({@link org.pyjit.jit.uop.Uop}),
 * the memory layouts native traces and the Java uop interpreter share ({@link
 * org.pyjit.jit.uop.NativeLayout}), traces and their text form, and the uop interpreter that
 * is the reference semantics. See docs/internals/tier2.md.
 */
package org.pyjit.jit.uop;
