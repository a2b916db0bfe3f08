package org.pyjit.jit.uop;

/** Where a Python value that is live at an exit is: its name, its (first) slot and kind. */
public record LiveValue(String name, int slot, ValueKind kind) {}
