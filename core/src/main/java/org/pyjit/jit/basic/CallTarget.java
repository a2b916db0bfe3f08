package org.pyjit.jit.basic;

/**
 * The callee of a CALL: one compiled signature of a @jit function, either already compiled
 * (its entry address is known) or the function being compiled itself (recursion: a direct
 * call of the entry label).
 */
public record CallTarget(String name, Variant variant, boolean self) {}
