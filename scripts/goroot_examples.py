#!/usr/bin/env python3
"""Run GOROOT's example files through `go test` and `gostack test`, compare.

For each src/**/example*_test.go of GOROOT (not cmd/, vendor/ or testdata/)
whose package gostack has in its prelude (crates/compiler/stdlib/), the file
alone is copied into a temp module and run with `go test -count=1 -run
Example -v .` and `gostack test -run Example -v .`. Files of the package
itself (`package strings`, internal examples) are skipped and counted: they
need the package's own source. A file that real Go cannot build alone (it
needs helpers from another _test.go file) is counted apart.

Usage: scripts/goroot_examples.py [--bin target/release/gostack] [--jobs 2]
       [--only SUBSTR] [--show-diff]
"""
import argparse, concurrent.futures as cf, os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def goroot():
    return subprocess.run(["go", "env", "GOROOT"], capture_output=True, text=True, check=True).stdout.strip()


def supported_packages():
    names = set()
    for f in os.listdir(os.path.join(ROOT, "crates/compiler/stdlib")):
        if f.endswith(".go"):
            names.add(f.split(".")[0].replace("_", "/"))
    return names


def package_clause(path):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"\s*package\s+(\w+)", line)
            if m:
                return m.group(1)
    return None


TIME = re.compile(r"\((\d+\.\d+s)\)")
OKLINE = re.compile(r"^(ok|FAIL)(\s+\S+)\s+\d+\.\d+s", re.M)


LOGTIME = re.compile(r"^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d ", re.M)


def normalise(out):
    """Durations as gostack prints them, and log's default prefix (gostack's
    clock is virtual: 2009/11/10 23:00:00; docs/divergences.md)."""
    out = LOGTIME.sub("YYYY/MM/DD hh:mm:ss ", out)
    out = TIME.sub("(0.00s)", out)
    out = OKLINE.sub(r"\1\2\t0.000s", out)
    return out


def results(out):
    return {n: s for s, n in re.findall(r"^\s*--- (PASS|FAIL|SKIP): (Example\S*)", out, re.M)}


GOOS_SUFFIX = re.compile(r"_(windows|darwin|plan9|js|wasip1|aix|android|dragonfly|freebsd|illumos|ios|netbsd|openbsd|solaris)(_\w+)?_test\.go$")


def declares(path, name):
    """Whether a Go file declares NAME at top level (func, type, var or
    const, alone or in a group)."""
    text = open(path, encoding="utf-8").read()
    if re.search(rf"^(func|type|var|const)\s+{name}\b", text, re.M):
        return True
    for grp in re.findall(r"^(?:var|const)\s*\((.*?)^\)", text, re.M | re.S):
        if re.search(rf"^\s*{name}\b", grp, re.M):
            return True
    return False


def go_test(d, words):
    env = dict(os.environ, GOTOOLCHAIN="local", GOPROXY="off")
    return subprocess.run(["go", "test", "-count=1", "-run", "Example", "-v"] + words, cwd=d,
                          capture_output=True, text=True, env=env, timeout=600)


