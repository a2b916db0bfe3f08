package org.pyjit.runtime;

/**
 * The builtins copyright, credits and license, which CPython's site module adds as
 * {@code _sitebuiltins._Printer} objects: the repr is the text (or, for a text longer than
 * a screen, how to see it), and calling one prints it. pyjit ships no license file, so
 * license is what CPython shows when its LICENSE.txt is missing: a pointer to the PSF
 * license. (A text over 23 lines, which CPython pages, does not occur here.)
 */
final class SitePrinter {
  private SitePrinter() {}

  private static final PyType TYPE = new PyType("_Printer", true, Types.OBJECT);

  /** CPython 3.13's sys.copyright. */
  static final String COPYRIGHT = """
      Copyright (c) 2001-2024 Python Software Foundation.
      All Rights Reserved.

      Copyright (c) 2000 BeOpen.com.
      All Rights Reserved.

      Copyright (c) 1995-2001 Corporation for National Research Initiatives.
      All Rights Reserved.

      Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.
      All Rights Reserved.""";

  private static final String CREDITS = """
          Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands
          for supporting Python development.  See www.python.org for more information.\
      """;

  private static final String LICENSE = "See https://www.python.org/psf/license/";

  static {
    TYPE.module = "_sitebuiltins";
    TYPE.dict.put("__repr__", new PyBuiltinFunction("__repr__", TYPE,
        (a, k) -> ((Instance) a[0]).text));
    TYPE.dict.put("__call__", new PyBuiltinFunction("__call__", TYPE, (a, k) -> {
      if (k != null && k.length > 0 || a.length > 1) {
        throw Errors.typeError("_Printer.__call__() takes 1 positional argument but "
            + a.length + " were given");
      }
      Builtins.stdout.println(((Instance) a[0]).text);
      return PySingleton.NONE;
    }));
  }

  private static final class Instance extends PyInstance {
    final String text;

    Instance(String text) {
      super(TYPE);
      this.text = text;
    }
  }

  static void addTo(PyDict builtins) {
    builtins.put("copyright", new Instance(COPYRIGHT));
    builtins.put("credits", new Instance(CREDITS));
    builtins.put("license", new Instance(LICENSE));
  }
}
