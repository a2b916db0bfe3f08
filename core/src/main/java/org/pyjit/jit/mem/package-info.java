/**
 * Executable memory and the way into native code, for both JITs: a {@link
 * org.pyjit.jit.mem.CodeArena} hands out pages of one large reservation (so JIT code reaches
 * other JIT code with rel32), fills them while they are read-write and flips them to
 * read-execute (never both); {@link org.pyjit.jit.mem.InstalledCode} is the handle whose
 * reachability decides when the pages go back; {@link org.pyjit.jit.mem.NativeSignature}
 * holds the one unbound downcall handle of each C function type, to which the code's address
 * is passed at each call. Everything is FFM (java.lang.foreign): no JNI, no Unsafe. See
 * docs/internals/native-memory.md.
 */
package org.pyjit.jit.mem;
