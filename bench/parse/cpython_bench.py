"""CPython 3.13 half of the parse-throughput benchmark (bench/parse/run drives it).

Contract: the same method as org.pyjit.cli.tools.ParseBench, so the two figures compare:
read every listed file into memory; a first warm-up round of ast.parse(bytes) finds the
files that fail (any exception), which are then skipped and counted; then N measured
rounds parse every remaining file, and the median round time gives lines/s and MB/s
(10**6 bytes). Lines are newline bytes, plus one for a last line without newline. The last
stdout line is machine-readable: RESULT key=value ...

ast.parse(bytes) is the fair counterpart of Parser.parseModule(byte[], ...): both decode
(BOM, coding declaration), tokenize and build the AST, and neither compiles.

  cpython_bench.py --list                        print the stdlib file list (absolute paths)
  cpython_bench.py --files-from LIST [--rounds N] [--warmup-rounds K]
"""

import argparse
import ast
import os
import statistics
import sys
import time
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
# The file list is the one tools/ast-compare checks, so the benchmark covers the same code.
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools", "ast-compare"))
import cpython_dump  # noqa: E402


def count_lines(data):
    return data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)


def one_round(sources):
    sink = 0
    for name, data in sources:
        sink += len(ast.parse(data, name).body)
    return sink


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--files-from")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--warmup-rounds", type=int, default=1)
    opts = ap.parse_args()
    warnings.simplefilter("ignore")

    if opts.list:
        root = cpython_dump.stdlib_root()
        files, _ = cpython_dump.list_files(root)
        for rel in files:
            print(os.path.join(root, rel))
        return
    if not opts.files_from or opts.rounds < 1:
        ap.error("--files-from LIST is required, --rounds must be >= 1")

    with open(opts.files_from, encoding="utf-8") as f:
        names = [line.strip() for line in f if line.strip()]
    sources = []
    for name in names:
        with open(name, "rb") as f:
            sources.append((name, f.read()))

    # First warm-up round: keep the files that parse.
    ok, skipped, first_failure = [], 0, None
    for name, data in sources:
        try:
            ast.parse(data, name)
            ok.append((name, data))
        except Exception as e:  # noqa: BLE001 - any failure means "skip this file"
            skipped += 1
            first_failure = first_failure or f"{name}: {type(e).__name__}: {e}"
    lines = sum(count_lines(d) for _, d in ok)
    nbytes = sum(len(d) for _, d in ok)
    print(f"cpython_bench: {len(sources)} files, {len(ok)} parse, {skipped} skipped"
          + (f" (first failure: {first_failure})" if first_failure else ""), file=sys.stderr)
    for _ in range(opts.warmup_rounds - 1):
        one_round(ok)

    times = []
    for r in range(opts.rounds):
        t0 = time.perf_counter()
        one_round(ok)
        times.append(time.perf_counter() - t0)
        print(f"cpython_bench: round {r + 1}: {times[-1]:.3f} s", file=sys.stderr)
    median = statistics.median(times)
    print(f"RESULT files={len(ok)} lines={lines} bytes={nbytes} skipped={skipped}"
          f" rounds={opts.rounds} median_s={median:.4f} lines_per_s={lines / median:.0f}"
          f" mb_per_s={nbytes / 1e6 / median:.3f}")


if __name__ == "__main__":
    main()
