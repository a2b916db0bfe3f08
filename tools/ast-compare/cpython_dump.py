"""Expected outputs for the AST comparison, computed by CPython 3.13 itself.

Contract: run with CPython 3.13. Lists every .py file under the standard library
directory (the directory of os.py) except the top-level site-packages/ directory, and
for each file records either ast.dump(ast.parse(raw_bytes)) (with --attributes:
include_attributes=True, so every node's positions are compared too) or the exception
CPython raises for it. The result lives in a cache directory

    <cache-base>/cpython-<mode>-<version>-<key>/      mode: plain or attrs
        files.tsv            one line per file: relpath TAB ok
                             or relpath TAB rejected TAB <ExceptionType>: <message>
        expected/<relpath>.dump   the dump (UTF-8, one line) for accepted files
        info.txt             root, counts, timings
        COMPLETE             written last; a directory without it is ignored

whose key hashes the CPython version, this script and the (path, size, mtime) of every
listed file, so a rerun with nothing changed only walks the tree. The path of the cache
directory is the last line of stdout; everything else goes to stderr.

Why site-packages is left out: it holds whatever third-party packages the installation
happens to have (pip's vendored tree here), so the file set, and therefore the baseline
of known failures, would differ between machines. It is reported, never dropped silently.

Why raw bytes: ast.parse(bytes) applies the BOM and PEP 263 coding declarations the way
pyjit's Parser.parseModule(byte[], ...) must, so decoding is part of what is compared.
"""

import argparse
import ast
import hashlib
import os
import shutil
import sys
import time
import warnings
from concurrent.futures import ProcessPoolExecutor

EXCLUDED_TOP_DIRS = ("site-packages",)


def stdlib_root():
    return os.path.dirname(os.path.abspath(os.__file__))


def list_files(root):
    """Returns (sorted relpaths of included .py files, {excluded dir: count of .py files})."""
    files, excluded = [], {}
    for d, dirs, names in os.walk(root):
        if d == root:
            for x in EXCLUDED_TOP_DIRS:
                if x in dirs:
                    dirs.remove(x)
                    excluded[x] = sum(
                        n.endswith(".py")
                        for _, _, ns in os.walk(os.path.join(root, x))
                        for n in ns)
        dirs.sort()
        for n in sorted(names):
            if n.endswith(".py") and os.path.isfile(os.path.join(d, n)):
                rel = os.path.relpath(os.path.join(d, n), root).replace(os.sep, "/")
                if "\t" in rel or "\n" in rel:
                    sys.exit(f"cpython_dump: unsupported file name {rel!r}")
                files.append(rel)
    files.sort()
    return files, excluded


def cache_key(root, files):
    h = hashlib.sha256()
    h.update(sys.version.encode())
    with open(__file__, "rb") as f:
        h.update(f.read())
    h.update(root.encode())
    for rel in files:
        st = os.stat(os.path.join(root, rel))
        h.update(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


def dump_one(args):
    """Worker: returns (relpath, dump or None, error or None)."""
    root, rel, outdir, attributes = args
    warnings.simplefilter("ignore")  # SyntaxWarning/DeprecationWarning for odd escapes
    with open(os.path.join(root, rel), "rb") as f:
        data = f.read()
    try:
        text = ast.dump(ast.parse(data), include_attributes=attributes)
    except (SyntaxError, ValueError, MemoryError, RecursionError, UnicodeError,
            OverflowError) as e:
        if isinstance(e, SyntaxError):
            msg = f"{type(e).__name__}: {e.msg} (line {e.lineno}, offset {e.offset})"
        else:
            msg = f"{type(e).__name__}: {e}"
        return rel, " ".join(msg.split())
    path = os.path.join(outdir, "expected", rel + ".dump")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return rel, None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache-base", required=True)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--attributes", action="store_true",
                    help="dump with include_attributes=True (node positions)")
    opts = ap.parse_args()
    prefix = "cpython-attrs-" if opts.attributes else "cpython-plain-"

    root = stdlib_root()
    files, excluded = list_files(root)
    key = cache_key(root, files)
    ver = ".".join(map(str, sys.version_info[:3]))
    outdir = os.path.join(os.path.abspath(opts.cache_base), f"{prefix}{ver}-{key}")
    for x, n in excluded.items():
        print(f"ast-compare: not compared: {x}/ ({n} .py files, third-party, varies per install)",
              file=sys.stderr)
    if os.path.exists(os.path.join(outdir, "COMPLETE")):
        print(f"ast-compare: using cached CPython {ver} dumps of {len(files)} files", file=sys.stderr)
        print(outdir)
        return

    # A fresh build replaces every older cache of this mode (another version, changed files).
    if os.path.isdir(opts.cache_base):
        for old in os.listdir(opts.cache_base):
            if old.startswith(prefix):
                shutil.rmtree(os.path.join(opts.cache_base, old))
    os.makedirs(outdir)
    t0 = time.monotonic()
    # Largest files first, one per task, so no process is left with a big file at the end.
    by_size = sorted(files, key=lambda rel: -os.path.getsize(os.path.join(root, rel)))
    with ProcessPoolExecutor(max_workers=opts.jobs) as ex:
        errors = dict(ex.map(dump_one,
                             [(root, rel, outdir, opts.attributes) for rel in by_size]))
    results = [(rel, errors[rel]) for rel in files]
    elapsed = time.monotonic() - t0
    rejected = [(rel, err) for rel, err in results if err is not None]
    with open(os.path.join(outdir, "files.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for rel, err in results:
            f.write(f"{rel}\tok\n" if err is None else f"{rel}\trejected\t{err}\n")
    nbytes = nlines = 0
    for rel in files:
        with open(os.path.join(root, rel), "rb") as f:
            data = f.read()
        nbytes += len(data)
        nlines += data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)
    with open(os.path.join(outdir, "info.txt"), "w", encoding="utf-8") as f:
        f.write(f"python: {sys.version}\nroot: {root}\nfiles: {len(files)}\n"
                f"lines: {nlines}\nbytes: {nbytes}\nrejected: {len(rejected)}\n"
                f"jobs: {opts.jobs}\nseconds: {elapsed:.1f}\n")
    open(os.path.join(outdir, "COMPLETE"), "w").close()
    print(f"ast-compare: CPython {ver} dumped {len(files)} files ({nlines} lines,"
          f" {len(rejected)} rejected by CPython) in {elapsed:.1f}s with {opts.jobs} processes",
          file=sys.stderr)
    print(outdir)


if __name__ == "__main__":
    main()
