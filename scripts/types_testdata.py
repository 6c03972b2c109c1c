#!/usr/bin/env python3
"""Run go/types' own test data through `go build` and `gostack run`, compare.

The files are GOROOT's src/internal/types/testdata/{check,spec,examples,
fixedbugs}/*.go: packages of wrong (and right) declarations whose errors are
marked with `/* ERROR "..." */` comments. Each file alone is made a program
both tools take as input: its package clause becomes `package main` (same
line and column for what follows) and, if it declares no `func main()`, a
`func main() {}` is appended after its last line. Skipped and counted:

  * folders (multi-file packages: check/decls2, check/importdecl0, ...);
  * files whose header sets a checker flag (`// -lang=go1.17`,
    `// -fakeImportC`, ...): go build cannot be given those per file;
  * files whose first Go error is on or after the appended `func main`
    (the file declares `main` otherwise), so the program is not the file's.

Each program is built by `go build` (types2 reports up to ten errors sorted
by position: its first line is Go's first error) and run by `gostack run`
(its `func main` is empty, so running it is compiling it). Verdicts:

  ok        both accept, or both reject with the same first error
            (line, column and words)
  panic     gostack hit a Rust panic (`gostack internal error`), overflowed
            the Rust stack, died of a signal or timed out
  accepts   Go rejects, gostack accepts (a missed error)
  rejects   Go accepts, gostack rejects (a false error)
  position  both reject, gostack's first error is on another line or column
  words     both reject at the same position with other words

Usage: scripts/types_testdata.py [--bin target/release/gostack] [--jobs 2]
       [--only SUBSTR] [--show VERDICT] [--list FILE]
"""
import argparse, concurrent.futures as cf, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GROUPS = ["check", "spec", "examples", "fixedbugs"]
VERDICTS = ["ok", "panic", "accepts", "rejects", "position", "words"]

PACKAGE = re.compile(r"^(\s*package\s+)(\w+)", re.M)
MAIN_FUNC = re.compile(r"^func\s+main\s*\(\s*\)", re.M)
# A checker flag in the file's header comment: `// -lang=go1.17`.
FLAG = re.compile(r"^//\s*-[a-zA-Z]")
# `./main.go:12:5: message` (go build) or `main.go:12:5: message`.
ERRLINE = re.compile(r"^(?:\./)?main\.go:(\d+):(\d+): (.*)$")


def goroot():
    return subprocess.run(["go", "env", "GOROOT"], capture_output=True, text=True, check=True).stdout.strip()


def has_flag_header(src):
    """True if a comment line before the package clause sets a flag."""
    for line in src.splitlines():
        if line.startswith("package"):
            return False
        if FLAG.match(line):
            return True
    return False


def as_program(src):
    """The file as package main with a func main; and its last own line."""
    src = PACKAGE.sub(lambda m: m.group(1) + "main", src, count=1)
    lines = src.count("\n") + (0 if src.endswith("\n") else 1)
    if not MAIN_FUNC.search(src):
        if not src.endswith("\n"):
            src += "\n"
        src += "\nfunc main() {}\n"
    return src, lines


def first_error(out):
    """(line, col, words) of the first `main.go:L:C: msg` line, or None."""
    for line in out.splitlines():
        m = ERRLINE.match(line.strip())
        if m:
            return int(m.group(1)), int(m.group(2)), m.group(3)
    return None


def run(cmd, cwd, timeout):
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout)
        return p.returncode, p.stdout + p.stderr
    except subprocess.TimeoutExpired:
        return None, "timeout"


def check(path, gostack):
    """Compare one file: (path, verdict, go's first error, gostack's)."""
    with open(path, encoding="utf-8", errors="replace") as fh:
        src = fh.read()
    if has_flag_header(src):
        return path, "skip:flag", None, None
    prog, own_lines = as_program(src)
    with tempfile.TemporaryDirectory(prefix="types_testdata") as d:
        with open(os.path.join(d, "main.go"), "w", encoding="utf-8") as fh:
            fh.write(prog)
        grc, gout = run(["go", "build", "-o", os.devnull, "main.go"], d, 300)
        src_rc, sout = run([gostack, "run", "main.go"], d, 60)
    gerr = first_error(gout) if grc != 0 else None
    if grc != 0 and gerr is None:
        return path, "skip:go-failed", gout.strip().splitlines()[-1:], None
    if gerr and gerr[0] > own_lines:
        return path, "skip:main", gerr, None
    # A Rust panic (the CLI's hook), a Rust stack overflow (an abort), a
    # signal, or no answer in time.
    crashed = src_rc is None or src_rc < 0 or "gostack internal error" in sout or "fatal runtime error" in sout
    if crashed:
        return path, "panic", gerr, sout.strip()[:300]
    serr = first_error(sout) if src_rc != 0 else None
    if src_rc != 0 and serr is None:
        # gostack failed without a compile error: a runtime failure of an
        # init-time expression; count it as a rejection at no position.
        serr = (0, 0, sout.strip().splitlines()[-1] if sout.strip() else "exit %d" % src_rc)
    if gerr is None and serr is None:
        return path, "ok", None, None
    if gerr is None:
        return path, "rejects", None, serr
    if serr is None:
        return path, "accepts", gerr, None
    if gerr[:2] != serr[:2]:
        return path, "position", gerr, serr
    if gerr[2] != serr[2]:
        return path, "words", gerr, serr
    return path, "ok", gerr, serr


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target/release/gostack"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", default="", help="only files whose path contains this")
    ap.add_argument("--show", action="append", default=[], help="print the files of this verdict")
    ap.add_argument("--list", help="write every file's verdict and errors to this file")
    args = ap.parse_args()
    gostack = os.path.abspath(args.bin)
    base = os.path.join(goroot(), "src/internal/types/testdata")
    files, folders = [], 0
    for g in GROUPS:
        for name in sorted(os.listdir(os.path.join(base, g))):
            p = os.path.join(base, g, name)
            if os.path.isdir(p):
                folders += 1
            elif name.endswith(".go") and args.only in p:
                files.append(p)
    with cf.ThreadPoolExecutor(args.jobs) as ex:
        results = list(ex.map(lambda p: check(p, gostack), files))
    counts = {}
    for _, v, _, _ in results:
        counts[v] = counts.get(v, 0) + 1
    compared = sum(counts.get(v, 0) for v in VERDICTS)
    print("files: %d (and %d folders skipped)" % (len(files), folders))
    for v in sorted(k for k in counts if k.startswith("skip")):
        print("  %-14s %d" % (v, counts[v]))
    print("compared: %d" % compared)
    for v in VERDICTS:
        print("  %-14s %d" % (v, counts.get(v, 0)))
    rel = lambda p: os.path.relpath(p, base)
    if args.list:
        with open(args.list, "w", encoding="utf-8") as fh:
            for p, v, g, s in sorted(results):
                fh.write("%s\t%s\n\tgo:      %s\n\tgostack: %s\n" % (v, rel(p), g, s))
    for p, v, g, s in sorted(results):
        if v in args.show:
            print("%s %s\n    go:      %s\n    gostack: %s" % (v, rel(p), g, s))
    return 1 if counts.get("panic") else 0


if __name__ == "__main__":
    sys.exit(main())
