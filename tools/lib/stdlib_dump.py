"""Shared driver of the CPython 3.13 side of the whole-stdlib comparisons.

Contract: run(tool, prefix, dump_one, extra_args) lists every .py file under the standard
library directory (the directory of os.py) except the top-level site-packages/ directory,
calls dump_one(data, rel, opts) on each file's raw bytes in a process pool, and caches the
result in a directory

    <cache-base>/cpython-<prefix>-<version>-<key>/
        files.tsv            one line per file: relpath TAB ok
                             or relpath TAB <status> TAB <message>  (status chosen by the tool,
                             e.g. "rejected"; the message is one line)
        expected/<relpath>.dump   the text dump_one returned for accepted files
        info.txt             root, counts, timings
        COMPLETE             written last; a directory without it is ignored

whose key hashes the CPython version, the calling script, this file and the (path, size,
mtime) of every listed file, so a rerun with nothing changed only walks the tree. The path
of the cache directory is the last line of stdout; everything else goes to stderr.

dump_one returns (text, None) for an accepted file or (None, (status, message)).

Why site-packages is left out: it holds whatever third-party packages the installation
happens to have (pip's vendored tree here), so the file set, and therefore the baseline
of known failures, would differ between machines. It is reported, never dropped silently.
"""

import argparse
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
                    sys.exit(f"stdlib_dump: unsupported file name {rel!r}")
                files.append(rel)
    files.sort()
    return files, excluded


def cache_key(root, files, scripts):
    h = hashlib.sha256()
    h.update(sys.version.encode())
    for script in scripts:
        with open(script, "rb") as f:
            h.update(f.read())
    h.update(root.encode())
    for rel in files:
        st = os.stat(os.path.join(root, rel))
        h.update(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


_worker_fn = None


def _init_worker(fn):
    global _worker_fn
    _worker_fn = fn


def _dump(args):
    root, rel, outdir, opts = args
    warnings.simplefilter("ignore")  # SyntaxWarning/DeprecationWarning for odd escapes
    with open(os.path.join(root, rel), "rb") as f:
        data = f.read()
    text, err = _worker_fn(data, rel, opts)
    if err is not None:
        status, msg = err
        return rel, (status, " ".join(str(msg).split()))
    path = os.path.join(outdir, "expected", rel + ".dump")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return rel, None


def run(tool, prefix, dump_one, caller, add_args=None):
    """tool: name in messages; prefix: cache directory prefix (mode included);
    caller: the calling script's path (part of the cache key); add_args(parser): extra
    options, which the caller folds into prefix when they change the output."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache-base", required=True)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    if add_args:
        add_args(ap)
    opts = ap.parse_args()
    prefix = "cpython-" + (prefix(opts) if callable(prefix) else prefix) + "-"

    root = stdlib_root()
    files, excluded = list_files(root)
    key = cache_key(root, files, [caller, __file__])
    ver = ".".join(map(str, sys.version_info[:3]))
    outdir = os.path.join(os.path.abspath(opts.cache_base), f"{prefix}{ver}-{key}")
    for x, n in excluded.items():
        print(f"{tool}: not compared: {x}/ ({n} .py files, third-party, varies per install)",
              file=sys.stderr)
    if os.path.exists(os.path.join(outdir, "COMPLETE")):
        print(f"{tool}: using cached CPython {ver} dumps of {len(files)} files", file=sys.stderr)
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
    with ProcessPoolExecutor(max_workers=opts.jobs, initializer=_init_worker,
                             initargs=(dump_one,)) as ex:
        errors = dict(ex.map(_dump, [(root, rel, outdir, opts) for rel in by_size]))
    results = [(rel, errors[rel]) for rel in files]
    elapsed = time.monotonic() - t0
    rejected = [(rel, err) for rel, err in results if err is not None]
    with open(os.path.join(outdir, "files.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for rel, err in results:
            f.write(f"{rel}\tok\n" if err is None else f"{rel}\t{err[0]}\t{err[1]}\n")
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
    print(f"{tool}: CPython {ver} dumped {len(files)} files ({nlines} lines,"
          f" {len(rejected)} rejected by CPython) in {elapsed:.1f}s with {opts.jobs} processes",
          file=sys.stderr)
    print(outdir)