def run_one(args, rel, src):
    """Runs one example file with go and gostack; returns (rel, how, go's
    stdout, stderr, status, gostack's stdout, stderr, status). `how` says
    what was copied besides the file."""
    pkgdir = os.path.dirname(src)
    d = tempfile.mkdtemp(prefix="gxe-")
    try:
        files = [os.path.basename(src)]
        shutil.copy(src, d)
        how = []
        # The package's testdata, when the file reads it.
        if "testdata" in open(src, encoding="utf-8").read() and os.path.isdir(os.path.join(pkgdir, "testdata")):
            shutil.copytree(os.path.join(pkgdir, "testdata"), os.path.join(d, "testdata"))
            how.append("testdata")
        with open(os.path.join(d, "go.mod"), "w") as fh:
            fh.write("module example.com/x\n\ngo 1.27\n")
        words = ["."]
        g = go_test(d, words)
        # Helpers the file takes from the package's other test files: copy
        # the file of the same package that declares each undefined name
        # (example files first).
        for _ in range(4):
            m = re.search(r"undefined: (\w+)$", g.stderr, re.M)
            if "[build failed]" not in g.stdout or not m:
                break
            clause = package_clause(src)
            cands = sorted((f for f in os.listdir(pkgdir) if f.endswith("_test.go") and f not in files
                            and not GOOS_SUFFIX.search(f) and package_clause(os.path.join(pkgdir, f)) == clause),
                           key=lambda f: (not f.startswith("example"), f))
            found = next((f for f in cands if declares(os.path.join(pkgdir, f), m.group(1))), None)
            if not found:
                break
            shutil.copy(os.path.join(pkgdir, found), d)
            files.append(found)
            how.append(found)
            g = go_test(d, words)
        # A file that go's default build leaves out (encoding/json's
        # `!goexperiment.jsonv2` examples) is named, as `go test FILE`
        # ignores build constraints.
        if "build constraints exclude all Go files" in g.stderr and not GOOS_SUFFIX.search(src):
            words = files
            how.append("named")
            g = go_test(d, words)
        try:
            s = subprocess.run([args.bin, "test", "-run", "Example", "-v"] + words, cwd=d,
                               capture_output=True, text=True, timeout=120)
            sout, serr, src_rc = s.stdout, s.stderr, s.returncode
        except subprocess.TimeoutExpired:
            sout, serr, src_rc = "", "TIMEOUT", -1
        return rel, how, g.stdout, g.stderr, g.returncode, sout, serr, src_rc
    finally:
        shutil.rmtree(d, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target/release/gostack"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", default=None)
    ap.add_argument("--show-diff", action="store_true")
    args = ap.parse_args()
    args.bin = os.path.abspath(args.bin)
    src = os.path.join(goroot(), "src")
    supported = supported_packages()
    files = []
    for dirpath, dirnames, filenames in os.walk(src):
        rel_dir = os.path.relpath(dirpath, src)
        dirnames[:] = [x for x in dirnames if x not in ("testdata", "vendor") and not (rel_dir == "." and x == "cmd")]
        for f in filenames:
            if f.startswith("example") and f.endswith("_test.go"):
                files.append(os.path.join(rel_dir, f))
    files.sort()
    unsupported, internal, todo = [], [], []
    for rel in files:
        pkg = os.path.dirname(rel)
        if args.only and args.only not in rel:
            continue
        if pkg not in supported:
            unsupported.append(rel)
        elif not package_clause(os.path.join(src, rel)).endswith("_test"):
            internal.append(rel)
        else:
            todo.append(rel)
    print(f"example files: {len(files)}; package not supported: {len(unsupported)}; "
          f"supported: {len(internal) + len(todo)} ({len(internal)} internal, skipped; {len(todo)} external)")
    go_fail, match, mismatch = [], [], []
    ex_total = ex_match = 0
    with cf.ThreadPoolExecutor(args.jobs) as pool:
        for rel, how, gout, gerr, grc, sout, serr, src_rc in pool.map(lambda r: run_one(args, r, os.path.join(src, r)), todo):
            if "[build failed]" in gout or "[setup failed]" in gout or "build constraints exclude" in gerr:
                go_fail.append(rel)
                print(f"GO-BUILD-FAIL {rel}: {gerr.strip().splitlines()[-1:]}")
                continue
            gr, sr = results(gout), results(sout)
            ex_total += len(gr)
            ex_match += sum(1 for n, st in gr.items() if sr.get(n) == st)
            same = normalise(gout) == normalise(sout) and grc == src_rc
            if same:
                match.append(rel)
                print(f"MATCH {rel} ({len(gr)} examples){' with ' + ', '.join(how) if how else ''}")
            else:
                mismatch.append(rel)
                bad = [n for n, st in gr.items() if sr.get(n) != st]
                first = (serr.strip().splitlines() or sout.strip().splitlines() or [""])[0][:160]
                print(f"DIFF  {rel}{' with ' + ', '.join(how) if how else ''}: {len(bad)}/{len(gr)} examples differ {bad[:4]}; go rc {grc}, gostack rc {src_rc}; {first}")
                if args.show_diff:
                    import difflib
                    sys.stdout.writelines(difflib.unified_diff(normalise(gout).splitlines(True), normalise(sout + serr).splitlines(True), "go", "gostack"))
    print(f"\nfiles in supported packages: {len(internal) + len(todo)} "
          f"(internal, skipped: {len(internal)}; go cannot build alone: {len(go_fail)})")
    print(f"files matching go test: {len(match)} of {len(todo) - len(go_fail)}")
    print(f"examples matching (same PASS/FAIL): {ex_match} of {ex_total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
