//! The recorder over every golden program: each recording follows
//! docs/recording-format.md (`support::validate`), has steps, ends the way
//! the program ends, and its stdout chunks are exactly what real Go
//! printed (the golden `NAME.stdout`, recorded from go1.27.3), unless the
//! recording was cut at its step limit. Programs that panic, deadlock,
//! exit or overflow their stack get complete recordings too.
//!
//! Every recording is made with `verify`: at each delta step the recorder
//! also takes the full snapshot and fails if the state the page rebuilds
//! (the full step's state, the top frame patched) differs from it. The
//! trial `verify_catches_a_wrong_delta` shows that this check can fail.
//! Each is also made twice without `verify`: with the recorder's short
//! ways (`fast_delta`, and `step_quick`, called by the VM before it saves
//! its state) and with `no_short`; the two must be the same bytes.

mod support;

use std::path::{Path, PathBuf};

use libtest_mimic::{Arguments, Failed, Trial};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn check(path: &Path) -> Result<(), Failed> {
    let src = std::fs::read_to_string(path)?;
    let name = path.display().to_string();
    let Ok(prog) = compiler::compile(&name, &src) else {
        // A compile-error case: its recording carries the diagnostics.
        let rec = show::record::compile_error_recording(&name, &src, &["prog.go:1:1: an error".to_string()]);
        let v: serde_json::Value = serde_json::from_str(&rec.json)?;
        return support::validate::check(&v).map_err(Failed::from);
    };
    // The case's inputs (docs/testing.md): its arguments and variables go
    // in through the options; its standard input cannot (the recorder
    // would read the test's own), so such a case is checked for its format
    // only.
    let lines = |suffix: &str| -> Vec<String> {
        std::fs::read_to_string(path.with_extension(suffix))
            .map(|t| t.strip_suffix('\n').unwrap_or(&t).split('\n').map(str::to_owned).collect())
            .unwrap_or_default()
    };
    let args = std::iter::once(name.clone()).chain(lines("args")).collect();
    let env = lines("env").iter().filter_map(|l| l.split_once('=')).map(|(k, v)| (k.to_owned(), v.to_owned())).collect();
    let opts = runtime::Options { max_steps: 5_000_000, args, env, ..Default::default() };
    let ropts = show::record::RecordOptions { max_record: 1000, verify: true, ..Default::default() };
    let rec = show::record::record(&prog, opts.clone(), ropts)?;
    // The short ways (`fast_delta`, `step_quick`) are off under `verify`:
    // with and without them the recording must be the same bytes.
    let slow = show::record::RecordOptions { max_record: 1000, no_short: true, ..Default::default() };
    let slow_json = show::record::record(&prog, opts.clone(), slow.clone())?.json;
    let quick = show::record::record(&prog, opts.clone(), show::record::RecordOptions { max_record: 1000, ..Default::default() })?.json;
    // A program whose runs differ (crypto/rand) is compared with nothing.
    if quick != slow_json && show::record::record(&prog, opts, slow)?.json == slow_json {
        let slow = slow_json;
        let at = slow.bytes().zip(quick.bytes()).take_while(|(a, b)| a == b).count();
        let near = |j: &str| j.get(at.saturating_sub(80)..(at + 80).min(j.len())).unwrap_or_default().to_string();
        return Err(format!("the recording differs with the short ways on, at byte {at}:\n{}\n---\n{}", near(&slow), near(&quick)).into());
    }
    let v: serde_json::Value = serde_json::from_str(&rec.json).map_err(|e| format!("not JSON: {e}"))?;
    support::validate::check(&v).map_err(Failed::from)?;
    if v["steps"].as_array().is_none_or(|s| s.is_empty()) {
        return Err("no steps".into());
    }
    let want_exit: i32 = std::fs::read_to_string(path.with_extension("exit"))?.trim().parse().unwrap_or(-1);
    if rec.truncated || path.with_extension("stdin").exists() {
        return Ok(());
    }
    // A smaller stack limit can end a deep recursion earlier than Go's.
    let overflow =
        want_exit == 2 && std::fs::read_to_string(path.with_extension("stderr_head")).is_ok_and(|s| s.contains("stack overflow"));
    if overflow {
        return Ok(());
    }
    if rec.code != want_exit {
        return Err(format!("exit {} in the recording, {want_exit} from Go", rec.code).into());
    }
    // A missing X.stdout means the program prints nothing.
    {
        let want = std::fs::read_to_string(path.with_extension("stdout")).unwrap_or_default();
        let got: String = v["output"].as_array().into_iter().flatten().filter(|c| c[0] == "stdout").filter_map(|c| c[1].as_str()).collect();
        if got != want {
            return Err(format!("stdout in the recording differs from Go's:\n--- go\n{want}\n--- recording\n{got}").into());
        }
    }
    Ok(())
}

