package org.pyjit;

/** Version numbers: the Python language version implemented, and pyjit's own. */
public final class Version {
  public static final String PYTHON_VERSION = "3.13.0";
  public static final String PYJIT_VERSION = "0.1.0";

  private Version() {}
}
