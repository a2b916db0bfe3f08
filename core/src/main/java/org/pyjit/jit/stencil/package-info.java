/**
 * The copy-and-patch backend: stencils (machine code with holes, compiled ahead of time from
 * the C templates under core/src/main/c/stencils by tools/stencils), the table they are
 * committed in, the two-pass emitter that copies and patches them into a trace, and the
 * native traces that run in the code arena of {@link org.pyjit.jit.mem}. See
 * docs/internals/stencils.md.
 */
package org.pyjit.jit.stencil;