/// With every instruction trusted to write registers only, a store into
/// an object between two statements goes unseen by the delta; `verify`
/// must report it.
fn verify_catches_a_wrong_delta() -> Result<(), Failed> {
    let src =
        "package main\n\nvar g = []int{1, 2}\n\nfunc main() {\n\tx := 1\n\tg[0] = 7\n\tx++\n\tg[1] = 8\n\tprintln(g[0] + g[1] + x)\n}\n";
    let prog = compiler::compile("prog.go", src).map_err(|e| format!("{e:?}"))?;
    let honest = show::record::RecordOptions { verify: true, ..Default::default() };
    show::record::record(&prog, runtime::Options::default(), honest)?;
    let fooled = show::record::RecordOptions { verify: true, trust_every_op: true, ..Default::default() };
    match show::record::record(&prog, runtime::Options::default(), fooled) {
        Err(e) if e.contains("differ from full snapshots") => Ok(()),
        Err(e) => Err(format!("unexpected error: {e}").into()),
        Ok(_) => Err("verify did not see the store the delta missed".into()),
    }
}

/// The lines of a recording's statement steps of `main.main`, in order
/// (compact steps expanded).
fn main_lines(src: &str) -> Result<Vec<u64>, Failed> {
    let prog = compiler::compile("prog.go", src).map_err(|e| format!("{e:?}"))?;
    let rec = show::record::record(&prog, runtime::Options::default(), show::record::RecordOptions::default())?;
    let mut v: serde_json::Value = serde_json::from_str(&rec.json)?;
    show::record::expand_steps(&mut v);
    support::validate::check(&v).map_err(Failed::from)?;
    Ok(v["steps"]
        .as_array()
        .ok_or("no steps")?
        .iter()
        .filter(|s| s["kind"] == "stmt" && s["file"] == 0)
        .filter(|s| v["strings"][s["say"].as_u64().unwrap_or(0) as usize].as_str().is_some_and(|t| t.starts_with("main.main,")))
        .map(|s| s["line"].as_u64().unwrap_or(0))
        .collect())
}

/// The recorder's hook runs at statement starts only, and tells a loop
/// back to a statement's own head from entering it by the pc run just
/// before in the same frame (`Vm::step_prev`). Control coming back from
/// methods fmt called (a nested run of the dispatch loop, whose last pc
/// here falls inside the range of main's next statement) and the heads of
/// `for` loops must give the steps they gave when the hook ran before
/// every instruction (the lines below are what that recorder took).
fn statement_steps_at_loop_heads_and_after_callbacks() -> Result<(), Failed> {
    let src = "package main\n\nimport (\n\t\"fmt\"\n\t\"strconv\"\n)\n\nfunc main() {\n\tn, err := strconv.Atoi(\"123\")\n\tfmt.Println(n, err)\n\t_, err = strconv.Atoi(\"x1\")\n\tfmt.Println(err)\n\t_, err = strconv.ParseInt(\"999\", 10, 8)\n\tfmt.Println(err)\n\tx := 0\n\tfor x < 2 {\n\t\tx += 2\n\t}\n\tfor i := 0; i < 2; {\n\t\tfor x < 6 {\n\t\t\tx += 2\n\t\t}\n\t\ti++\n\t}\n\tprintln(x)\n}\n";
    let got = main_lines(src)?;
    let want = vec![9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20, 21, 23, 20, 23, 25];
    if got != want {
        return Err(format!("statement steps of main.main at lines {got:?}, want {want:?}").into());
    }
    Ok(())
}

/// Loops of every shape the short ways take or must refuse (nested and
/// labelled loops, loop heads reached from inside their statement, calls,
/// defers and panics in the body, goroutines switching and blocking,
/// integers past a run's limit, a recording cut at its step limit): each
/// recorded with the short ways and with `no_short` gives the same bytes.
fn short_ways_match_the_general_path() -> Result<(), Failed> {
    let loops = [
        "\tsum, x := 0, 1\n\tfor i := 0; i < 300; i++ {\n\t\tsum += i ^ x\n\t\tx += 3\n\t}\n\tprintln(sum, x)\n",
        "\tx, n := 0, 0\nouter:\n\tfor i := 0; i < 40; {\n\t\tfor x < 6*i {\n\t\t\tx += 2\n\t\t\tif x%10 == 0 {\n\t\t\t\tcontinue outer\n\t\t\t}\n\t\t}\n\t\tfor {\n\t\t\tn++\n\t\t\tif n%3 == 0 {\n\t\t\t\tbreak\n\t\t\t}\n\t\t}\n\t\ti++\n\t\tif i > 35 {\n\t\t\tbreak outer\n\t\t}\n\t}\n\tfor x = x + 1; x < 1000; x++ {\n\t}\n\tprintln(x, n)\n",
        "\ts := []int{3, 1, 4, 1, 5, 9, 2, 6}\n\tt := 0\n\tfor k := 0; k < 30; k++ {\n\t\tfor i, v := range s {\n\t\t\tt += i * v\n\t\t\tt = add(t, k)\n\t\t}\n\t\ts[k%8]++\n\t}\n\tprintln(t)\n",
        "\tc := make(chan int)\n\tgo func() {\n\t\tfor i := 0; i < 50; i++ {\n\t\t\tc <- i\n\t\t\truntime.Gosched()\n\t\t}\n\t\tclose(c)\n\t}()\n\tt := 0\n\tfor v := range c {\n\t\tt += v\n\t\tu := t * 2\n\t\tt = u - t\n\t}\n\tprintln(t)\n",
        "\tbig := int64(1) << 48\n\tfor i := 0; i < 40; i++ {\n\t\tbig += big / 4\n\t\tbig -= 1\n\t}\n\tprintln(big, rec(4), safe(20))\n",
        "\tx := 0\n\tfor {\n\t\tx++\n\t\tx--\n\t\tx += 2\n\t}\n",
    ];
    let funcs = "\nfunc add(a, b int) int {\n\tdefer func() { a++ }()\n\tfor b > 3 {\n\t\tb -= 3\n\t}\n\treturn a + b\n}\n\nfunc rec(n int) int {\n\tt := 0\n\tfor i := 0; i < n; i++ {\n\t\tt += i\n\t}\n\tif n == 0 {\n\t\treturn t\n\t}\n\treturn t + rec(n-1)\n}\n\nfunc safe(n int) (r int) {\n\tdefer func() {\n\t\tif recover() != nil {\n\t\t\tr = -r\n\t\t}\n\t}()\n\tfor i := n; i >= -1; i-- {\n\t\tr += 100 / i\n\t}\n\treturn r\n}\n";
    for (k, body) in loops.iter().enumerate() {
        let src = format!("package main\n\nimport \"runtime\"\n\nvar _ = runtime.Gosched\n\nfunc main() {{\n{body}}}\n{funcs}");
        let prog = compiler::compile("prog.go", &src).map_err(|e| format!("loop {k}: {e:?}"))?;
        for max_record in [500, 20_000] {
            let rec = |no_short| {
                let ropts = show::record::RecordOptions { max_record, no_short, ..Default::default() };
                show::record::record(&prog, runtime::Options::default(), ropts).map(|r| r.json)
            };
            let (quick, slow) = (rec(false)?, rec(true)?);
            if quick != slow {
                let at = slow.bytes().zip(quick.bytes()).take_while(|(a, b)| a == b).count();
                return Err(format!("loop {k}, max_record {max_record}: the recordings differ at byte {at}").into());
            }
        }
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let mut files = Vec::new();
    golden::case::programs(&root().join("testdata"), &mut files);
    golden::case::programs(&root().join("docs/lessons"), &mut files);
    // Cases testdata/known-failures.txt lists differ from Go's output by
    // definition: their recordings are checked, their stdout is not
    // compared (the golden suite tracks them).
    let known: Vec<String> = std::fs::read_to_string(root().join("testdata/known-failures.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let trials: Vec<Trial> = files
        .into_iter()
        .map(|p| {
            let name = p.strip_prefix(root()).unwrap_or(&p).display().to_string();
            let ignored = known.contains(&name);
            Trial::test(name, move || check(&p)).with_ignored_flag(ignored)
        })
        .chain(std::iter::once(Trial::test("verify_catches_a_wrong_delta", verify_catches_a_wrong_delta)))
        .chain(std::iter::once(Trial::test("short_ways_match_the_general_path", short_ways_match_the_general_path)))
        .chain(std::iter::once(Trial::test(
            "statement_steps_at_loop_heads_and_after_callbacks",
            statement_steps_at_loop_heads_and_after_callbacks,
        )))
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
